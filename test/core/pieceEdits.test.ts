// The preview's edits of one piece: a move replaces exactly the persona or phase value of the
// cell it leaves, a status change exactly the status value (or adds one key); every other byte
// stays, and a piece that is not as the preview drew it is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { applyEdits, movePieceEdit, setStatusEdit, type PieceEditOutcome } from '../../server/src/core/edits';

const HEAD = 'journey: T\npersonas:\n  - id: cfo\n  - id: it\n  - id: ceo\n';

function applied(text: string, outcome: PieceEditOutcome): string {
  assert.ok('edits' in outcome, `refused: ${JSON.stringify(outcome)}`);
  const result = applyEdits(text, outcome.edits);
  // The plan still reads without a syntax error.
  assert.ok(!analyze(result).diagnostics.some((d) => d.code === 'yaml-syntax'), result);
  return result;
}

describe('move a piece to another cell', () => {
  it('replaces a block piece\'s phase scalar, keeping its comment', () => {
    const text = `${HEAD}content:\n  - title: Blog\n    persona: cfo\n    phase: awareness   # first touch\n    status: draft\n`;
    const outcome = movePieceEdit(analyze(text), { line: 7, title: 'Blog' }, { persona: 'cfo', phase: 'awareness' }, { persona: 'cfo', phase: 'consideration' });
    assert.deepEqual(outcome, { edits: [{ span: { start: text.indexOf('awareness'), end: text.indexOf('awareness') + 9 }, newText: 'consideration' }] });
    assert.equal(applied(text, outcome), text.replace('awareness ', 'consideration '));
  });
  it('replaces only the dragged persona of a flow list, and both values for a diagonal move', () => {
    const text = `${HEAD}content:\n  - { title: Case, persona: [cfo, it], phase: [awareness, purchase] }\n`;
    const outcome = movePieceEdit(analyze(text), { line: 7, title: 'Case' }, { persona: 'it', phase: 'purchase' }, { persona: 'ceo', phase: 'consideration' });
    assert.equal(applied(text, outcome), `${HEAD}content:\n  - { title: Case, persona: [cfo, ceo], phase: [awareness, consideration] }\n`);
  });
  it('replaces one item of a block list and keeps quotes and CRLF', () => {
    const text = `${HEAD}content:\n  - title: "Guide"\n    persona:\n      - 'cfo'\n      - it\n    phase: "awareness"\n`.replace(/\n/g, '\r\n');
    const outcome = movePieceEdit(analyze(text), { line: 7, title: 'Guide' }, { persona: 'cfo', phase: 'awareness' }, { persona: 'ceo', phase: 'awareness' });
    assert.equal(applied(text, outcome), text.replace("'cfo'", "'ceo'"));
    const phase = movePieceEdit(analyze(text), { line: 7, title: 'Guide' }, { persona: 'it', phase: 'awareness' }, { persona: 'it', phase: 'purchase' });
    assert.equal(applied(text, phase), text.replace('"awareness"', '"purchase"'));
  });
  it('quotes an id that needs it, replacing the quotes around the old one', () => {
    const text = `journey: T\npersonas:\n  - id: cfo\n  - id: "o'brien \\"ob\\""\ncontent:\n  - title: Blog\n    persona: 'cfo'\n    phase: awareness\n`;
    const outcome = movePieceEdit(analyze(text), { line: 6, title: 'Blog' }, { persona: 'cfo', phase: 'awareness' }, { persona: 'o\'brien "ob"', phase: 'awareness' });
    assert.equal(applied(text, outcome), text.replace("persona: 'cfo'", 'persona: "o\'brien \\"ob\\""'));
  });
  it('refuses a piece the text no longer has as drawn, the same cell, a target it is in already, * and unknown ids', () => {
    const text = `${HEAD}content:\n  - title: Blog\n    persona: [cfo, it]\n    phase: awareness\n  - title: All\n    persona: "*"\n    phase: purchase\n`;
    const analysis = analyze(text);
    const from = { persona: 'cfo', phase: 'awareness' };
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog post' }, from, { persona: 'cfo', phase: 'purchase' }), { refused: 'changed' });
    assert.deepEqual(movePieceEdit(analysis, { line: 8, title: 'Blog' }, from, { persona: 'cfo', phase: 'purchase' }), { refused: 'changed' });
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog' }, { persona: 'ceo', phase: 'awareness' }, { persona: 'cfo', phase: 'purchase' }), { refused: 'changed' });
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog' }, from, from), { refused: 'same-cell' });
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog' }, from, { persona: 'it', phase: 'awareness' }), { refused: 'already-there' });
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog' }, from, { persona: 'nobody', phase: 'awareness' }), { refused: 'unknown-target' });
    assert.deepEqual(movePieceEdit(analysis, { line: 10, title: 'All' }, { persona: 'cfo', phase: 'purchase' }, { persona: 'it', phase: 'purchase' }), { refused: 'wildcard' });
    // Within its row, a piece for every persona moves its phase.
    assert.equal(applied(text, movePieceEdit(analysis, { line: 10, title: 'All' }, { persona: 'cfo', phase: 'purchase' }, { persona: 'cfo', phase: 'usage' })),
      text.replace('phase: purchase', 'phase: usage'));
  });
  it('refuses to edit a half-typed plan (a YAML syntax error), whatever the preview still shows', () => {
    const text = `${HEAD}content:\n  - title: Blog\n    persona: cfo\n    phase: awareness\n  - title: [Half\n`;
    const analysis = analyze(text);
    assert.deepEqual(movePieceEdit(analysis, { line: 7, title: 'Blog' }, { persona: 'cfo', phase: 'awareness' }, { persona: 'it', phase: 'awareness' }), { refused: 'unreadable' });
    assert.deepEqual(setStatusEdit(analysis, { line: 7, title: 'Blog' }, 'published'), { refused: 'unreadable' });
  });
  it('refuses a value that is not written plainly in the piece (an alias)', () => {
    const text = `${HEAD}x-phase: &p awareness\ncontent:\n  - title: Blog\n    persona: cfo\n    phase: *p\n`;
    assert.deepEqual(movePieceEdit(analyze(text), { line: 8, title: 'Blog' }, { persona: 'cfo', phase: 'awareness' }, { persona: 'cfo', phase: 'purchase' }), { refused: 'not-plain' });
  });
});

describe('set a piece\'s status', () => {
  it('replaces the status value, keeping its quotes and comment', () => {
    const text = `${HEAD}content:\n  - title: Blog\n    persona: cfo\n    phase: awareness\n    status: "draft"  # waiting on legal\n`;
    assert.equal(applied(text, setStatusEdit(analyze(text), { line: 7, title: 'Blog' }, 'published')), text.replace('"draft"', '"published"'));
  });
  it('adds a status line after the phase, at the piece\'s indentation', () => {
    const text = `${HEAD}content:\n    -   title: Blog\n        persona: cfo\n        phase: awareness\n        owner: Sanne\n`;
    assert.equal(applied(text, setStatusEdit(analyze(text), { line: 7, title: 'Blog' }, 'review')),
      `${HEAD}content:\n    -   title: Blog\n        persona: cfo\n        phase: awareness\n        status: review\n        owner: Sanne\n`);
  });
  it('adds a status to a flow mapping before its closing brace, and keeps CRLF in block style', () => {
    const flow = `${HEAD}content:\n  - { title: Blog, persona: cfo, phase: awareness }  # short\n`;
    assert.equal(applied(flow, setStatusEdit(analyze(flow), { line: 7, title: 'Blog' }, 'idea')),
      `${HEAD}content:\n  - { title: Blog, persona: cfo, phase: awareness, status: idea }  # short\n`);
    const crlf = `${HEAD}content:\n  - title: Blog\n    phase: [awareness,\n      purchase]\n    persona: cfo\n`.replace(/\n/g, '\r\n');
    // The phase's value spans two lines: the status goes after the persona.
    assert.equal(applied(crlf, setStatusEdit(analyze(crlf), { line: 7, title: 'Blog' }, 'planned')), crlf.replace('persona: cfo\r\n', 'persona: cfo\r\n    status: planned\r\n'));
  });
  it('refuses the status the piece has, an unknown status, a changed piece and a status from an alias', () => {
    const text = `${HEAD}x-status: &s draft\ncontent:\n  - title: Blog\n    persona: cfo\n    phase: awareness\n    status: *s\n  - title: Two\n    persona: cfo\n    phase: awareness\n    status: idea\n`;
    const analysis = analyze(text);
    assert.deepEqual(setStatusEdit(analysis, { line: 8, title: 'Blog' }, 'published'), { refused: 'not-plain' });
    assert.deepEqual(setStatusEdit(analysis, { line: 12, title: 'Two' }, 'idea'), { refused: 'same-status' });
    assert.deepEqual(setStatusEdit(analysis, { line: 12, title: 'Two' }, 'done'), { refused: 'unknown-target' });
    assert.deepEqual(setStatusEdit(analysis, { line: 12, title: 'Blog' }, 'draft'), { refused: 'changed' });
  });
});

// The edits the extension makes: minimal (the text outside the edit is unchanged), in the file's
// own style, and leaving a plan that parses and has the gap filled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { addPieceEdit, applyEdits, codeActionsFor, definePersonaEdit, expectNoContentEdit, prepareRename, renameEdits } from '../../server/src/core/edits';
import { caret, codesOf, FULL_PLAN } from '../helpers/plans';

/** FULL_PLAN with one gap: Carla, CFO × Decision. */
const GAP_PLAN = FULL_PLAN.replace('phase: [consideration, decision]', 'phase: consideration\n  - title: Demo\n    persona: it\n    phase: decision');

function apply(text: string, edit: ReturnType<typeof addPieceEdit>): string {
  const result = applyEdits(text, [edit]);
  // Minimal: everything before and after the edit is byte for byte what it was.
  assert.equal(result.slice(0, edit.span.start), text.slice(0, edit.span.start));
  assert.equal(result.slice(edit.span.start + edit.newText.length), text.slice(edit.span.end));
  return result;
}

describe('add a content piece', () => {
  it('appends to a block content list with the list’s indentation and fills the cell', () => {
    const result = apply(GAP_PLAN, addPieceEdit(analyze(GAP_PLAN), 'cfo', 'decision'));
    assert.ok(result.endsWith('    phase: decision\n  - title: "New piece for Carla, CFO in Decision"\n    persona: cfo\n    phase: decision\n    status: idea\n'), result);
    assert.deepEqual(codesOf(GAP_PLAN), ['empty-cell']);
    assert.deepEqual(codesOf(result), []);
  });
  it('creates the content list when it is missing, and keeps CRLF line breaks', () => {
    const text = 'journey: T\r\npersonas:\r\n    - id: a\r\n# closing comment';
    const result = apply(text, addPieceEdit(analyze(text, { locale: 'nl' }), 'a', 'awareness', 'nl'));
    assert.equal(result, 'journey: T\r\npersonas:\r\n    - id: a\r\n# closing comment\r\ncontent:\r\n    - title: Nieuw stuk voor a in Bewustwording\r\n      persona: a\r\n      phase: awareness\r\n      status: idea');
    assert.ok(!codesOf(result).includes('yaml-syntax'));
  });
  it('fills an empty content key and a flow list', () => {
    const empty = 'journey: T\npersonas: [a]\ncontent:\nrules: { min-per-cell: 1 }\n';
    const filled = apply(empty, addPieceEdit(analyze(empty), 'a', 'usage'));
    assert.match(filled, /^content:\n  - title: New piece for a in Usage\n    persona: a\n    phase: usage\n    status: idea\nrules:/m);
    const flow = 'journey: T\npersonas: [a]\ncontent: [{ title: x, persona: a, phase: usage }]  # flow\n';
    const flowFilled = apply(flow, addPieceEdit(analyze(flow), 'a', 'loyalty'));
    assert.match(flowFilled, /phase: usage }, \{ title: New piece for a in Loyalty, persona: a, phase: loyalty, status: idea }]  # flow\n$/);
    assert.ok(!codesOf(flowFilled).includes('yaml-syntax'));
  });
  it('quotes titles and ids YAML would misread', () => {
    const text = 'journey: T\npersonas:\n  - { id: a, name: "Ann: CEO #1" }\n';
    const result = apply(text, addPieceEdit(analyze(text), 'a', 'awareness'));
    assert.match(result, /title: "New piece for Ann: CEO #1 in Awareness"/);
    assert.equal(analyze(result).plan.pieces[0].title, 'New piece for Ann: CEO #1 in Awareness');
  });
});

describe('expect no content here', () => {
  it('creates rules.ignore, adds to an existing ignore list, and to a rules block without ignore', () => {
    const added = apply(GAP_PLAN, expectNoContentEdit(analyze(GAP_PLAN), 'cfo', 'decision'));
    assert.ok(added.endsWith('rules:\n  ignore:\n    - { persona: cfo, phase: decision }\n'));
    assert.deepEqual(codesOf(added), []);
    const again = apply(added, expectNoContentEdit(analyze(added), 'it', 'awareness'));
    assert.ok(again.endsWith('    - { persona: cfo, phase: decision }\n    - { persona: it, phase: awareness }\n'));
    assert.deepEqual(codesOf(again), []);
    const withMin = `${GAP_PLAN}rules:\n  min-per-cell: 1   # one is enough\n`;
    const result = apply(withMin, expectNoContentEdit(analyze(withMin), '*', 'decision'));
    assert.ok(result.endsWith('  min-per-cell: 1   # one is enough\n  ignore:\n    - { persona: "*", phase: decision }\n'), result);
    assert.deepEqual(codesOf(result), []);
  });
  it('stays in flow style for flow rules', () => {
    const text = `${GAP_PLAN}rules: { min-per-cell: 1 }\n`;
    const result = apply(text, expectNoContentEdit(analyze(text), 'cfo', 'decision'));
    assert.ok(result.endsWith('rules: { min-per-cell: 1, ignore: [{ persona: cfo, phase: decision }] }\n'), result);
  });
});

describe('quick fixes', () => {
  it('replace with the closest match (preferred) and define the persona', () => {
    const text = FULL_PLAN.replace('persona: "*"', 'persona: "cfoo"');
    const analysis = analyze(text);
    const d = analysis.diagnostics.find((x) => x.code === 'unknown-persona')!;
    const [replace, define] = codeActionsFor(analysis, d);
    assert.equal(replace.title, 'Replace with “cfo”');
    assert.equal(replace.isPreferred, true);
    assert.match(applyEdits(text, [replace.edit]), /persona: "cfo"/);
    assert.equal(define.title, 'Define persona “cfoo”');
    const defined = applyEdits(text, [define.edit]);
    assert.match(defined, /  - id: cfo\n    name: Carla, CFO\n  - id: cfoo\n    name: Cfoo\ncontent:/);
    assert.ok(!codesOf(defined).includes('unknown-persona'));
  });
  it('offer add and ignore for every gap code, in Dutch too', () => {
    const analysis = analyze(GAP_PLAN);
    const gap = analysis.diagnostics.find((x) => x.code === 'empty-cell')!;
    assert.deepEqual(codeActionsFor(analysis, gap).map((a) => a.title), ['Add a content piece for Carla, CFO in Decision', 'Expect no content here (Carla, CFO in Decision)']);
    assert.deepEqual(codeActionsFor(analyze(GAP_PLAN, { locale: 'nl' }), gap, 'nl').map((a) => a.title), ['Voeg een contentstuk toe voor Carla, CFO in Beslissing', 'Hier geen content verwachten (Carla, CFO in Beslissing)']);
    const phaseGap = analyze(FULL_PLAN.replace('phase: awareness', 'phase: consideration'));
    const titles = codeActionsFor(phaseGap, phaseGap.diagnostics[0]).map((a) => a.title);
    assert.deepEqual(titles, ['Add a content piece for Ivo, IT-manager in Awareness', 'Add a content piece for Carla, CFO in Awareness', 'Expect no content here (every persona in Awareness)']);
  });
  it('define persona when personas is a flow list', () => {
    const text = 'journey: T\npersonas: [a, b]\ncontent:\n  - { title: x, persona: c, phase: awareness }\n';
    assert.match(applyEdits(text, [definePersonaEdit(analyze(text), 'c')]), /^personas: \[a, b, \{ id: c, name: C }]$/m);
  });
});

describe('rename', () => {
  it('renames a persona everywhere it is written, keeping quotes', () => {
    const { text, offset } = caret(`${FULL_PLAN.replace('persona: [it, cfo]', 'persona: [it, "c|fo"]')}rules:\n  ignore:\n    - { persona: cfo, phase: awareness }\n`);
    const analysis = analyze(text);
    const check = prepareRename(analysis, offset);
    assert.deepEqual(check.ok && check.placeholder, 'cfo');
    const result = renameEdits(analysis, offset, 'finance');
    assert.ok(result.ok);
    const renamed = applyEdits(text, result.edits);
    assert.equal(renamed, text.replace('id: cfo', 'id: finance').replace('"cfo"', '"finance"').replace('{ persona: cfo,', '{ persona: finance,'));
    assert.deepEqual(codesOf(renamed), codesOf(text));
  });
  it('refuses empty, invalid and taken ids, and built-in phases', () => {
    const { text, offset } = caret(FULL_PLAN.replace('  - id: cfo', '  - id: c|fo'));
    const analysis = analyze(text);
    assert.deepEqual(renameEdits(analysis, offset, ' '), { ok: false, message: 'The new id cannot be empty.' });
    assert.match((renameEdits(analysis, offset, 'two words') as { message: string }).message, /cannot be an id/);
    assert.match((renameEdits(analysis, offset, 'it') as { message: string }).message, /already a persona/);
    const builtIn = caret(FULL_PLAN.replace('phase: awareness', 'phase: aware|ness'));
    assert.match((prepareRename(analyze(builtIn.text), builtIn.offset) as { message: string }).message, /built-in model/);
  });
  it('renames a custom phase', () => {
    const { text, offset } = caret(FULL_PLAN.replace('model: hubspot\n', 'phases: [awar|eness, consideration, decision]\n'));
    const result = renameEdits(analyze(text), offset, 'attention');
    assert.ok(result.ok);
    assert.equal(applyEdits(text, result.edits).match(/attention/g)?.length, 2);
  });
});

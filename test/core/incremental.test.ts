// The incremental analysis must equal a from-scratch analysis after every edit. A seeded
// property test applies random edit sequences (inserts, deletes, line joins, indentation
// changes, pastes of whole blocks, broken YAML) to the samples and compares diagnostics, the
// matrix model (and its JSON as the server writes it) and the plan at each step; a few
// targeted cases check that the shortcut is really taken (only the touched part is read) and
// that unusual layouts fall back.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, toMatrixModel, type Analysis, type AnalysisOptions } from '../../server/src/core';
import { MatrixResults } from '../../server/src/core/matrixResults';
import { applyMatrixResult, toModel, type MatrixView } from '../../server/src/protocol/matrixView';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { Rng } from '../fuzz/mutate';
import { LspClient } from '../helpers/lspClient';
import { FULL_PLAN } from '../helpers/plans';

const SAMPLES = readdirSync('samples')
  .filter((name) => name.endsWith('.journey'))
  .sort()
  .map((name) => readFileSync(join('samples', name), 'utf8'));

/** A seeded random number in [0, 1): a failure replays exactly. */
const random = (seed: number): (() => number) => {
  const rng = new Rng(seed);
  return () => rng.next();
};

/** Blocks a user pastes: whole pieces (some with block scalars, multi-line flow, anchors), sections, oddities. */
const PASTES = [
  '  - id: geplakt\n    title: Geplakt stuk\n    persona: "*"\n    phase: awareness\n',
  '  - title: Notities\n    persona: cfo\n    phase: [awareness, decision]\n    notes: |\n      eerste regel\n\n      - geen item\n    status: draft\n',
  '  - title: Flow\n    persona: it\n    phase: awareness\n    kpi: { reach: 5,\n      leads: 2 }\n',
  '  - &basis\n    title: Anker\n    persona: it\n    phase: awareness\n  - *basis\n',
  '  - title: Merge\n    <<: { persona: it, phase: awareness }\n',
  '  - title: "open quote\n',
  '  - title: kapot: dubbele punt\n',
  '  - title: Dubbel\n    title: Dubbel\n',
  '  - just a string\n',
  '  -\n',
  'rules:\n  min-per-cell: 2\n  ignore:\n    - { persona: cfo, phase: "*" }\n',
  'journey: Tweede titel\n',
  '---\njourney: ander document\n',
  'content:\n  - title: Nog een lijst\n',
  '# een opmerking\n\n',
  '  # sectie\n',
  '\tpersona: tab\n',
  'notes: >\n  gevouwen\n',
  'x: [1,\n2]\n',
];
const TYPED = ['a', 'x', ' ', ':', '-', '- ', '\n', '\n  ', '\n    ', '"', "'", '#', '[', ']', '{', '}', ',', '*', '&', '|', '\t', ': ', 'persona: ', 'phase: ', 'status: retired', 'id: dubbel', '\r\n', 'é', '😀', '\ud83d'];

type Edit = { start: number; end: number; text: string };

function randomEdit(text: string, rnd: () => number): Edit {
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const at = Math.floor(rnd() * (text.length + 1));
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const line = pick(lineStarts);
  const roll = rnd();
  if (roll < 0.3) {
    // typing: mostly inside a line's content, as users do; sometimes anywhere
    let inLine = line;
    while (text[inLine] === ' ') inLine++;
    const end = text.indexOf('\n', inLine);
    const where = rnd() < 0.7 ? inLine + Math.floor(rnd() * ((end < 0 ? text.length : end) - inLine + 1)) : at;
    return { start: where, end: where, text: pick(TYPED) };
  }
  if (roll < 0.45) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(rnd() * (rnd() < 0.8 ? 3 : 200))), text: '' }; // deleting
  if (roll < 0.55) {
    // joining a line with the next
    const newline = text.indexOf('\n', line);
    if (newline < 0) return { start: at, end: at, text: 'x' };
    let end = newline + 1;
    while (rnd() < 0.5 && text[end] === ' ') end++;
    return { start: newline, end, text: rnd() < 0.5 ? '' : ' ' };
  }
  if (roll < 0.7) {
    // indenting or dedenting a line
    if (rnd() < 0.5) return { start: line, end: line, text: rnd() < 0.7 ? '  ' : ' ' };
    let end = line;
    while (end < line + 2 && text[end] === ' ') end++;
    return { start: line, end, text: '' };
  }
  if (roll < 0.85) {
    // pasting a block at a line start: one of the library, or a copy of an existing item
    const items = [...text.matchAll(/^ {2}- [^\n]*\n(?:(?: {3,}[^\n]*|)\n)*/gm)].map((m) => m[0]);
    return { start: line, end: line, text: items.length > 0 && rnd() < 0.4 ? pick(items) : pick(PASTES) };
  }
  if (roll < 0.93) {
    // replacing a value with another one, valid or not
    const colon = text.indexOf(': ', line);
    const newline = text.indexOf('\n', line);
    if (colon < 0 || (newline >= 0 && colon > newline)) return { start: at, end: at, text: 'y' };
    return { start: colon + 2, end: newline < 0 ? text.length : newline, text: pick(['it', 'cfo', 'awareness', 'retired', 'published', 'draft', '2026-02-30', '2026-01-05', 'onbekend', '"*"', '[it, cfo]', '', 'https://x.nl']) };
  }
  // cutting a run of whole lines
  const from = line;
  let to = from;
  for (let n = 1 + Math.floor(rnd() * 12); n > 0 && to < text.length; n--) {
    const newline = text.indexOf('\n', to);
    to = newline < 0 ? text.length : newline + 1;
  }
  return { start: from, end: to, text: '' };
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** `journey/matrix` answers for one analyzer's versions, each applied to the matrix the last ones made, as the preview does. */
interface Answers {
  results: MatrixResults;
  view: MatrixView | null;
  deltas: number;
  /** The same answers found by comparing the pieces, without the analysis' changes, and the last one's resultId. */
  compared: { results: MatrixResults; last?: string };
  /** Steps whose analysis said what changed (`Analysis.changes`). */
  told: number;
}

/** With `answers`, the matrix answer for this version, applied as a delta where it is one, must be the whole matrix. */
function assertSame(actual: Analysis, text: string, options: AnalysisOptions, where: string, answers?: Answers): void {
  const expected = analyze(text, options);
  assert.deepEqual(actual.diagnostics, expected.diagnostics, `diagnostics differ ${where}`);
  assert.deepEqual(toMatrixModel(actual), toMatrixModel(expected), `matrix model differs ${where}`);
  if (answers) {
    // Through JSON, as over the wire: nothing may depend on objects shared with the server.
    const answer = JSON.parse(JSON.stringify(answers.results.answer(actual, answers.view?.resultId)));
    if (answer.kind === 'delta') answers.deltas++;
    // What the analysis says changed makes the same answer as comparing the pieces finds.
    const compared = JSON.parse(JSON.stringify(answers.compared.results.answer({ ...actual, changes: undefined }, answers.compared.last)));
    answers.compared.last = compared.resultId;
    const withoutIds = ({ resultId: _r, previousResultId: _p, ...rest }: { resultId: string; previousResultId?: string }) => rest;
    assert.deepEqual(withoutIds(answer), withoutIds(compared), `the answer from the analysis' changes differs ${where}`);
    if (actual.changes) answers.told++;
    answers.view = applyMatrixResult(answers.view, answer);
    assert.ok(answers.view, `the answer does not apply ${where}`);
    assert.deepEqual(toModel(answers.view), toMatrixModel(expected), `matrix answer differs ${where}`);
  }
  assert.equal(JSON.stringify(actual.plan), JSON.stringify(expected.plan), `plan differs ${where}`);
  assert.equal(actual.text, text);
  assert.equal(actual.wellFormed, expected.wellFormed, `wellFormed differs ${where}`);
  const lineStarts = (analysis: Analysis) => Array.from({ length: analysis.lines.lineCount }, (_, line) => analysis.lines.lineStart(line));
  assert.deepEqual(lineStarts(actual), lineStarts(expected), `line index differs ${where}`);
}

const OPTION_SETS: AnalysisOptions[] = [{}, { locale: 'nl', minPerCell: 2, severity: { 'empty-cell': 'off', 'unknown-key': 'error' }, today: '2026-03-16' }];

describe('incremental analysis', () => {
  it('equals a from-scratch analysis after every step of random edit sequences', () => {
    let steps = 0;
    let incremental = 0;
    const answersOfAll: Answers[] = [];
    const starts = [...SAMPLES, SAMPLES[0].replace(/\n/g, '\r\n'), FULL_PLAN];
    starts.forEach((start, s) => {
      // A size limit just above the start: edits cross it both ways (the UTF-8 length is kept up to date, not re-measured).
      const sized: AnalysisOptions = { maxFileSize: Buffer.byteLength(start) + 4 };
      for (const [o, options] of [...OPTION_SETS, sized].entries()) {
        const seed = 1000 + s * 10 + o;
        const rnd = random(seed);
        const analyzer = new IncrementalAnalyzer();
        const answers: Answers = { results: new MatrixResults(), view: null, deltas: 0, compared: { results: new MatrixResults() }, told: 0 };
        let text = start;
        let lastClean = text;
        let full = 0;
        answersOfAll.push(answers);
        assertSame(analyzer.update(text, options), text, options, `(seed ${seed}, start)`, answers);
        for (let step = 0; step < 25; step++) {
          // Broken text for a while, then back to the last text the shortcut handled: as a user would, with undo.
          const edit = full > 2 && rnd() < 0.6 ? { start: 0, end: text.length, text: lastClean } : randomEdit(text, rnd);
          const before = text;
          text = apply(text, edit);
          // Every other sequence is told where the edit was, as the server's documents tell it (not always all the texts share).
          const edited = seed % 2 === 1 ? { from: before, prefix: edit.start, suffix: before.length - edit.end } : undefined;
          assertSame(analyzer.update(text, options, undefined, edited), text, options, `(seed ${seed}, step ${step}, edit ${JSON.stringify(edit)})`, answers);
          steps++;
          if (analyzer.last.mode === 'incremental') {
            incremental++;
            full = 0;
            lastClean = text;
          } else full++;
        }
      }
    });
    assert.ok(steps >= 400, `${steps} steps`);
    // Not vacuous: many steps must take the shortcut, and many must fall back (random edits break YAML a lot).
    assert.ok(incremental > steps / 4, `only ${incremental} of ${steps} steps were incremental`);
    assert.ok(steps - incremental > steps / 10, `only ${steps - incremental} of ${steps} steps fell back`);
    // And the matrix answers: most incremental steps are deltas.
    const deltas = answersOfAll.reduce((sum, answers) => sum + answers.deltas, 0);
    assert.ok(deltas > incremental / 2, `only ${deltas} deltas for ${incremental} incremental steps`);
    // And many from what the analysis said changed (random edits often reach the header or the trailer, which it does not describe).
    const told = answersOfAll.reduce((sum, answers) => sum + answers.told, 0);
    assert.ok(told > incremental / 4, `only ${told} of ${incremental} incremental steps said what changed`);
  });

  it('says what changed only when the frame is kept: not when an edit takes away the trailer\'s first key (found in review)', () => {
    const before = `personas:
  - id: cfo
    name: Carla
phases:
  - awareness
  - consideration
content:
  - title: Blog
    persona: cfo
    phase: awareness
  - title: Webinar
    persona: cfo
    phase: consideration
rules:
  min-per-cell: 2
map:
  - persona: cfo
    phase: awareness
    questions: [Wat kost het?]
`;
    const options: AnalysisOptions = {};
    const analyzer = new IncrementalAnalyzer();
    const answers: Answers = { results: new MatrixResults(), view: null, deltas: 0, compared: { results: new MatrixResults() }, told: 0 };
    assertSame(analyzer.update(before, options), before, options, '(the plan)', answers);
    assert.deepEqual(answers.view?.cells.map((cell) => cell.gap), [true, true]);
    // The rules go: no cell is a gap any more (one piece is enough again), though no piece changed.
    const after = before.replace('rules:\n  min-per-cell: 2\n', '');
    const analysis = analyzer.update(after, options);
    assert.equal(analyzer.last.mode, 'incremental');
    assert.equal(analysis.changes, undefined, 'the trailer is another one: the answer compares');
    assertSame(analysis, after, options, '(the rules taken away)', answers);
    assert.deepEqual(answers.view?.cells.map((cell) => cell.gap), [false, false]);
    // A keystroke in a piece keeps the frame: then the analysis says what changed.
    const typed = after.replace('title: Blog', 'title: Blogs');
    const next = analyzer.update(typed, options);
    assert.deepEqual(next.changes && { ...next.changes, since: undefined }, { since: undefined, start: 0, removed: 1, added: 1, lineShift: 0, cells: [0] });
    assertSame(next, typed, options, '(a keystroke in the piece)', answers);
  });

  it('reads only the item an edit falls in', () => {
    const analyzer = new IncrementalAnalyzer();
    let text = SAMPLES[0];
    analyzer.update(text);
    assert.equal(analyzer.last.mode, 'incremental');
    assert.equal(analyzer.last.partsRead, analyze(text).plan.pieces.length + 2, 'the first version reads every part: header, items, trailer');
    const at = text.indexOf('title: ', text.length / 2) + 'title: '.length;
    text = text.slice(0, at) + 'Nieuw: ' + text.slice(at);
    analyzer.update(text);
    assert.deepEqual(analyzer.last, { mode: 'full', reason: 'content item', partsRead: 0 }, 'a colon in a plain title breaks the YAML: full parse');
    text = text.replace('Nieuw: ', 'Nieuw ');
    assertSame(analyzer.update(text), text, {}, 'after fixing');
    // The edited item, and the trailer (`rules:`), which is re-read rather than moved when an edit shifts it.
    assert.deepEqual(analyzer.last, { mode: 'incremental', partsRead: 2 });
    const kept = text.indexOf('status: published', text.length / 3) + 'status: publishe'.length;
    text = text.slice(0, kept) + 'x' + text.slice(kept + 1);
    assertSame(analyzer.update(text), text, {}, 'after replacing a character');
    assert.deepEqual(analyzer.last, { mode: 'incremental', partsRead: 1 }, 'nothing moved: the item alone');
    const header = text.indexOf('journey: ') + 'journey: '.length;
    text = text.slice(0, header) + 'X' + text.slice(header);
    assertSame(analyzer.update(text), text, {}, 'after a title edit');
    assert.deepEqual(analyzer.last, { mode: 'incremental', partsRead: 2 }, 'the header and the trailer');
  });

  it('reports an unknown persona in a map entry or an action once, not once per piece (found by the session fuzzer)', () => {
    const text = `journey: Kaart
model: b2b
personas:
  - id: eigenaar
    name: Erik
content:
  - { title: Blog, persona: eigenaar, phase: awareness }
  - { title: Gids, persona: eigenaar, phase: consideration }
map:
  - { persona: eigenaar, phase: purchase, moment-of-truth: true }
actions:
  - { title: Chatbot, term: short, impact: high, persona: eigenaar }
`;
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const renamed = text.replace('  - id: eigenaar', '  - id: e"enaar');
    const analysis = analyzer.update(renamed);
    assertSame(analysis, renamed, {}, 'after renaming the persona');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'unknown-persona').map((d) => d.range.start.line), [6, 7, 9, 11]);
  });

  it('falls back to a full analysis where parts cannot be read alone, and recovers', () => {
    for (const [text, reason] of [
      ['---\n' + FULL_PLAN, 'layout'],
      [FULL_PLAN.replace('content:', 'content: # de stukken\n\t# tab'), 'layout'],
      [FULL_PLAN.replace('  - title: Webinar', '  - title: "Webinar'), 'content item'],
    ]) {
      const analyzer = new IncrementalAnalyzer();
      assertSame(analyzer.update(text), text, {}, JSON.stringify(text));
      assert.deepEqual([analyzer.last.mode, analyzer.last.reason], ['full', reason]);
    }
    const analyzer = new IncrementalAnalyzer();
    const aliased = FULL_PLAN.replace('  - title: Webinar', '  - &w title: Webinar').replace(/$/, '  - *w\n');
    assertSame(analyzer.update(aliased), aliased, {}, 'alias');
    assert.deepEqual([analyzer.last.mode, analyzer.last.reason], ['full', 'content item']);
    const duplicate = FULL_PLAN + 'journey: again\n';
    assertSame(analyzer.update(duplicate), duplicate, {}, 'duplicate key');
    assert.deepEqual([analyzer.last.mode, analyzer.last.reason], ['full', 'duplicate top-level key']);
    assertSame(analyzer.update(FULL_PLAN), FULL_PLAN, {}, 'recovered');
    assert.equal(analyzer.last.mode, 'incremental');
  });

  it('is what the language server publishes after ranged edits (the text is diffed, not the events)', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///plans/incremental.journey';
      let text = SAMPLES[0];
      client.open(uri, text, 1);
      await client.diagnostics(uri, 1);
      const rnd = random(77);
      for (let step = 0; step < 30; step++) {
        const edit = randomEdit(text, rnd);
        const lines = analyze(text).lines;
        const version = client.edit(uri, { start: lines.position(edit.start), end: lines.position(edit.end) }, edit.text);
        text = apply(text, edit);
        const published = await client.diagnostics(uri, version);
        const expected = analyze(text, { today: LspClient.TODAY }).diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }));
        assert.deepEqual(
          published.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range })),
          expected,
          `step ${step}, edit ${JSON.stringify(edit)}`,
        );
      }
    } finally {
      await client.stop();
    }
  });
});

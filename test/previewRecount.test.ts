// What the preview counts again per delta: the row and column headers' figures (HeaderFigures)
// and the filters' values (FilterValues) are updated from what a delta changed. After every step
// of a sequence of real deltas (the incremental analysis, `journey/matrix` answers through JSON,
// applied as the webview applies them) they must equal a count from scratch over the documented
// model, with the functions the HTML export uses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncrementalAnalyzer } from '../server/src/core/incremental';
import { MatrixResults } from '../server/src/core/matrixResults';
import { phaseKpis } from '../server/src/core/mapViews';
import { VIEW_LABELS } from '../server/src/core/view/labels';
import { countLine } from '../server/src/core/view/matrixView';
import { applyMatrixResult, toModel, type MatrixResult, type MatrixView } from '../server/src/protocol/matrixView';
import { FILTER_KEYS } from '../server/src/protocol/webview';
import { HeaderFigures, type Figures } from '../webview/src/headerFigures';
import { FilterValues, sortValues } from '../webview/src/filterValues';

const labels = VIEW_LABELS.en;

const PLAN = `journey: Recount
model: b2b
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
  - id: klant
    name: Klant
    stage: customer
content:
  - title: Nieuwsbrief
    persona: "*"
    phase: awareness
    status: published
    owner: Sanne
    kpi: { reach: 100 }
  - title: ERP-gids
    persona: it
    phase: [awareness, consideration]
    type: whitepaper
    status: draft
    kpi: { leads: 4 }
  - title: Business case
    persona: cfo
    phase: consideration
    type: case
    status: review
    owner: Pieter
  - title: Oude prijslijst
    persona: cfo
    phase: purchase
    status: retired
    kpi: { leads: 9 }
  - { title: Flow een, persona: it, phase: purchase, channel: email }
  - title: Welkom
    persona: klant
    phase: initiate
    channel: email
    kpi: { activaties: 0.1 }
map:
  - persona: "*"
    phase: consideration
    kpi: { leads: 10 }
rules:
  ignore:
    - { persona: cfo, phase: advocacy }
`;

/** Edits in order, each from the text the one before left: [what it does, the text after]. */
const EDITS: [string, (text: string) => string][] = [
  ['a title changed', (t) => t.replace('title: ERP-gids', 'title: ERP-gids 2026')],
  ['a piece moved to another cell', (t) => t.replace('    persona: cfo\n    phase: consideration', '    persona: it\n    phase: consideration')],
  ['a piece without kpis moved back', (t) => t.replace('    persona: it\n    phase: consideration\n    type: case', '    persona: cfo\n    phase: consideration\n    type: case')],
  ['a newline typed: every later piece moves a line', (t) => t.replace('  - title: ERP-gids', '\n  - title: ERP-gids')],
  ['a piece added', (t) => t.replace('map:', '  - title: Podcast\n    persona: cfo\n    phase: engage\n    owner: Fatima\n    status: idea\nmap:')],
  ['a kpi changed', (t) => t.replace('kpi: { leads: 4 }', 'kpi: { leads: 5, demos: 1 }')],
  ['a piece with kpis retired', (t) => t.replace('    status: published\n    owner: Sanne', '    status: retired\n    owner: Sanne')],
  ['the retired piece back to published', (t) => t.replace('    status: retired\n    owner: Sanne', '    status: published\n    owner: Sanne')],
  ['a piece removed', (t) => t.replace('  - title: Business case\n    persona: cfo\n    phase: consideration\n    type: case\n    status: review\n    owner: Pieter\n', '')],
  ['an item that is no piece', (t) => t.replace('  - { title: Flow een, persona: it, phase: purchase, channel: email }', '  - { title: Flow een, persona: it, phase: purchase, channel: email }\n  - [ignored]')],
  ['broken YAML', (t) => t.replace('journey: Recount', 'journey: "Recount')],
  ['fixed again', (t) => t.replace('journey: "Recount', 'journey: Recount')],
  ['a map target changed', (t) => t.replace('kpi: { leads: 10 }', 'kpi: { leads: 12 }')],
  ['an owner changed on a line of its own', (t) => t.replace('owner: Fatima', 'owner: Bram')],
  ['a persona added: another shape', (t) => t.replace('content:', '  - id: inkoper\n    name: Ingrid\ncontent:')],
];

/** The figures counted from scratch over the documented model, as the HTML export counts them. */
function fromScratch(view: MatrixView): Figures {
  const model = toModel(view);
  const width = model.phases.length;
  const rows = model.personas.map((_, r) => model.cells.slice(r * width, (r + 1) * width));
  const columns = model.phases.map((_, c) => rows.map((row) => row[c]));
  const kpis = phaseKpis(model, (cell) => cell.content);
  return {
    rows: rows.map((cells) => countLine(cells, (cell) => cell.content, labels)),
    columns: columns.map((cells, c) => ({ counts: countLine(cells, (cell) => cell.content, labels), kpis: kpis[c].kpis })),
  };
}

/** Each version's matrix as the webview has it, after the delta (or whole answer) the server sends for it. */
function views(): { what: string; view: MatrixView; answer: MatrixResult }[] {
  const analyzer = new IncrementalAnalyzer();
  const results = new MatrixResults();
  let text = PLAN;
  let view: MatrixView | null = null;
  const out: { what: string; view: MatrixView; answer: MatrixResult }[] = [];
  for (const [what, edit] of [['the plan', (t: string) => t] as const, ...EDITS]) {
    const next = edit(text);
    assert.notEqual(next, what === 'the plan' ? null : text, `${what}: the edit changes nothing`);
    text = next;
    // Through JSON, as over the wire.
    const answer = JSON.parse(JSON.stringify(results.answer(analyzer.update(text), view?.resultId))) as MatrixResult;
    view = applyMatrixResult(view, answer);
    assert.ok(view, `${what}: the answer applies`);
    out.push({ what, view, answer });
  }
  return out;
}

describe('header figures after deltas', () => {
  it('equal a count from scratch after every step, and the steps are real deltas', () => {
    const steps = views();
    const figures = new HeaderFigures(labels);
    for (const { what, view } of steps) assert.deepEqual(figures.of(view), fromScratch(view), what);
    const kinds = steps.map(({ what, answer }) => [what, answer.kind === 'delta' ? `delta ${answer.lineShift} ${answer.splice.pieces.length - answer.splice.deleteCount}` : answer.kind]);
    assert.deepEqual(kinds, [
      ['the plan', 'full'],
      ['a title changed', 'delta 0 0'],
      ['a piece moved to another cell', 'delta 0 0'],
      ['a piece without kpis moved back', 'delta 0 0'],
      ['a newline typed: every later piece moves a line', 'delta 1 0'],
      ['a piece added', 'delta 0 1'],
      ['a kpi changed', 'delta 0 0'],
      ['a piece with kpis retired', 'delta 0 0'],
      ['the retired piece back to published', 'delta 0 0'],
      ['a piece removed', 'delta -6 -1'],
      ['an item that is no piece', 'delta 1 0'],
      ['broken YAML', 'delta 0 0'],
      ['fixed again', 'delta 0 0'],
      ['a map target changed', 'delta 0 0'],
      ['an owner changed on a line of its own', 'delta 0 0'],
      ['a persona added: another shape', 'full'],
    ]);
  });

  it('count as the export does: pieces once each, retired ones out, kpis once per piece', () => {
    const [first] = views();
    assert.deepEqual(new HeaderFigures(labels).of(first.view), {
      rows: ['3 pieces · 3/6 filled', '2 pieces · 2/5 filled', '1 piece · 1/3 filled'],
      columns: [
        { counts: '2 pieces · 2/2 filled', kpis: [{ metric: 'reach', target: null, actual: 100 }, { metric: 'leads', target: null, actual: 4 }] },
        { counts: '2 pieces · 2/2 filled', kpis: [{ metric: 'leads', target: 20, actual: 4 }] },
        { counts: '1 piece · 1/2 filled', kpis: [] },
        { counts: '1 piece · 1/3 filled', kpis: [{ metric: 'activaties', target: null, actual: 0.1 }] },
        { counts: '0 pieces · 0/3 filled', kpis: [] },
        { counts: '0 pieces · 0/2 filled', kpis: [] },
      ],
    });
  });

  it('keep what a delta did not touch: the other columns, and a column\'s kpis when no piece with kpis changed', () => {
    const [plan, title, moved] = views();
    const figures = new HeaderFigures(labels);
    const before = figures.of(plan.view);
    const afterTitle = figures.of(title.view);
    // The ERP-gids is in it × awareness and it × consideration: the other columns are the same objects.
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((c) => afterTitle.columns[c] === before.columns[c]), [false, false, true, true, true, true]);
    assert.equal(afterTitle.columns[0].kpis, before.columns[0].kpis, 'a title does not touch kpis');
    const afterMove = figures.of(moved.view);
    assert.equal(afterMove.columns[1].kpis, afterTitle.columns[1].kpis, 'the business case has no kpis');
    assert.equal(afterMove.rows[2], afterTitle.rows[2]);
    assert.equal(figures.of(moved.view), afterMove, 'the same matrix again: nothing counted');
  });
});

describe('filter values after deltas', () => {
  const fresh = (view: MatrixView) => new Map(FILTER_KEYS.map((key) => [key, sortValues(key, new Set(view.pieces.map((piece) => piece[key])))]));

  it('equal the values of the pieces after every step', () => {
    const values = new FilterValues();
    for (const { what, view } of views()) assert.deepEqual(values.of(view.pieces), fresh(view), what);
  });

  it('are each used value once, statuses in journey order, others alphabetically, "not set" last', () => {
    const [first] = views();
    assert.deepEqual(Object.fromEntries(new FilterValues().of(first.view.pieces)), {
      status: ['draft', 'review', 'published', 'retired', null],
      type: ['case', 'whitepaper', null],
      channel: ['email', null],
      owner: ['Pieter', 'Sanne', null],
    });
  });

  it('follow any change between two piece lists, and keep a field\'s list when its values stay', () => {
    const piece = (n: number, owner: string | null, status: string | null = 'draft') =>
      ({ id: null, title: `P${n}`, type: null, status, channel: null, owner, date: null, url: null, kpi: null, line: n });
    const a = [piece(1, 'Sanne'), piece(2, 'Bram'), piece(3, null), piece(4, 'Sanne')];
    const values = new FilterValues();
    const first = values.of(a);
    assert.deepEqual(first.get('owner'), ['Bram', 'Sanne', null]);
    // Lines moved (copies with the same values): nothing to sort again.
    const moved = a.map((p) => ({ ...p, line: p.line + 1 }));
    assert.equal(values.of(moved).get('owner'), first.get('owner'));
    // The only "Bram" removed, a "Joris" inserted in the middle, a status changed at the end.
    const b = [moved[0], piece(9, 'Joris'), moved[2], piece(5, 'Sanne', 'published')];
    assert.deepEqual(Object.fromEntries(values.of(b)), { status: ['draft', 'published'], type: [null], channel: [null], owner: ['Joris', 'Sanne', null] });
    assert.deepEqual(Object.fromEntries(values.of([])), { status: [], type: [], channel: [], owner: [] });
    assert.deepEqual(values.of(b), fresh({ pieces: b } as MatrixView));
  });

  it('sort values the locale calls equal in one order, whatever order the pieces are in', () => {
    assert.equal('\u00e1'.localeCompare('a\u0301'), 0);
    assert.deepEqual(sortValues('owner', ['\u00e1', 'a\u0301', 'b']), ['a\u0301', '\u00e1', 'b']);
    assert.deepEqual(sortValues('owner', ['b', 'a\u0301', '\u00e1']), ['a\u0301', '\u00e1', 'b']);
  });
});

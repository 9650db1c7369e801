// The journey map around the matrix: persona stages, `map:` entries and how they combine,
// `actions:`, the three codes they bring (moment-of-truth-gap, outside-persona-stage,
// kpi-below-target), bad values through the existing codes, and the JSON model's additions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionsByQuadrant, analyze, cellAt, cellKpis, coverageOf, emotionSeries, phaseKpis, toMatrixModel, type Diagnostic } from '../../server/src/core';
import { applyEdits, codeActionsFor, renameEdits } from '../../server/src/core/edits';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { spanText } from '../helpers/plans';

/** A B2B plan: a prospect who walks the buyer journey, a customer who walks the customer journey, and Ivo who walks both. */
const PLAN = `journey: Acme CRM
model: b2b
personas:
  - id: prospect
    name: Petra, prospect
    stage: buyer
  - id: klant
    name: Bestaande klant
    stage: customer
  - id: it
    name: Ivo, IT-manager
content:
  - title: Nieuwsbrief
    persona: "*"
    phase: "*"
`;

/** The plan with more content pieces, written at the end of `content:` (before `map:`). */
function withPieces(text: string, pieces: string): string {
  const at = text.indexOf('map:');
  return at < 0 ? text + pieces : text.slice(0, at) + pieces + text.slice(at);
}

function diagnostics(text: string, code: string): Diagnostic[] {
  return analyze(text).diagnostics.filter((d) => d.code === code);
}

function codes(text: string): string[] {
  return analyze(text).diagnostics.map((d) => d.code);
}

describe('persona stages', () => {
  it('a buyer persona expects content only in buyer phases, a customer persona only in customer phases', () => {
    const { matrix } = analyze(PLAN);
    const expected = (persona: string) => matrix.phases.filter((phase) => !cellAt(matrix, persona, phase.id)!.ignored).map((phase) => phase.id);
    assert.deepEqual(expected('prospect'), ['awareness', 'consideration', 'purchase']);
    assert.deepEqual(expected('klant'), ['initiate', 'engage', 'advocacy']);
    assert.equal(expected('it').length, 6, 'stage both (the default) walks every phase');
    assert.equal(cellAt(matrix, 'klant', 'awareness')!.ignoredBy, 'stage');
    assert.deepEqual(coverageOf(matrix), { filled: 12, expected: 12 });
  });

  it('a "*" reaches only the cells inside each persona stage: no gap is reported outside it', () => {
    const { matrix } = analyze(PLAN);
    assert.deepEqual(cellAt(matrix, 'klant', 'awareness')!.pieces, []);
    assert.equal(cellAt(matrix, 'klant', 'engage')!.count, 1);
    assert.deepEqual(codes(PLAN), []);
    // Without the stages, every cell of every persona is expected and filled by the "*".
    assert.deepEqual(coverageOf(analyze(PLAN.replace(/    stage: \w+\n/g, '')).matrix), { filled: 18, expected: 18 });
  });

  it('a piece naming a persona and a phase outside its stage by id is shown there, counts for nothing, and is warned about on its phase', () => {
    const text = `${PLAN}  - title: Welkomstmail
    persona: klant
    phase: [awareness, engage]
`;
    const { matrix } = analyze(text);
    const outside = cellAt(matrix, 'klant', 'awareness')!;
    assert.deepEqual(outside.pieces.map((piece) => piece.title), ['Welkomstmail']);
    assert.equal(outside.ignored, true);
    assert.equal(outside.gap, false);
    assert.deepEqual(coverageOf(matrix), { filled: 12, expected: 12 });
    const [d, ...more] = diagnostics(text, 'outside-persona-stage');
    assert.deepEqual(more, []);
    assert.equal(d.severity, 'warning');
    assert.equal(spanText(text, d), 'awareness');
    assert.equal(d.message, '“Bestaande klant” walks only the customer journey, but “Awareness” is a buyer phase: the piece is shown there, but no content is expected there and it does not count toward coverage.');
    assert.deepEqual(d.data, { persona: 'klant', phase: 'awareness' });
    assert.equal(
      analyze(text, { locale: 'nl' }).diagnostics.find((x) => x.code === 'outside-persona-stage')!.message,
      '“Bestaande klant” loopt alleen het klanttraject, maar “Bewustwording” is een koperfase: het stuk staat er wel, maar daar wordt geen content verwacht en het telt niet mee voor de dekking.',
    );
  });

  it('a "*" never triggers outside-persona-stage, on either side', () => {
    assert.deepEqual(diagnostics(`${PLAN}  - { title: A, persona: "*", phase: awareness }\n  - { title: B, persona: klant, phase: "*" }\n`, 'outside-persona-stage'), []);
  });

  it('a piece outside the stage does not keep its phase from being an empty phase', () => {
    const text = PLAN.replace('    persona: "*"\n    phase: "*"\n', '    persona: "*"\n    phase: [awareness, consideration, purchase, engage, advocacy]\n') + '  - { title: Welkom, persona: prospect, phase: initiate }\n';
    assert.deepEqual(codes(text), ['empty-phase', 'outside-persona-stage']);
  });

  it('a stage outside its list is invalid-value with a suggestion; a persona then walks both journeys', () => {
    const text = PLAN.replace('stage: customer', 'stage: custmer');
    const [d] = diagnostics(text, 'invalid-value');
    assert.equal(spanText(text, d), 'custmer');
    assert.match(d.message, /use one of buyer, customer, both\. Did you mean “customer”\?/);
    assert.equal(analyze(text).plan.personas[1].stage, 'both');
  });

  it('the quick fix widens the stage to both, changing only that word', () => {
    const text = `${PLAN}  - { title: Welkom, persona: klant, phase: awareness }\n`;
    const analysis = analyze(text);
    const [d] = diagnostics(text, 'outside-persona-stage');
    const [fix, ...others] = codeActionsFor(analysis, d);
    assert.deepEqual(others, []);
    assert.equal(fix.title, 'Let Bestaande klant walk the whole journey (stage: both)');
    const fixed = applyEdits(text, [fix.edit]);
    assert.equal(fixed, text.replace('stage: customer', 'stage: both'));
    assert.deepEqual(codes(fixed), []);
  });
});

const MAP_PLAN = `${PLAN}map:
  - persona: "*"
    phase: consideration
    questions: [Welke leverancier past bij ons?]
    touchpoints: [website, reviewsites]
    emotion: -1
    pains: [Te veel keuze]
    kpi: { leads: 40 }
  - persona: it
    phase: [consideration, purchase]
    questions: Wat kost de koppeling?
    touchpoints: [accountmanager]
    emotion: 1
    delights: [Snelle offerte]
    moment-of-truth: true
    kpi: { leads: 10, demos: 2 }
`;

describe('map entries', () => {
  it('combine per cell: lists joined in file order, the last emotion and moment of truth, kpi targets summed', () => {
    const cell = cellAt(analyze(MAP_PLAN).matrix, 'it', 'consideration')!;
    assert.deepEqual(cell.map.questions, ['Welke leverancier past bij ons?', 'Wat kost de koppeling?']);
    assert.deepEqual(cell.map.touchpoints, ['website', 'reviewsites', 'accountmanager']);
    assert.deepEqual(cell.map.pains, ['Te veel keuze']);
    assert.deepEqual(cell.map.delights, ['Snelle offerte']);
    assert.equal(cell.map.emotion, 1);
    assert.equal(cell.map.momentOfTruth, true);
    assert.deepEqual(cell.map.kpiTarget, { leads: 50, demos: 2 });
  });

  it('a later entry without an emotion or moment of truth keeps the earlier one; `false` unmarks', () => {
    const text = `${MAP_PLAN}  - persona: it
    phase: consideration
    pains: [Lange implementatie]
    moment-of-truth: false
`;
    const cell = cellAt(analyze(text).matrix, 'it', 'consideration')!;
    assert.equal(cell.map.emotion, 1);
    assert.equal(cell.map.momentOfTruth, false);
    assert.deepEqual(cell.map.pains, ['Te veel keuze', 'Lange implementatie']);
  });

  it('a "*" in a map entry reaches only the cells inside each persona stage', () => {
    const { matrix } = analyze(MAP_PLAN);
    assert.equal(cellAt(matrix, 'prospect', 'consideration')!.map.emotion, -1);
    const text = MAP_PLAN.replace('    phase: consideration\n    questions: [Welke', '    phase: "*"\n    questions: [Welke');
    assert.equal(cellAt(analyze(text).matrix, 'klant', 'consideration')!.map.emotion, undefined);
    assert.equal(cellAt(analyze(text).matrix, 'klant', 'engage')!.map.emotion, -1);
  });

  it('bad values use the existing codes, each on its value', () => {
    const text = `${PLAN}map:
  - persona: it
    phase: purchase
    emotion: 3
    moment-of-truth: ja
    questions: [{ a: b }]
    kpi: { leads: veel }
    feeling: blij
  - persona: ti
    phase: purchse
  - emotion: 1
`;
    const found = analyze(text).diagnostics.map((d) => [d.code, spanText(text, d)]);
    assert.deepEqual(found, [
      ['invalid-value', '3'],
      ['invalid-value', 'ja'],
      ['invalid-value', '{ a: b }'],
      ['invalid-value', 'veel'],
      ['unknown-key', 'feeling'],
      ['unknown-persona', 'ti'],
      ['unknown-phase', 'purchse'],
      ['missing-field', 'emotion'],
      ['missing-field', 'emotion'],
    ]);
    const messages = analyze(text).diagnostics.map((d) => d.message);
    assert.equal(messages[0], 'The emotion must be a whole number from -2 (very negative) to 2 (very positive), not “3”.');
    assert.equal(messages[1], '“moment-of-truth” must be true or false, not “ja”.');
    assert.match(messages[7], /A map entry needs “persona”/);
    assert.match(messages[8], /A map entry needs “phase”/);
  });

  it('near misses: every emotion from -2 to 2, a single question as text, an empty list', () => {
    for (const emotion of [-2, -1, 0, 1, 2]) {
      assert.deepEqual(codes(`${PLAN}map:\n  - { persona: it, phase: purchase, emotion: ${emotion}, questions: Waarom?, pains: [] }\n`), [], String(emotion));
    }
    assert.deepEqual(codes(`${PLAN}map:\n  - { persona: it, phase: purchase, emotion: 1.5 }\n`), ['invalid-value']);
  });
});

describe('moment-of-truth-gap', () => {
  const GAP = MAP_PLAN.replace('    persona: "*"\n    phase: "*"\n', '    persona: "*"\n    phase: [awareness, consideration, initiate, engage, advocacy]\n');

  it('a moment of truth that is a gap is a warning on its moment-of-truth value, in place of empty-cell', () => {
    // The prospect has content in purchase, so Ivo's cell alone is a gap: a moment of truth, not an empty-cell.
    const text = withPieces(GAP, '  - { title: Offerte, persona: prospect, phase: purchase }\n');
    assert.deepEqual(codes(text), ['moment-of-truth-gap']);
    const [d] = diagnostics(text, 'moment-of-truth-gap');
    assert.equal(d.severity, 'warning');
    assert.equal(spanText(text, d), 'true');
    assert.equal(d.message, 'Moment of truth without content: nothing for “Ivo, IT-manager” in “Purchase”.');
    assert.deepEqual(d.data, { persona: 'it', phase: 'purchase' });
  });

  it('is reported even where the whole phase is empty', () => {
    assert.deepEqual(codes(GAP), ['empty-phase', 'moment-of-truth-gap']);
    const both = GAP.replace('  - persona: it\n    phase: [consideration, purchase]', '  - persona: "*"\n    phase: [consideration, purchase]');
    assert.deepEqual(codes(both), ['empty-phase', 'moment-of-truth-gap', 'moment-of-truth-gap']);
  });

  it('near miss: a filled moment of truth, and a gap that is no moment of truth', () => {
    assert.deepEqual(diagnostics(MAP_PLAN, 'moment-of-truth-gap'), []);
    assert.deepEqual(diagnostics(GAP.replace('moment-of-truth: true', 'moment-of-truth: false'), 'moment-of-truth-gap'), []);
  });

  it('offers "add a content piece here", and only that', () => {
    const analysis = analyze(GAP);
    const [d] = diagnostics(GAP, 'moment-of-truth-gap');
    const actions = codeActionsFor(analysis, d);
    assert.deepEqual(actions.map((action) => action.title), ['Add a content piece for Ivo, IT-manager in Purchase']);
    assert.deepEqual(diagnostics(applyEdits(GAP, [actions[0].edit]), 'moment-of-truth-gap'), []);
  });
});

describe('kpi-below-target', () => {
  it('compares the summed kpis of the filling pieces with the cell target, for the metrics the pieces report', () => {
    const text = withPieces(MAP_PLAN, `  - title: Vergelijker
    persona: it
    phase: consideration
    kpi: { leads: 20 }
  - title: Oude vergelijker
    persona: it
    phase: consideration
    status: retired
    kpi: { leads: 100 }
`);
    const found = diagnostics(text, 'kpi-below-target');
    // Ivo × consideration: 20 leads of 50 (retired pieces do not count); demos are not reported by any piece.
    assert.deepEqual(found.map((d) => [spanText(text, d), d.message, d.severity]), [
      ['leads', '“Ivo, IT-manager” in “Consideration”: the content reports 20 leads, below the target of 50.', 'information'],
    ]);
    assert.equal(found[0].range.start.line, text.split('\n').indexOf('    kpi: { leads: 10, demos: 2 }'), 'on the last entry giving the target');
  });

  it('near miss: at or above the target, and no piece reporting the metric', () => {
    const piece = (leads: number) => withPieces(MAP_PLAN, `  - { title: V, persona: it, phase: consideration, kpi: { leads: ${leads} } }\n`);
    assert.deepEqual(diagnostics(piece(50), 'kpi-below-target'), []);
    assert.deepEqual(diagnostics(piece(70), 'kpi-below-target'), []);
    assert.deepEqual(diagnostics(MAP_PLAN, 'kpi-below-target'), []);
  });
});

const ACTIONS = `${PLAN}actions:
  - title: Chatbot in de checkout
    term: short
    impact: high
    persona: "*"
    phase: purchase
    owner: Sanne
    status: planned
  - title: Klantportaal
    term: long
    impact: high
  - title: FAQ bijwerken
    term: short
    impact: low
`;

describe('actions', () => {
  it('are read in file order and sorted into the term × impact grid', () => {
    const model = toMatrixModel(analyze(ACTIONS));
    assert.deepEqual(model.actions[0], { title: 'Chatbot in de checkout', term: 'short', impact: 'high', personas: ['*'], phases: ['purchase'], owner: 'Sanne', status: 'planned', line: 17 });
    const grid = actionsByQuadrant(model.actions);
    assert.deepEqual(Object.fromEntries(Object.entries(grid).map(([quadrant, actions]) => [quadrant, actions.map((action) => action.title)])), {
      'short-high': ['Chatbot in de checkout'],
      'long-high': ['Klantportaal'],
      'short-low': ['FAQ bijwerken'],
      'long-low': [],
    });
    assert.deepEqual(codes(ACTIONS), []);
  });

  it('a term or impact outside its list is invalid-value; a missing one is missing-field', () => {
    const text = ACTIONS.replace('term: long', 'term: lang').replace('    term: short\n    impact: low\n', '    term: short\n');
    assert.deepEqual(analyze(text).diagnostics.map((d) => [d.code, spanText(text, d)]), [
      ['invalid-value', 'lang'],
      ['missing-field', 'title'],
    ]);
    assert.match(analyze(text).diagnostics[0].message, /use one of short, long/);
  });

  it('references are checked, and renaming a persona reaches them', () => {
    const text = ACTIONS.replace('persona: "*"', 'persona: klnt');
    const [d] = diagnostics(text, 'unknown-persona');
    assert.equal(spanText(text, d), 'klnt');
    const named = `${ACTIONS.replace('persona: "*"', 'persona: klant')}map:\n  - { persona: [it, klant], phase: engage, emotion: 1 }\n`;
    const renamed = renameEdits(analyze(named), named.indexOf('id: klant') + 4, 'customer');
    assert.ok(renamed.ok);
    const result = applyEdits(named, renamed.edits);
    assert.equal(result, named.replace('id: klant', 'id: customer').replace('persona: klant', 'persona: customer').replace('[it, klant]', '[it, customer]'));
  });
});

describe('the JSON model', () => {
  it('adds map, kpi and ignoredBy to each cell, stage to each persona and actions at the top', () => {
    const text = `${withPieces(MAP_PLAN, '  - { title: V, persona: it, phase: consideration, kpi: { leads: 20, downloads: 5 } }\n')}rules:\n  ignore:\n    - { persona: it, phase: advocacy }\n`;
    const model = toMatrixModel(analyze(text));
    assert.deepEqual(model.personas, [
      { id: 'prospect', name: 'Petra, prospect', stage: 'buyer' },
      { id: 'klant', name: 'Bestaande klant', stage: 'customer' },
      { id: 'it', name: 'Ivo, IT-manager', stage: 'both' },
    ]);
    const cell = model.cells.find((c) => c.persona === 'it' && c.phase === 'consideration')!;
    assert.deepEqual(Object.keys(cell), ['persona', 'phase', 'gap', 'ignored', 'ignoredBy', 'count', 'map', 'kpi', 'content']);
    assert.deepEqual(cell.map, {
      questions: ['Welke leverancier past bij ons?', 'Wat kost de koppeling?'],
      touchpoints: ['website', 'reviewsites', 'accountmanager'],
      emotion: 1,
      pains: ['Te veel keuze'],
      delights: ['Snelle offerte'],
      momentOfTruth: true,
      kpiTarget: { leads: 50, demos: 2 },
    });
    assert.deepEqual(cell.kpi, { leads: 20, downloads: 5 });
    assert.equal(cell.ignoredBy, null);
    assert.equal(model.cells.find((c) => c.persona === 'it' && c.phase === 'advocacy')!.ignoredBy, 'rule');
    assert.equal(model.cells.find((c) => c.persona === 'klant' && c.phase === 'awareness')!.ignoredBy, 'stage');
    assert.deepEqual(model.actions, []);
    assert.deepEqual(cellKpis(cell), [
      { metric: 'leads', target: 50, actual: 20 },
      { metric: 'demos', target: 2, actual: 0 },
      { metric: 'downloads', target: null, actual: 5 },
    ]);
  });

  it('gives the views an emotion series per persona and kpis per phase column', () => {
    const model = toMatrixModel(analyze(MAP_PLAN));
    const [prospect, klant, it] = emotionSeries(model);
    assert.deepEqual(prospect.points.map((point) => point.emotion), [null, -1, null, null, null, null]);
    assert.deepEqual(klant.points.map((point) => point.expected), [false, false, false, true, true, true]);
    assert.deepEqual(it.points.map((point) => [point.emotion, point.momentOfTruth]), [[null, false], [1, true], [1, true], [null, false], [null, false], [null, false]]);
    const consideration = phaseKpis(model, (cell) => cell.content).find((column) => column.phase === 'consideration')!;
    assert.deepEqual(consideration.kpis, [
      { metric: 'leads', target: 90, actual: 0 },
      { metric: 'demos', target: 2, actual: 0 },
    ]);
  });
});

describe('incremental analysis', () => {
  it('follows a stage change: the matrix is laid out anew', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(MAP_PLAN);
    const edited = MAP_PLAN.replace('stage: customer', 'stage: both');
    const incremental = analyzer.update(edited);
    const fresh = analyze(edited);
    assert.deepEqual(toMatrixModel(incremental), toMatrixModel(fresh));
    assert.deepEqual(incremental.diagnostics, fresh.diagnostics);
    assert.equal(cellAt(incremental.matrix, 'klant', 'awareness')!.ignored, false);
  });

  it('an edit inside the content keeps the map and the stage checks', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = `${MAP_PLAN.replace(/map:[\s\S]*$/, '')}  - { title: Welkom, persona: klant, phase: awareness }\n${MAP_PLAN.slice(MAP_PLAN.indexOf('map:'))}`;
    analyzer.update(text);
    const edited = text.replace('title: Welkom', 'title: Welkom!');
    const incremental = analyzer.update(edited);
    assert.equal(analyzer.last.mode, 'incremental');
    assert.deepEqual(incremental.diagnostics, analyze(edited).diagnostics);
    assert.deepEqual(toMatrixModel(incremental), toMatrixModel(analyze(edited)));
  });
});

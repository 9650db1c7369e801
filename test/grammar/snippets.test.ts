// snippets/journey.code-snippets: each snippet, expanded as VS Code inserts it, gives a plan the
// analysis accepts (only gap diagnostics, no mistakes), for every choice a marketer can pick.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ACTION_IMPACTS, ACTION_TERMS, analyze, cellAt, GAP_CODES, PERSONA_STAGES, PHASE_MODELS, PIECE_STATUSES, toMatrixModel } from '../../server/src/core';
import { CONTENT_TYPES } from '../../server/src/core/contentTypes';
import { expandSnippet, type Overrides } from './snippetExpander';

// out/test/grammar/snippets.test.js → the repository root
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'journey.code-snippets'), 'utf8')) as Record<string, Snippet>;

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).filter((s) => [s.prefix].flat().includes(prefix));
  assert.equal(found.length, 1, `one snippet with prefix ${prefix}`);
  return found[0];
}

const bodyText = (s: Snippet) => [s.body].flat().join('\n');

/** The options of choice `${n|a,b|}` in a snippet body. */
function choices(s: Snippet, n: number): string[] {
  const match = new RegExp(`\\$\\{${n}\\|([^|]*)\\|\\}`).exec(bodyText(s));
  assert.ok(match, `choice ${n} in ${bodyText(s)}`);
  return match[1].split(',');
}

/** VS Code indents every inserted line after the first like the line the snippet is typed on. */
function inserted(indent: string, snippet: Snippet, overrides: Overrides = {}): string {
  return expandSnippet(snippet.body, overrides)
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
}

/** Diagnostics that report mistakes rather than gaps in the plan. */
function mistakes(text: string) {
  return analyze(text)
    .diagnostics.filter((d) => !GAP_CODES.includes(d.code))
    .map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
}

describe('snippets', () => {
  it('answer to the prefixes a marketer types', () => {
    for (const prefix of ['plan', 'persona', 'piece', 'content', 'ignore', 'map', 'action']) byPrefix(prefix);
    assert.equal(byPrefix('piece'), byPrefix('content'));
    for (const [name, s] of Object.entries(snippets)) assert.ok(s.description, `${name} has a description`);
  });

  it('offer every built-in model, content type and status, and nothing else', () => {
    assert.deepEqual(choices(byPrefix('plan'), 2).sort(), PHASE_MODELS.map((m) => m.id).sort());
    assert.equal(choices(byPrefix('plan'), 2)[0], 'b2b');
    assert.deepEqual(choices(byPrefix('plan'), 8), [...PIECE_STATUSES]);
    assert.deepEqual(choices(byPrefix('piece'), 5), [...PIECE_STATUSES]);
    const types = CONTENT_TYPES.map((t) => t.id);
    assert.deepEqual(choices(byPrefix('plan'), 7), types);
    assert.deepEqual(choices(byPrefix('piece'), 2), types);
    assert.deepEqual(choices(byPrefix('persona'), 4).sort(), [...PERSONA_STAGES].sort());
    assert.deepEqual(choices(byPrefix('map'), 5).map(Number).sort((a, b) => a - b), [-2, -1, 0, 1, 2]);
    assert.deepEqual(choices(byPrefix('map'), 8).sort(), ['false', 'true']);
    assert.deepEqual(choices(byPrefix('action'), 2).sort(), [...ACTION_TERMS].sort());
    assert.deepEqual(choices(byPrefix('action'), 3).sort(), [...ACTION_IMPACTS].sort());
    assert.deepEqual(choices(byPrefix('action'), 5), [...PIECE_STATUSES]);
  });

  for (const model of PHASE_MODELS.map((m) => m.id)) {
    it(`expand "plan" with model ${model} to a plan whose piece fills a cell`, () => {
      const text = expandSnippet(byPrefix('plan').body, { 2: model });
      assert.deepEqual(mistakes(text), [], text);
      const matrix = toMatrixModel(analyze(text));
      assert.equal(matrix.model, model);
      assert.equal(matrix.coverage.filled, 1, text);
      assert.deepEqual(matrix.personas.map((p) => p.id), ['persona-id']);
      const [piece] = analyze(text).plan.pieces;
      assert.deepEqual(piece.phases.map((p) => p.value), [matrix.phases[0].id], 'the piece sits in the model’s first phase');
    });
  }

  it('every status choice gives a valid piece', () => {
    for (const status of PIECE_STATUSES) {
      const text = expandSnippet(byPrefix('plan').body, { 8: status });
      assert.deepEqual(mistakes(text), [], text);
      assert.equal(analyze(text).plan.pieces[0].status, status);
    }
  });

  it('insert a persona, a piece and an ignore rule into an existing plan', () => {
    const text = [
      'journey: Acme',
      'model: b2b',
      'personas:',
      '  - id: it-manager',
      '    name: Ivo',
      inserted('  ', byPrefix('persona'), { 1: 'cfo' }),
      'content:',
      '  - title: Existing',
      '    persona: it-manager',
      '    phase: awareness',
      inserted('  ', byPrefix('piece'), { 3: 'cfo', 4: 'consideration' }),
      'rules:',
      '  ignore:',
      inserted('    ', byPrefix('ignore'), { 1: 'cfo', 2: 'advocacy' }),
    ].join('\n');
    assert.deepEqual(mistakes(text), [], text);
    const { plan } = analyze(text);
    assert.deepEqual(plan.personas.map((p) => p.id), ['it-manager', 'cfo']);
    assert.deepEqual(plan.pieces[1].personas.map((p) => p.value), ['cfo']);
    assert.equal(plan.pieces[1].date, '2026-02-10', 'the date defaults to today');
    assert.deepEqual(plan.rules.ignore.map((r) => [r.persona?.value, r.phase?.value]), [['cfo', 'advocacy']]);
  });

  it('insert a map entry and an action, for every choice', () => {
    for (const emotion of choices(byPrefix('map'), 5)) {
      for (const stage of PERSONA_STAGES) {
        const text = [
          'journey: Acme',
          'model: b2b',
          'personas:',
          inserted('  ', byPrefix('persona'), { 1: 'cfo', 4: stage }),
          'content:',
          '  - { title: Offerte, persona: "*", phase: purchase }',
          'map:',
          inserted('  ', byPrefix('map'), { 2: 'purchase', 5: emotion, 8: 'true' }),
          'actions:',
          inserted('  ', byPrefix('action'), { 2: 'long', 3: 'low' }),
        ].join('\n');
        assert.deepEqual(mistakes(text), [], text);
        const analysis = analyze(text);
        assert.equal(analysis.plan.personas[0].stage, stage);
        const cell = cellAt(analysis.matrix, 'cfo', 'purchase')!;
        assert.equal(cell.map.emotion, stage === 'customer' ? undefined : Number(emotion), 'a "*" reaches only the persona’s stage');
        assert.deepEqual(toMatrixModel(analysis).actions.map((a) => [a.title, a.term, a.impact]), [['What to do', 'long', 'low']]);
      }
    }
  });
});

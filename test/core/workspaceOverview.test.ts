// The workspace overview's numbers per plan (summarizePlan) and its view model (sortPlans,
// personaRows): the same coverage and gaps as the matrix, problems as reported, and per persona
// the pieces and gaps it has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, toMatrixModel } from '../../server/src/core';
import { personaRows, sortPlans } from '../../server/src/core/view/overviewView';
import { summarizePlan } from '../../server/src/core/workspaceOverview';

// hubspot: awareness, consideration, decision. Carla's decision cell is ignored, so 5 cells are expected.
const PLAN = `journey: Team plan
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
content:
  - title: Blog
    persona: "*"
    phase: awareness
  - title: Old webinar
    persona: cfo
    phase: consideration
    status: retired
  - title: Checklist
    persona: it
    phase: [consideration, decision]
  - title: Typo
    persona: it
    phase: decison
rules:
  ignore:
    - persona: cfo
      phase: decision
`;

describe('summarizePlan', () => {
  it('counts coverage, gaps and problems as the matrix and diagnostics do, and pieces and gaps per persona', () => {
    const analysis = analyze(PLAN);
    const summary = summarizePlan(analysis);
    assert.deepEqual(summary, {
      title: 'Team plan',
      coverage: { filled: 4, expected: 5 },
      gaps: 1,
      errors: 1,
      // empty-cell is information by default: no warning.
      warnings: 0,
      personas: [
        // Blog and Checklist; the piece with the unknown phase fills no cell.
        { id: 'it', name: 'Ivo, IT-manager', pieces: 2, gaps: 0 },
        // Blog only: the retired webinar fills nothing, and the ignored cell is no gap.
        { id: 'cfo', name: 'Carla, CFO', pieces: 1, gaps: 1 },
      ],
    });
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.severity}:${d.code}`).sort(), ['error:unknown-phase', 'information:empty-cell']);
    assert.deepEqual(summary.coverage, toMatrixModel(analysis).coverage, 'the preview and `journey matrix` show the same coverage');
  });

  it('summarizes a plan that is not readable, or empty, without throwing', () => {
    // yaml-syntax, and the missing personas and phases (an error and a warning) the broken text leaves.
    assert.deepEqual(summarizePlan(analyze('journey: [unclosed\n')), {
      title: '', coverage: { filled: 0, expected: 0 }, gaps: 0, errors: 3, warnings: 1, personas: [],
    });
    assert.deepEqual(summarizePlan(analyze('')).coverage, { filled: 0, expected: 0 });
  });

  it('counts severities as the settings make them; a code turned off is no problem', () => {
    const summary = summarizePlan(analyze(PLAN, { severity: { 'empty-cell': 'off', 'unknown-phase': 'warning' } }));
    assert.deepEqual([summary.errors, summary.warnings, summary.gaps], [0, 1, 1]);
  });
});

const row = (path: string, filled: number, expected: number, personas: { id: string; name: string; pieces: number; gaps: number }[] = []) =>
  ({ path, coverage: { filled, expected }, gaps: expected - filled, personas });

describe('the overview view model', () => {
  const plans = [row('b.journey', 1, 4), row('a.journey', 3, 4), row('c.journey', 0, 0), row('d.journey', 1, 2)];

  it('sorts by path, by coverage (lowest first) and by gaps (most first), ties by path', () => {
    assert.deepEqual(sortPlans(plans, 'path').map((p) => p.path), ['a.journey', 'b.journey', 'c.journey', 'd.journey']);
    // 25 %, 50 %, 75 %, and an empty plan counts as complete (100 %), as in the preview.
    assert.deepEqual(sortPlans(plans, 'coverage').map((p) => p.path), ['b.journey', 'd.journey', 'a.journey', 'c.journey']);
    assert.deepEqual(sortPlans(plans, 'gaps').map((p) => p.path), ['b.journey', 'a.journey', 'd.journey', 'c.journey']);
    assert.deepEqual(plans.map((p) => p.path), ['b.journey', 'a.journey', 'c.journey', 'd.journey'], 'the input is not reordered');
  });

  it('lists each persona once, by id, with its pieces and gaps in each plan, or null where the plan lacks it', () => {
    const rows = personaRows([
      row('base.journey', 0, 0, [{ id: 'it', name: 'Ivo', pieces: 0, gaps: 0 }]),
      row('sales.journey', 2, 3, [{ id: 'cfo', name: 'Carla', pieces: 2, gaps: 1 }, { id: 'it', name: 'Ivo (sales)', pieces: 4, gaps: 0 }, { id: 'it', name: 'twice', pieces: 9, gaps: 9 }]),
    ]);
    assert.deepEqual(rows, [
      { id: 'it', name: 'Ivo', plans: [{ pieces: 0, gaps: 0 }, { pieces: 4, gaps: 0 }] },
      { id: 'cfo', name: 'Carla', plans: [null, { pieces: 2, gaps: 1 }] },
    ]);
  });
});

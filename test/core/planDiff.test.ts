// diffPlans: which cells a change fills and empties, and which gaps it opens and resolves.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { diffPlans, isUnchanged } from '../../server/src/core/planDiff';

// hubspot: awareness, consideration, decision. Ivo has awareness; Carla has nothing.
const BEFORE = `journey: Diff
model: hubspot
personas:
  - id: it
    name: Ivo
  - id: cfo
    name: Carla
content:
  - title: Blog
    persona: it
    phase: awareness
  - title: Whitepaper
    persona: it
    phase: consideration
`;

const cell = (persona: string, personaName: string, phase: string, phaseName: string) => ({ persona, personaName, phase, phaseName });

describe('diffPlans', () => {
  it('reports filled, emptied, new and resolved gaps, and coverage on both sides', () => {
    // The whitepaper moves from Ivo to Carla; Carla's decision cell is marked as not needed.
    const after = BEFORE.replace('    persona: it\n    phase: consideration', '    persona: cfo\n    phase: consideration')
      + 'rules:\n  ignore:\n    - persona: cfo\n      phase: decision\n';
    const diff = diffPlans(analyze(BEFORE), analyze(after));
    assert.deepEqual(diff.before, { coverage: { filled: 2, expected: 6 }, errors: 0 });
    assert.deepEqual(diff.after, { coverage: { filled: 2, expected: 5 }, errors: 0 });
    assert.deepEqual(diff.filled, [cell('cfo', 'Carla', 'consideration', 'Consideration')]);
    assert.deepEqual(diff.emptied, [cell('it', 'Ivo', 'consideration', 'Consideration')]);
    assert.deepEqual(diff.newGaps, [cell('it', 'Ivo', 'consideration', 'Consideration')]);
    assert.deepEqual(diff.resolvedGaps, [cell('cfo', 'Carla', 'consideration', 'Consideration'), cell('cfo', 'Carla', 'decision', 'Decision')]);
    assert.equal(isUnchanged(diff), false);
  });

  it('a new persona brings new gaps that were never "emptied"; a removed one resolves its gaps', () => {
    const after = BEFORE.replace('  - id: cfo\n    name: Carla\n', '  - id: cmo\n    name: Marta\n');
    const diff = diffPlans(analyze(BEFORE), analyze(after));
    assert.deepEqual(diff.emptied, []);
    assert.deepEqual(diff.filled, []);
    assert.deepEqual(diff.newGaps.map((c) => `${c.persona}/${c.phase}`), ['cmo/awareness', 'cmo/consideration', 'cmo/decision']);
    assert.deepEqual(diff.resolvedGaps.map((c) => `${c.persona}/${c.phase}`), ['cfo/awareness', 'cfo/consideration', 'cfo/decision']);
  });

  it('an added plan has only new gaps; a removed one only resolved gaps; the same text is unchanged', () => {
    const added = diffPlans(null, analyze(BEFORE));
    assert.equal(added.before, null);
    assert.equal(added.newGaps.length, 4);
    assert.deepEqual(added.resolvedGaps, []);
    const removed = diffPlans(analyze(BEFORE), null);
    assert.equal(removed.after, null);
    assert.equal(removed.resolvedGaps.length, 4);
    assert.equal(isUnchanged(diffPlans(analyze(BEFORE), analyze(BEFORE + '# a comment\n'))), true);
  });

  it('counts the errors of a version, whose matrix may then miss content', () => {
    const diff = diffPlans(analyze(BEFORE), analyze(BEFORE.replace('phase: awareness', 'phase: awarenes')));
    assert.deepEqual(diff.after, { coverage: { filled: 1, expected: 6 }, errors: 1 });
    assert.deepEqual(diff.newGaps, [cell('it', 'Ivo', 'awareness', 'Awareness')]);
  });
});

// newPlanText: what "Journey: New Plan…" writes — valid, in the user's language, all gaps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { addPieceEdit } from '../../server/src/core/edits/planEdits';
import { applyEdits } from '../../server/src/core/edits/textEdit';
import { newPlanText, personaIds } from '../../server/src/core/newPlan';

describe('newPlanText', () => {
  it('writes a commented plan on a built-in model, in Dutch', () => {
    const text = newPlanText({ title: 'Acme: CRM 2027', model: 'hubspot', personas: ['Ivo, IT-manager', 'Carla'], locale: 'nl' });
    assert.equal(text, [
      '# Contentplan: Acme: CRM 2027.',
      '# Elke persona × fase zonder content is een gat: Journey toont ze in Problemen,',
      '# en het voorbeeld (Ctrl+K V) toont de hele matrix.',
      'journey: "Acme: CRM 2027"',
      'model: hubspot   # de fasen van de klantreis: Bewustwording → Overweging → Beslissing',
      'personas:   # voor wie je schrijft; een stuk verwijst naar een persona met zijn id',
      '  - id: ivo-it-manager',
      '    name: "Ivo, IT-manager"',
      '    # description: wie is dit, en wat wil die bereiken?',
      '  - id: carla',
      '    name: Carla',
      '    # description: wie is dit, en wat wil die bereiken?',
      'content: []',
      '  # Voeg een stuk toe per "- title:", bijvoorbeeld:',
      '  # - title: 5 signalen dat je software verouderd is',
      '  #   type: blog',
      '  #   persona: ivo-it-manager',
      '  #   phase: awareness',
      '  #   status: idea',
      '',
    ].join('\n'));
    const analysis = analyze(text, { locale: 'nl' });
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['empty-phase', 'empty-phase', 'empty-phase', 'persona-without-content', 'persona-without-content']);
    assert.deepEqual(analysis.matrix.personas.map((p) => p.name), ['Ivo, IT-manager', 'Carla']);
  });

  it('"my own phases" writes an editable phases: list that gives the same matrix as the default model', () => {
    const text = newPlanText({ title: 'Webshop', model: null, personas: ['Fatima'], locale: 'en' });
    const analysis = analyze(text);
    assert.equal(analysis.plan.model, 'custom');
    assert.deepEqual(analysis.plan.phases.map((p) => [p.id, p.name, p.stage]), [
      ['awareness', 'Awareness', 'buyer'], ['consideration', 'Consideration', 'buyer'], ['purchase', 'Purchase', 'buyer'],
      ['usage', 'Usage', 'customer'], ['loyalty', 'Loyalty', 'customer'],
    ]);
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['empty-phase', 'empty-phase', 'empty-phase', 'empty-phase', 'empty-phase', 'persona-without-content']);
  });

  it('the first gap filled with "Add a content piece here" leaves a valid plan', () => {
    const text = newPlanText({ title: 'T', model: 'b2b', personas: ['A'], locale: 'en' });
    const filled = applyEdits(text, [addPieceEdit(analyze(text), 'a', 'awareness')]);
    const analysis = analyze(filled);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.equal(analysis.matrix.cells[0].count, 1);
  });
});

describe('personaIds', () => {
  it('makes lowercase hyphenated ids without accents, unique', () => {
    assert.deepEqual(personaIds(['Ivo, IT-manager', 'Zoë de Vries', 'zoe de vries', '***', 'Ivo, IT-manager']), ['ivo-it-manager', 'zoe-de-vries', 'zoe-de-vries-2', 'persona-4', 'ivo-it-manager-2']);
  });
});

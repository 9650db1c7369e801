// outside-persona-stage: a piece that names, by id, a persona and a phase outside that persona's
// stage (a customer persona in a buyer phase). The matrix still shows the piece there, so the
// plan says what it means; the warning says that the cell expects nothing and does not count.
// A `*` never triggers it: a wildcard reaches only the cells inside each persona's stage.
import { hasWildcard, inStage } from './matrix';
import type { Plan } from './plan';
import type { ReadContext } from './readPlan';

export function reportOutsideStage(plan: Plan, ctx: ReadContext): void {
  // Most plans have no persona with a stage: nothing to check.
  if (plan.personas.every((persona) => persona.stage === 'both')) return;
  const personas = new Map(plan.personas.map((persona) => [persona.id, persona]));
  const phases = new Map(plan.phases.map((phase) => [phase.id, phase]));
  for (const piece of plan.pieces) {
    if (hasWildcard(piece.personas) || hasWildcard(piece.phases)) continue;
    const seen = new Set<string>();
    for (const personaRef of piece.personas) {
      const persona = personas.get(personaRef.value);
      if (!persona || persona.stage === 'both' || seen.has(persona.id)) continue;
      seen.add(persona.id);
      for (const phaseRef of piece.phases) {
        const phase = phases.get(phaseRef.value);
        if (!phase || inStage(persona, phase)) continue;
        ctx.report({
          code: 'outside-persona-stage',
          span: phaseRef.span,
          message: ctx.msg.outsidePersonaStage(persona.name, persona.stage, phase.name, phase.stage),
          data: { persona: persona.id, phase: phase.id },
        });
      }
    }
  }
}

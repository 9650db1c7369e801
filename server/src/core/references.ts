// Checks that every persona and phase a piece or an ignore rule names is defined in the plan.
import { WILDCARD } from './fields';
import type { Plan, Reference } from './plan';
import type { ReadContext } from './readPlan';
import { closest } from './similar';

export function checkReferences(plan: Plan, ctx: ReadContext): void {
  const personaIds = plan.personas.map((persona) => persona.id);
  const phaseIds = plan.phases.map((phase) => phase.id);
  const personas = new Set(personaIds);
  const phases = new Set(phaseIds);

  const checkPersona = (ref: Reference | undefined): void => {
    if (!ref || ref.value === WILDCARD || personas.has(ref.value)) return;
    const suggestion = closest(ref.value, personaIds);
    ctx.report({
      code: 'unknown-persona',
      span: ref.span,
      message: ctx.msg.unknownPersona(ref.value) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
      data: { suggestion, persona: ref.value },
    });
  };
  const checkPhase = (ref: Reference | undefined): void => {
    if (!ref || ref.value === WILDCARD || phases.has(ref.value)) return;
    const suggestion = closest(ref.value, phaseIds);
    ctx.report({
      code: 'unknown-phase',
      span: ref.span,
      message: ctx.msg.unknownPhase(ref.value, phaseIds) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
      data: { suggestion, phase: ref.value },
    });
  };

  for (const piece of plan.pieces) {
    piece.personas.forEach(checkPersona);
    // `*` means every phase only in ignore rules; in a piece it is still accepted, as for personas.
    piece.phases.forEach(checkPhase);
  }
  for (const rule of plan.rules.ignore) {
    checkPersona(rule.persona);
    checkPhase(rule.phase);
  }
}

// Checks that every persona and phase a piece, an ignore rule, a map entry or an action names is defined in the plan.
import type { DiagnosticCode } from './diagnostics';
import { WILDCARD } from './fields';
import type { Plan, Reference } from './plan';
import type { ReadContext } from './readPlan';
import { closest } from './similar';

export function checkReferences(plan: Plan, ctx: ReadContext): void {
  const checkPersona = referenceChecker(ctx, 'unknown-persona', plan.personas.map((persona) => persona.id), (value) => ctx.msg.unknownPersona(value));
  const phaseIds = plan.phases.map((phase) => phase.id);
  const checkPhase = referenceChecker(ctx, 'unknown-phase', phaseIds, (value) => ctx.msg.unknownPhase(value, phaseIds));
  for (const piece of plan.pieces) {
    piece.personas.forEach(checkPersona);
    piece.phases.forEach(checkPhase);
  }
  for (const rule of plan.rules.ignore) {
    if (rule.fromBase) continue; // checked in the base
    checkPersona(rule.persona);
    checkPhase(rule.phase);
  }
  for (const named of [...plan.map, ...plan.actions]) {
    named.personas.forEach(checkPersona);
    named.phases.forEach(checkPhase);
  }
}

/** Reports a reference to an id that is not defined, with the closest defined id as suggestion. */
function referenceChecker(ctx: ReadContext, code: DiagnosticCode & ('unknown-persona' | 'unknown-phase'), ids: string[], message: (value: string) => string) {
  const defined = new Set(ids);
  const side = code === 'unknown-persona' ? 'persona' : 'phase';
  return (ref: Reference | undefined): void => {
    if (!ref || ref.value === WILDCARD || defined.has(ref.value)) return;
    const suggestion = closest(ref.value, ids);
    ctx.report({
      code,
      span: ref.span,
      message: message(ref.value) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
      data: { suggestion, [side]: ref.value },
    });
  };
}

// Inlay hints: after a persona or phase id that a piece or a rule refers to, the name a
// marketer knows it by (`phase: consideration` ▸ Overweging), in the analysis' language.
import type { Analysis } from './analyze';
import type { Span } from './lineIndex';
import { occurrences } from './symbols';

export interface InlayHint {
  /** Where the hint stands: just after the id. */
  offset: number;
  label: string;
  kind: 'persona' | 'phase';
}

/** The hints for the references inside `span` (the editor asks for what is in view). */
export function inlayHints(analysis: Analysis, span: Span): InlayHint[] {
  // One lookup per reference, not a search of the personas and phases for each of them; a
  // duplicated id names its first definition, as go to definition finds it (hence the reverse).
  const names = {
    persona: new Map(analysis.plan.personas.map((persona) => [persona.id, persona.name] as const).reverse()),
    phase: new Map(analysis.plan.phases.map((phase) => [phase.id, phase.name] as const).reverse()),
  };
  const hints: InlayHint[] = [];
  for (const occurrence of occurrences(analysis, span)) {
    if (occurrence.isDefinition || occurrence.span.end < span.start || occurrence.span.start > span.end) continue;
    const name = names[occurrence.kind].get(occurrence.id);
    if (!name || sameWords(name, occurrence.id)) continue;
    hints.push({ offset: occurrence.span.end, label: name, kind: occurrence.kind });
  }
  return hints;
}

/** `awareness` and "Awareness", `usage` and "Usage": a hint would only repeat the id. */
function sameWords(name: string, id: string): boolean {
  const words = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  return words(name) === words(id);
}

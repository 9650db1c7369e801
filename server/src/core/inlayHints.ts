// Inlay hints: after a persona or phase id that a piece or a rule refers to, the name a
// marketer knows it by (`phase: consideration` ▸ Overweging), in the analysis' language.
import type { Analysis } from './analyze';
import type { Span } from './lineIndex';
import { findPersona, findPhase, occurrences } from './symbols';

export interface InlayHint {
  /** Where the hint stands: just after the id. */
  offset: number;
  label: string;
  kind: 'persona' | 'phase';
}

/** The hints for the references inside `span` (the editor asks for what is in view). */
export function inlayHints(analysis: Analysis, span: Span): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const occurrence of occurrences(analysis)) {
    if (occurrence.isDefinition || occurrence.span.end < span.start || occurrence.span.start > span.end) continue;
    const name = occurrence.kind === 'persona' ? findPersona(analysis, occurrence.id)?.name : findPhase(analysis, occurrence.id)?.name;
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

// What is at a position: a persona or phase (where it is defined or referenced), or the model.
// Hover, go to definition, references, highlights and rename all start here.
import type { Analysis } from './analyze';
import { WILDCARD } from './fields';
import type { Span } from './lineIndex';
import type { Persona, Phase, Piece } from './plan';

export type SymbolKind = 'persona' | 'phase';

export interface SymbolOccurrence {
  kind: SymbolKind;
  id: string;
  span: Span;
  /** True where the id is defined (in `personas:` or `phases:`), false where it is referenced. */
  isDefinition: boolean;
  /** For a reference inside a piece: that piece's index. */
  pieceIndex?: number;
}

/**
 * Every place a persona or phase id is written, definitions first, in text order. With `within`,
 * of the pieces only those that overlap it (others may still be outside it): the editor asks
 * about a screenful or a cursor, and a 10,000-piece plan need not be listed for that.
 */
export function occurrences(analysis: Analysis, within?: Span): SymbolOccurrence[] {
  const { plan } = analysis;
  const found: SymbolOccurrence[] = [];
  // A persona or phase a base defines is defined in that file (`origin`), not here.
  for (const persona of plan.personas) if (!persona.origin) found.push({ kind: 'persona', id: persona.id, span: persona.idSpan, isDefinition: true });
  for (const phase of plan.phases) if (phase.idSpan && !phase.origin) found.push({ kind: 'phase', id: phase.id, span: phase.idSpan, isDefinition: true });
  for (let i = within ? firstPieceEndingFrom(plan.pieces, within.start) : 0; i < plan.pieces.length; i++) {
    const piece = plan.pieces[i];
    if (within && piece.span.start > within.end) break;
    for (const ref of piece.personas) if (ref.value !== WILDCARD) found.push({ kind: 'persona', id: ref.value, span: ref.span, isDefinition: false, pieceIndex: piece.index });
    for (const ref of piece.phases) if (ref.value !== WILDCARD) found.push({ kind: 'phase', id: ref.value, span: ref.span, isDefinition: false, pieceIndex: piece.index });
  }
  for (const rule of plan.rules.ignore) {
    if (rule.fromBase) continue;
    if (rule.persona && rule.persona.value !== WILDCARD) found.push({ kind: 'persona', id: rule.persona.value, span: rule.persona.span, isDefinition: false });
    if (rule.phase && rule.phase.value !== WILDCARD) found.push({ kind: 'phase', id: rule.phase.value, span: rule.phase.span, isDefinition: false });
  }
  // The journey map and the actions name cells as pieces do: rename and references reach them too.
  for (const named of [...plan.map, ...plan.actions]) {
    for (const ref of named.personas) if (ref.value !== WILDCARD) found.push({ kind: 'persona', id: ref.value, span: ref.span, isDefinition: false });
    for (const ref of named.phases) if (ref.value !== WILDCARD) found.push({ kind: 'phase', id: ref.value, span: ref.span, isDefinition: false });
  }
  return found;
}

/** The persona or phase id at an offset (the cursor may sit just after it). */
export function symbolAt(analysis: Analysis, offset: number): SymbolOccurrence | undefined {
  return occurrences(analysis, { start: offset, end: offset }).find((occurrence) => occurrence.span.start <= offset && offset <= occurrence.span.end);
}

/** The first piece whose span ends at or after `offset`; pieces are in text order. */
function firstPieceEndingFrom(pieces: readonly Piece[], offset: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].span.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function occurrencesOf(analysis: Analysis, kind: SymbolKind, id: string): SymbolOccurrence[] {
  return occurrences(analysis).filter((occurrence) => occurrence.kind === kind && occurrence.id === id);
}

export function findPersona(analysis: Analysis, id: string): Persona | undefined {
  return analysis.plan.personas.find((persona) => persona.id === id);
}

export function findPhase(analysis: Analysis, id: string): Phase | undefined {
  return analysis.plan.phases.find((phase) => phase.id === id);
}

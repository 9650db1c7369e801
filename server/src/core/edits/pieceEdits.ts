// The edits the preview makes to one content piece: move it to another cell (its persona and/or
// phase) and set its status. Each replaces only the one value it must (keeping its quotes and
// everything around it) or, for a status the piece does not have yet, adds one key in the piece's
// own style. An edit asked for a piece the text no longer has as the preview drew it is refused.
import type { Analysis } from '../analyze';
import { PIECE_STATUSES, type FieldSpans, type Piece, type Reference } from '../plan';
import { pieceFields } from '../pieceFields';
import { findPersona, findPhase } from '../symbols';
import { WILDCARD } from '../fields';
import { afterLastEntry, flowSeparator } from './appendToList';
import { innerSpan, yamlScalar, type TextEdit } from './textEdit';

/** A piece as the preview drew it: its first line (1-based) and its title ('' without one). */
export interface DrawnPiece {
  line: number;
  title: string;
}

export interface CellRef {
  persona: string;
  phase: string;
}

/**
 * Why an edit was not made: the piece is not (or no longer) where the preview drew it; the target
 * is the cell it came from, or the status it has; the target is in the piece already; the value is
 * `*` (every persona or phase), or not a plain value written in the piece (an alias, a merge);
 * the target persona, phase or status does not exist; the plan has a YAML syntax error (half
 * typed): its pieces may not be what the text will say, so nothing is written into it.
 */
export const PIECE_EDIT_REFUSALS = ['unreadable', 'changed', 'same-cell', 'same-status', 'already-there', 'wildcard', 'not-plain', 'unknown-target'] as const;
export type PieceEditRefusal = (typeof PIECE_EDIT_REFUSALS)[number];

export type PieceEditOutcome = { edits: TextEdit[] } | { refused: PieceEditRefusal };

/** A YAML syntax error: the preview shows the last readable plan, not this text. */
function isUnreadable(analysis: Analysis): boolean {
  return analysis.diagnostics.some((diagnostic) => diagnostic.code === 'yaml-syntax' && diagnostic.severity === 'error');
}

/** The piece that starts on the drawn line with the drawn title; undefined once the text moved or changed it. */
export function drawnPiece(analysis: Analysis, drawn: DrawnPiece): Piece | undefined {
  const { lines, plan } = analysis;
  const piece = plan.pieces.find((p) => lines.position(p.span.start).line + 1 === drawn.line);
  return piece && (piece.title ?? '') === drawn.title ? piece : undefined;
}

/**
 * Moves the piece from one of its cells to another: the persona that names `from.persona` is
 * replaced by `to.persona` (when they differ), and likewise the phase. A piece in several cells
 * leaves only the one it was dragged from.
 */
export function movePieceEdit(analysis: Analysis, drawn: DrawnPiece, from: CellRef, to: CellRef): PieceEditOutcome {
  if (isUnreadable(analysis)) return { refused: 'unreadable' };
  const piece = drawnPiece(analysis, drawn);
  if (!piece) return { refused: 'changed' };
  if (from.persona === to.persona && from.phase === to.phase) return { refused: 'same-cell' };
  if (!findPersona(analysis, to.persona) || !findPhase(analysis, to.phase)) return { refused: 'unknown-target' };
  const edits: TextEdit[] = [];
  for (const [refs, old, next] of [[piece.personas, from.persona, to.persona], [piece.phases, from.phase, to.phase]] as const) {
    if (old === next) continue;
    const replaced = replaceReference(analysis.text, piece, refs, old, next);
    if ('refused' in replaced) return replaced;
    edits.push(replaced.edit);
  }
  return { edits };
}

function replaceReference(text: string, piece: Piece, refs: readonly Reference[], old: string, next: string): { edit: TextEdit } | { refused: PieceEditRefusal } {
  const ref = refs.find((r) => r.value === old);
  if (!ref) return { refused: refs.some((r) => r.value === WILDCARD) ? 'wildcard' : 'changed' };
  if (refs.some((r) => r.value === next)) return { refused: 'already-there' };
  const span = plainValue(text, piece, ref.span, ref.value);
  if (!span) return { refused: 'not-plain' };
  // Inside the user's quotes when the id needs no escaping there; else the whole value, quoted as it must be.
  if (span.quoted && !/["'\\]/.test(next)) return { edit: { span: span.inner, newText: next } };
  return { edit: { span: span.quoted ? ref.span : span.inner, newText: yamlScalar(next) } };
}

/** Sets the piece's `status:` value, or adds `status:` to a piece that has none. */
export function setStatusEdit(analysis: Analysis, drawn: DrawnPiece, status: string): PieceEditOutcome {
  if (isUnreadable(analysis)) return { refused: 'unreadable' };
  if (!(PIECE_STATUSES as readonly string[]).includes(status)) return { refused: 'unknown-target' };
  const piece = drawnPiece(analysis, drawn);
  if (!piece) return { refused: 'changed' };
  if (piece.status === status) return { refused: 'same-status' };
  const fields = pieceFields(analysis.text, piece);
  const edit = statusEdit(analysis, piece, fields, status, [fields.get('phase'), fields.get('persona')]);
  return edit ? { edits: [edit] } : { refused: 'not-plain' };
}

/**
 * The status replaced where the piece writes it; else a `status:` key added: in a flow mapping
 * before its `}`, in a block mapping on a line of its own after the first of `after` (then the
 * piece's first key) whose value ends on its line. Undefined when neither is safe.
 */
export function statusEdit(analysis: Analysis, piece: Piece, fields: Map<string, FieldSpans>, status: string, after: (FieldSpans | undefined)[]): TextEdit | undefined {
  const { text, lines } = analysis;
  const written = fields.get('status');
  const span = plainValue(text, piece, written?.value, piece.status);
  if (span) return { span: span.inner, newText: status };
  // A `status:` key of the piece's own whose value is not plain (an alias, a list) is left alone.
  if (written) {
    const key = innerSpan(text, written.key);
    if (text.slice(key.start, key.end) === 'status') return undefined;
  }
  // Not written, or merged in with `<<`: a key of the piece's own overrides it.
  if (text.charAt(piece.span.start) === '{') {
    const close = text.lastIndexOf('}', piece.span.end - 1);
    if (close <= piece.span.start) return undefined;
    const at = afterLastEntry(text, close);
    return { span: { start: at, end: at }, newText: `${flowSeparator(text, at, ' ')}status: ${status}` };
  }
  for (const field of [...after, fields.values().next().value]) {
    if (!field) continue;
    const line = lines.position(field.key.start).line;
    const before = text.slice(lines.lineStart(line), field.key.start);
    const end = lines.lineEnd(line);
    if (!/^ *(- +)?$/.test(before) || field.value.end > end) continue;
    return { span: { start: end, end }, newText: `${lines.eol}${' '.repeat(before.length)}status: ${status}` };
  }
  return undefined;
}

/**
 * Where a scalar value is written as it is, in the piece (inside its quotes, if any); undefined
 * for a value from an alias or a merge, whose text is elsewhere or is not the value.
 */
export function plainValue(text: string, piece: Piece, span: { start: number; end: number } | undefined, value: string | undefined): { inner: { start: number; end: number }; quoted: boolean } | undefined {
  if (!span || value === undefined || span.start < piece.span.start || span.end > piece.span.end) return undefined;
  const inner = innerSpan(text, span);
  return text.slice(inner.start, inner.end) === value ? { inner, quoted: inner.start !== span.start } : undefined;
}

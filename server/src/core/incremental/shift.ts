// Moving what was read from an item to where the item sits now: an edit before an item moves
// it by the edit's length change. Spans are moved in place — copying the pieces after every
// edit would allocate megabytes per keystroke on a large plan — so an analysis is superseded
// by the next update of the same analyzer (the language server keeps only the latest one).
import type { Span } from '../lineIndex';
import type { ItemPart } from './parts';

/**
 * Moves every span of the item by delta, each span object once: reading shares span objects
 * (a field's value and what was read from it, a finding on a key and that key, merged keys).
 * `seen` is a scratch set, passed in so a large update allocates one.
 */
export function shiftItemInPlace(item: ItemPart, delta: number, seen: Set<Span>): void {
  if (delta === 0) return;
  seen.clear();
  const move = (span: Span): void => {
    if (seen.has(span)) return;
    seen.add(span);
    span.start += delta;
    span.end += delta;
  };
  item.start += delta;
  item.end += delta;
  item.listStart += delta;
  item.listEnd += delta;
  const piece = item.piece;
  if (piece) {
    move(piece.span);
    if (piece.titleSpan) move(piece.titleSpan);
    if (piece.dateSpan) move(piece.dateSpan);
    if (piece.id) move(piece.id.span);
    for (const ref of piece.personas) move(ref.span);
    for (const ref of piece.phases) move(ref.span);
  }
  for (const finding of item.findings) move(finding.span);
  for (const finding of item.references?.findings ?? []) move(finding.span);
}

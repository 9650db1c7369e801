// The matrix as its views draw it — the preview webview and the HTML export read the same rules
// here: the status classes, the stage groups over the phases, a row's or column's counts, and
// what a cell says about itself (gap, not expected, how many pieces).
import type { IgnoredBy } from '../matrix';
import type { Stage } from '../phaseModels';
import type { ViewLabels } from './labels';

/** Pieces a cell lists before "N more" in the preview. */
export const FIRST_PIECES = 5;
/** Plans with more pieces than this open the preview in compact mode (counts per cell). */
export const COMPACT_FROM_PIECES = 500;

/** Statuses in the order a piece moves through them; the legend and badge colours follow it. */
export const STATUSES = ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired'] as const;

/** A class name for a known status; unknown text never reaches a class attribute. */
export function statusClass(status: string | null): string {
  return status !== null && (STATUSES as readonly string[]).includes(status) ? `status-${status}` : 'status-none';
}

/** Where a status sorts: known ones in journey order, any other after them. */
export function statusRank(status: string): number {
  const rank = (STATUSES as readonly string[]).indexOf(status);
  return rank < 0 ? STATUSES.length : rank;
}

/** Consecutive phases of one stage, as column groups. */
export function stageGroups(phases: readonly { stage: Stage }[]): { stage: Stage; span: number }[] {
  const groups: { stage: Stage; span: number }[] = [];
  for (const phase of phases) {
    const last = groups[groups.length - 1];
    if (last && last.stage === phase.stage) last.span++;
    else groups.push({ stage: phase.stage, span: 1 });
  }
  return groups;
}

export interface CellState {
  gap: boolean;
  ignored: boolean;
  ignoredBy?: IgnoredBy | null;
  count: number;
}

interface CountedPiece {
  status: string | null;
  line: number;
}

/** "4 pieces · 4/6 filled" of a row's or column's cells: pieces once each (by line), retired ones left out. */
export function countLine<C extends CellState>(cells: readonly C[], contentOf: (cell: C) => readonly CountedPiece[], labels: ViewLabels): string {
  const lines = new Set<number>();
  for (const cell of cells) {
    for (const piece of contentOf(cell)) {
      const line = countedLine(piece);
      if (line !== null) lines.add(line);
    }
  }
  return countText(lines.size, cells, labels);
}

/** What a piece counts as in `countLine`: its line (listed in two cells, it counts once), or null when retired (not counted). */
export function countedLine(piece: CountedPiece): number | null {
  return piece.status === 'retired' ? null : piece.line;
}

/** `countLine`'s text, given how many pieces count. */
export function countText(pieces: number, cells: readonly CellState[], labels: ViewLabels): string {
  let expected = 0;
  let filled = 0;
  for (const cell of cells) {
    if (cell.ignored) continue;
    expected++;
    if (!cell.gap) filled++;
  }
  return `${labels.pieces(pieces)} · ${labels.filled(filled, expected)}`;
}

/** The class of a cell: what it is to the plan. */
export function cellKind(cell: CellState): 'gap' | 'ignored' | 'filled' {
  return cell.gap ? 'gap' : cell.ignored ? 'ignored' : 'filled';
}

/** The note a gap or an ignored cell shows at its top, or null. */
export function cellNote(cell: CellState, min: number, labels: ViewLabels): { className: string; text: string } | null {
  if (cell.ignored) return { className: 'note', text: cell.ignoredBy === 'stage' ? labels.notInJourney : labels.notExpected };
  if (cell.gap) return { className: 'note gap-reason', text: labels.gapReason(cell.count, min) };
  return null;
}

/** How full a cell is against min-per-cell, 0 … 4, for the compact view's shading. */
export function fullness(cell: CellState, min: number): number {
  if (cell.ignored || cell.count === 0) return 0;
  const target = Math.max(min, 1);
  return Math.min(4, Math.ceil((4 * cell.count) / (2 * target)));
}

/** The share of expected cells filled, in whole percent (an empty plan is complete). */
export function coveragePercent(coverage: { filled: number; expected: number }): number {
  return coverage.expected > 0 ? Math.round((coverage.filled / coverage.expected) * 100) : 100;
}

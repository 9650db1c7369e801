// `journey/matrix` answers for one document, each numbered (`resultId`), and a delta on an
// earlier one when the asker has it. What changed comes from the analysis: an incremental
// update that kept the plan's frame says which pieces it replaced and which cells changed
// (`Analysis.changes`), so the answer to a keystroke costs what the keystroke changed; on an
// earlier answer than the last, pieces the same (===) as then, on lines moved alike, are not
// sent again (the incremental analysis keeps the Piece object of every item an edit did not
// touch). After a full analysis every piece is new, and the answer is whole.
import { renumbered, type MatrixDelta, type MatrixFull, type MatrixHead, type MatrixResult, type ViewCell, type ViewPiece } from '../protocol/matrixView';
import type { Analysis, PieceChanges } from './analyze';
import type { Cell, Matrix } from './matrix';
import { cellKpiActuals, pieceLines, toMatrixCellMap, toMatrixHead, toMatrixPiece, toMatrixSummary } from './matrixModel';
import type { Piece } from './plan';

/** What an answer was made from, kept to compare the next analysis with. */
interface Sent {
  resultId: string;
  /** Persona and phase ids: a delta keeps them. */
  layout: string;
  /** The analysis' matrix, only to know which analysis the answer was made from (`PieceChanges.since`). */
  matrix: Matrix;
  pieces: Piece[];
  lines: number[];
  /** As sent (the incremental analysis updates a matrix's cells in place). */
  cells: ViewCell[];
}

/** Answers kept per document: two previews of one plan each get their deltas. */
const KEPT = 2;

/** Numbers answers across documents, so that no two answers in one server share a resultId. */
let answered = 0;

export class MatrixResults {
  private readonly sent: Sent[] = [];

  /** The answer for `analysis`: a delta on `previousResultId` when that answer is kept and the delta is the smaller one. */
  answer(analysis: Analysis, previousResultId?: string): MatrixResult {
    const head: MatrixHead = { ...toMatrixHead(analysis), ...toMatrixSummary(analysis), today: analysis.today ?? null };
    const layout = JSON.stringify([head.personas.map((p) => p.id), head.phases.map((p) => p.id)]);
    const last = this.sent[0]?.layout === layout ? this.sent[0] : undefined;
    const changes = last && analysis.changes?.since === last.matrix ? analysis.changes : undefined;
    const now = changes ? following(last!, analysis, changes) : compared(analysis, layout, last);
    const before = this.sent.find((sent) => sent.resultId === previousResultId);
    this.sent.unshift(now);
    this.sent.length = Math.min(this.sent.length, KEPT);
    const answer = changes && before === last ? changed(last!, now, head, changes) : before && delta(before, now, head);
    return answer || full(now, head);
  }
}

/** The answer's record, made afresh from the analysis; a cell of the same Piece objects as in the last answer keeps its kpi sums. */
function compared(analysis: Analysis, layout: string, last: Sent | undefined): Sent {
  return {
    resultId: String(++answered),
    layout,
    matrix: analysis.matrix,
    pieces: analysis.plan.pieces.slice(),
    lines: pieceLines(analysis),
    cells: analysis.matrix.cells.map((cell, k) => {
      const old = last?.cells[k];
      return viewCell(cell, old && sameObjects(cell.pieces, last.pieces, old.pieces) ? old.kpi : cellKpiActuals(cell));
    }),
  };
}

/** The last answer's record with the analysis' changes applied: only the replaced pieces and the changed cells are looked at. */
function following(last: Sent, analysis: Analysis, changes: PieceChanges): Sent {
  const { start, removed, added, lineShift } = changes;
  const end = start + removed;
  const moved = added - removed;
  const lines = last.lines.slice(0, start);
  let line = start > 0 ? lines[start - 1] - 1 : 0;
  for (let i = start; i < start + added; i++) lines.push((line = analysis.lines.lineOf(analysis.plan.pieces[i].span.start, line)) + 1);
  for (let i = end; i < last.lines.length; i++) lines.push(last.lines[i] + lineShift);
  const cells = last.cells.map((cell) => renumbered(cell, end, moved));
  for (const k of changes.cells) {
    const cell = analysis.matrix.cells[k];
    cells[k] = viewCell(cell, cellKpiActuals(cell));
  }
  return { resultId: String(++answered), layout: last.layout, matrix: analysis.matrix, pieces: analysis.plan.pieces.slice(), lines, cells };
}

function viewCell(cell: Cell, kpi: Record<string, number>): ViewCell {
  return {
    gap: cell.gap,
    ignored: cell.ignored,
    count: cell.count,
    pieces: cell.pieces.map((piece) => piece.index),
    ignoredBy: cell.ignoredBy ?? null,
    map: toMatrixCellMap(cell.map),
    kpi,
  };
}

/** Are `pieces` the objects `earlier[indexes[i]]`, in order? */
function sameObjects(pieces: readonly Piece[], earlier: readonly Piece[], indexes: readonly number[]): boolean {
  if (pieces.length !== indexes.length) return false;
  for (let i = 0; i < pieces.length; i++) if (pieces[i] !== earlier[indexes[i]]) return false;
  return true;
}

/** Cells without a map or kpis share one object each: most comparisons end at `===`. */
function sameJson(a: object, b: object): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function full(now: Sent, head: MatrixHead): MatrixFull {
  return {
    kind: 'full',
    resultId: now.resultId,
    ...head,
    pieces: now.pieces.map((piece, i) => toMatrixPiece(piece, now.lines[i])),
    cells: now.cells,
  };
}

/** The delta on the last answer the analysis' changes describe. */
function changed(last: Sent, now: Sent, head: MatrixHead, changes: PieceChanges): MatrixDelta | undefined {
  const end = changes.start + changes.removed;
  const cells = changedCells(last, now, end, changes.added - changes.removed, changes.cells);
  // The shift of the pieces after the splice; with none after it, none (as comparing the pieces finds).
  return shaped(last, now, head, changes.start, changes.removed, changes.added, end < last.pieces.length ? changes.lineShift : 0, cells);
}

/** The change from `before` to `now`, found by comparing their pieces, or undefined when it is no smaller than a whole answer. */
function delta(before: Sent, now: Sent, head: MatrixHead): MatrixDelta | undefined {
  if (before.layout !== now.layout) return undefined;
  const oldPieces = before.pieces;
  const newPieces = now.pieces;
  const most = Math.min(oldPieces.length, newPieces.length);
  let start = 0;
  while (start < most && oldPieces[start] === newPieces[start] && before.lines[start] === now.lines[start]) start++;
  // Pieces after the edit: the same objects, all moved by the same number of lines.
  let back = 0;
  let lineShift = 0;
  while (back < most - start) {
    const o = oldPieces.length - 1 - back;
    const n = newPieces.length - 1 - back;
    if (oldPieces[o] !== newPieces[n]) break;
    const shift = now.lines[n] - before.lines[o];
    if (back > 0 && shift !== lineShift) break;
    lineShift = shift;
    back++;
  }
  const end = oldPieces.length - back;
  const added = newPieces.length - back - start;
  const cells = changedCells(before, now, end, added - (end - start), now.cells.keys());
  return shaped(before, now, head, start, end - start, added, lineShift, cells);
}

/**
 * Of the `candidates`, the cells to send: all but those the receiver's renumbering of their old
 * indexes (`renumbered`, by `moved` from `end` on) gives as they are now.
 */
function changedCells(before: Sent, now: Sent, end: number, moved: number, candidates: Iterable<number>): [number, ViewCell][] {
  const cells: [number, ViewCell][] = [];
  for (const k of candidates) {
    const cell = now.cells[k];
    const old = renumbered(before.cells[k], end, moved);
    const same = old.gap === cell.gap && old.ignored === cell.ignored && old.count === cell.count && old.pieces.length === cell.pieces.length &&
      cell.pieces.every((i, j) => i === old.pieces[j]) &&
      old.ignoredBy === cell.ignoredBy && sameJson(old.map, cell.map) && sameJson(old.kpi, cell.kpi);
    if (!same) cells.push([k, cell]);
  }
  return cells;
}

/** The delta replacing pieces [start, start + deleteCount) by `added` of `now`'s, or undefined when it is no smaller than a whole answer. */
function shaped(before: Sent, now: Sent, head: MatrixHead, start: number, deleteCount: number, added: number, lineShift: number, cells: [number, ViewCell][]): MatrixDelta | undefined {
  // Most of the plan changed (a full analysis made every piece anew): the whole answer is no larger.
  if (2 * (added + cells.length) > now.pieces.length + now.cells.length) return undefined;
  const pieces: ViewPiece[] = [];
  for (let i = start; i < start + added; i++) pieces.push(toMatrixPiece(now.pieces[i], now.lines[i]));
  return {
    kind: 'delta',
    resultId: now.resultId,
    previousResultId: before.resultId,
    ...head,
    splice: { start, deleteCount, pieces },
    lineShift,
    cells,
  };
}

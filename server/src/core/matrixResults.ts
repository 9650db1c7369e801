// `journey/matrix` answers for one document, each numbered (`resultId`), and a delta on an
// earlier one when the asker has it. What changed is read from the analysis itself: the
// incremental analysis keeps the Piece object of every item an edit did not touch, so pieces
// the same (===) as in the earlier answer, on lines moved alike, need not be sent again. After
// a full analysis every piece is new, and the answer is whole.
import type { MatrixDelta, MatrixFull, MatrixHead, MatrixResult, ViewCell, ViewPiece } from '../protocol/matrixView';
import type { Analysis } from './analyze';
import { cellKpiActuals, pieceLines, toMatrixCellMap, toMatrixHead, toMatrixPiece, toMatrixSummary } from './matrixModel';
import type { Piece } from './plan';

/** What an answer was made from, kept to compare the next analysis with. */
interface Sent {
  resultId: string;
  /** Persona and phase ids: a delta keeps them. */
  layout: string;
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
    const lines = pieceLines(analysis);
    const head: MatrixHead = { ...toMatrixHead(analysis), ...toMatrixSummary(analysis), today: analysis.today ?? null };
    const layout = JSON.stringify([head.personas.map((p) => p.id), head.phases.map((p) => p.id)]);
    // A cell of the same Piece objects as in the last answer has the same kpi sums (a piece an
    // edit touched is a new object): a keystroke sums one or two cells, not all 10,000 pieces.
    const last = this.sent[0]?.layout === layout ? this.sent[0] : undefined;
    const now: Sent = {
      resultId: String(++answered),
      layout,
      pieces: analysis.plan.pieces.slice(),
      lines,
      cells: analysis.matrix.cells.map((cell, k) => {
        const old = last?.cells[k];
        return {
          gap: cell.gap,
          ignored: cell.ignored,
          count: cell.count,
          pieces: cell.pieces.map((piece) => piece.index),
          ignoredBy: cell.ignoredBy ?? null,
          map: toMatrixCellMap(cell.map),
          kpi: old && sameObjects(cell.pieces, last.pieces, old.pieces) ? old.kpi : cellKpiActuals(cell),
        };
      }),
    };
    const before = this.sent.find((sent) => sent.resultId === previousResultId);
    this.sent.unshift(now);
    this.sent.length = Math.min(this.sent.length, KEPT);
    return (before && delta(before, now, head)) || full(now, head);
  }
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

/** The change from `before` to `now`, or undefined when it is no smaller than a whole answer. */
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
  const insertEnd = newPieces.length - back;
  const inserted: ViewPiece[] = [];
  for (let i = start; i < insertEnd; i++) inserted.push(toMatrixPiece(newPieces[i], now.lines[i]));
  // A cell is sent unless the receiver's renumbering (applyMatrixResult) of its old indexes gives its new ones.
  const end = oldPieces.length - back;
  const moved = insertEnd - end;
  const cells: [number, ViewCell][] = [];
  now.cells.forEach((cell, k) => {
    const old = before.cells[k];
    const same = old.gap === cell.gap && old.ignored === cell.ignored && old.count === cell.count && old.pieces.length === cell.pieces.length &&
      cell.pieces.every((i, j) => i === (old.pieces[j] >= end ? old.pieces[j] + moved : old.pieces[j])) &&
      old.ignoredBy === cell.ignoredBy && sameJson(old.map, cell.map) && sameJson(old.kpi, cell.kpi);
    if (!same) cells.push([k, cell]);
  });
  // Most of the plan changed (a full analysis made every piece anew): the whole answer is no larger.
  if (2 * (inserted.length + cells.length) > newPieces.length + now.cells.length) return undefined;
  return {
    kind: 'delta',
    resultId: now.resultId,
    previousResultId: before.resultId,
    ...head,
    splice: { start, deleteCount: end - start, pieces: inserted },
    lineShift,
    cells,
  };
}

// `journey/matrix` on the wire: the matrix normalized (each piece once, in plan order; cells
// refer to pieces by their index), versioned (`resultId`) and incremental (a delta on an
// earlier result). The extension host and the webview apply a delta with the same function,
// `applyMatrixResult`; a delta that does not fit the state at hand yields null, and the one
// holding that state asks for a whole matrix again.
import type { IgnoredBy } from '../core/matrix';
import type { MatrixCellMap, MatrixModel, MatrixPiece } from '../core/matrixModel';

export type ViewPiece = MatrixPiece;

export interface ViewCell {
  gap: boolean;
  ignored: boolean;
  /** Pieces that fill the cell (retired ones do not). */
  count: number;
  /** Indexes into `pieces`: every piece naming the cell, retired ones included. */
  pieces: number[];
  /** Why the cell is not expected (an ignore rule, or outside the persona's stage); null when expected. */
  ignoredBy: IgnoredBy | null;
  /** What the journey map says about the cell. */
  map: MatrixCellMap;
  /** The summed kpis of the pieces filling the cell. */
  kpi: Record<string, number>;
}

/** What a matrix has besides its pieces and cells. */
export interface MatrixHead extends Pick<MatrixModel, 'title' | 'model' | 'minPerCell' | 'phases' | 'personas' | 'actions' | 'coverage' | 'syntaxErrors'> {
  /** The server's today (`YYYY-MM-DD`), which the analysis ran with: the calendar view's overdue pieces and agenda; null without one. */
  today: string | null;
}

/** A whole matrix. Cells are persona-major: cell k is persona ⌊k / phases⌋ × phase k mod phases. */
export interface MatrixView extends MatrixHead {
  resultId: string;
  pieces: ViewPiece[];
  cells: ViewCell[];
}

export interface MatrixFull extends MatrixView {
  kind: 'full';
}

/**
 * The change since `previousResultId`: the pieces `start … start + deleteCount` are replaced by
 * `pieces`; those after them move `lineShift` lines (a piece index after the splice moves by
 * `pieces.length - deleteCount`); `cells` are the cells whose content changed otherwise, with
 * indexes of the new piece list. Personas and phases keep their ids (else the answer is whole).
 */
export interface MatrixDelta extends MatrixHead {
  kind: 'delta';
  resultId: string;
  previousResultId: string;
  splice: { start: number; deleteCount: number; pieces: ViewPiece[] };
  lineShift: number;
  cells: [index: number, cell: ViewCell][];
}

export type MatrixResult = MatrixFull | MatrixDelta;

/** The matrix after `result`, or null when it is a delta on another state than `current`. */
export function applyMatrixResult(current: MatrixView | null, result: MatrixResult): MatrixView | null {
  if (result.kind === 'full') {
    const { kind: _kind, ...view } = result;
    return view;
  }
  if (!current || current.resultId !== result.previousResultId) return null;
  if (result.personas.length * result.phases.length !== current.cells.length) return null;
  if (result.cells.some(([k]) => !Number.isInteger(k) || k < 0 || k >= current.cells.length)) return null;
  const { start, deleteCount, pieces: inserted } = result.splice;
  if (start + deleteCount > current.pieces.length) return null;
  const end = start + deleteCount;
  const moved = inserted.length - deleteCount;
  const after = current.pieces.slice(end);
  const pieces = [
    ...current.pieces.slice(0, start),
    ...inserted,
    ...(result.lineShift === 0 ? after : after.map((piece) => ({ ...piece, line: piece.line + result.lineShift }))),
  ];
  const sent = new Map(result.cells);
  const cells = current.cells.map((cell, k) => {
    const replaced = sent.get(k);
    if (replaced) return replaced;
    // A cell not sent refers to pieces before or after the splice only.
    return renumbered(cell, end, moved);
  });
  if (cells.some((cell) => cell.pieces.some((i) => i >= pieces.length))) return null;
  const { kind: _kind, previousResultId: _previous, splice: _splice, lineShift: _shift, cells: _cells, ...head } = result;
  return { ...head, pieces, cells };
}

/**
 * A cell not sent in a delta, with its piece indexes after the splice: those from `end` (the
 * splice's end in the old list) on move by `moved`. The same object when none moves.
 */
export function renumbered<C extends { pieces: number[] }>(cell: C, end: number, moved: number): C {
  return moved === 0 || !cell.pieces.some((i) => i >= end) ? cell : { ...cell, pieces: cell.pieces.map((i) => (i >= end ? i + moved : i)) };
}

/** The matrix as the documented model (`journey matrix --format json`, the exports): pieces inlined per cell. */
export function toModel(view: MatrixView): MatrixModel {
  const width = view.phases.length;
  return {
    title: view.title,
    model: view.model,
    minPerCell: view.minPerCell,
    phases: view.phases,
    personas: view.personas,
    actions: view.actions,
    cells: view.cells.map((cell, k) => ({
      persona: view.personas[Math.floor(k / width)].id,
      phase: view.phases[k % width].id,
      gap: cell.gap,
      ignored: cell.ignored,
      ignoredBy: cell.ignoredBy,
      count: cell.count,
      map: cell.map,
      kpi: cell.kpi,
      content: cell.pieces.map((i) => view.pieces[i]),
    })),
    coverage: view.coverage,
    syntaxErrors: view.syntaxErrors,
  };
}

/** The whole matrix without its pieces, under a resultId of its own (nothing is a delta on it); the cells still index them. */
export function withoutPieces(full: MatrixFull): MatrixFull {
  return { ...full, resultId: `${full.resultId}${WITHOUT_PIECES}`, pieces: [] };
}

/** Is this the resultId of a matrix sent without its pieces (`withoutPieces`)? */
export function isWithoutPieces(resultId: string): boolean {
  return resultId.endsWith(WITHOUT_PIECES);
}

const WITHOUT_PIECES = '/cells';

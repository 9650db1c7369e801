// The journey map as the views draw it, from the matrix model alone (what the preview receives
// and every export renders): the emotion curve per persona, the lessons-learned grid, and kpi
// target against actual per cell and per phase column. Pure, so the views stay thin. Cells are
// read by position (persona-major, as in the model), so the preview's own cells fit as well.
import { add } from './cellMap';
import type { MatrixAction, MatrixCellMap, MatrixPiece } from './matrixModel';
import type { ActionImpact, ActionTerm } from './plan';

/** What these functions read of a cell. */
export interface MapCell {
  ignored: boolean;
  map: MatrixCellMap;
  kpi: Record<string, number>;
}

/** What they read of the matrix: ids in order, and the cells persona-major. */
export interface MapMatrix<C extends MapCell = MapCell> {
  personas: readonly { id: string }[];
  phases: readonly { id: string }[];
  cells: readonly C[];
}

type KpiPiece = Pick<MatrixPiece, 'status' | 'kpi' | 'line'>;

export interface EmotionPoint {
  phase: string;
  /** -2 … 2, or null where the map gives no emotion (or the cell is not expected). */
  emotion: number | null;
  momentOfTruth: boolean;
  /** False outside the persona's stage or where an ignore rule says so: the curve skips it. */
  expected: boolean;
}

export interface EmotionSeries {
  persona: string;
  points: EmotionPoint[];
}

/** One series per persona, one point per phase in journey order. */
export function emotionSeries(model: MapMatrix): EmotionSeries[] {
  const width = model.phases.length;
  return model.personas.map((persona, row) => ({
    persona: persona.id,
    points: model.cells.slice(row * width, row * width + width).map((cell, column) => ({
      phase: model.phases[column].id,
      emotion: cell.ignored ? null : cell.map.emotion,
      momentOfTruth: cell.map.momentOfTruth,
      expected: !cell.ignored,
    })),
  }));
}

export interface CurvePoint {
  /** The phase's index in journey order. */
  column: number;
  emotion: number;
  momentOfTruth: boolean;
}

/**
 * The runs of a series a curve connects: consecutive phases with an emotion, each point as its
 * phase's column index and emotion. A phase without one (or not expected) breaks the line.
 */
export function curveRuns(points: readonly EmotionPoint[]): CurvePoint[][] {
  const runs: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  points.forEach((point, column) => {
    if (point.emotion === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ column, emotion: point.emotion, momentOfTruth: point.momentOfTruth });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether any cell of the model has an emotion: without one there is no curve to draw. */
export function hasEmotions(model: Pick<MapMatrix, 'cells'>): boolean {
  return model.cells.some((cell) => cell.map.emotion !== null);
}

export type Quadrant = `${ActionTerm}-${ActionImpact}`;
/** Reading order of the grid: high impact on top, short term on the left (the quick wins first). */
export const QUADRANTS: readonly Quadrant[] = ['short-high', 'long-high', 'short-low', 'long-low'];

/** The actions per quadrant, in file order. An action without a valid term or impact is in none. */
export function actionsByQuadrant(actions: readonly MatrixAction[]): Record<Quadrant, MatrixAction[]> {
  const grid = Object.fromEntries(QUADRANTS.map((quadrant) => [quadrant, [] as MatrixAction[]])) as Record<Quadrant, MatrixAction[]>;
  for (const action of actions) if (action.term && action.impact) grid[`${action.term}-${action.impact}`].push(action);
  return grid;
}

export interface KpiRow {
  metric: string;
  /** Null where no target is set. */
  target: number | null;
  actual: number;
}

/** A cell's metrics, targets first (in their order), then metrics reported without a target. */
export function cellKpis(cell: Pick<MapCell, 'map' | 'kpi'>): KpiRow[] {
  const metrics = [...new Set([...Object.keys(cell.map.kpiTarget), ...Object.keys(cell.kpi)])];
  return metrics.map((metric) => ({ metric, target: cell.map.kpiTarget[metric] ?? null, actual: cell.kpi[metric] ?? 0 }));
}

/**
 * Per phase column: the targets of its expected cells summed, against the kpis of the pieces
 * filling them, each piece once (a piece for two personas does not count double).
 */
export function phaseKpis<C extends MapCell>(model: MapMatrix<C>, contentOf: (cell: C) => readonly KpiPiece[]): { phase: string; kpis: KpiRow[] }[] {
  const width = model.phases.length;
  return model.phases.map((phase, column) => {
    const cells: C[] = [];
    for (let k = column; k < model.cells.length; k += width) cells.push(model.cells[k]);
    return { phase: phase.id, kpis: columnKpis(cells, contentOf) };
  });
}

/** One phase column's kpis (`phaseKpis`), from its cells. */
export function columnKpis<C extends MapCell>(cells: readonly C[], contentOf: (cell: C) => readonly KpiPiece[]): KpiRow[] {
  const targets: Record<string, number> = {};
  const actuals: Record<string, number> = {};
  const counted = new Set<number>();
  for (const cell of cells) {
    if (cell.ignored) continue;
    for (const [metric, target] of Object.entries(cell.map.kpiTarget)) targets[metric] = add(targets[metric] ?? 0, target);
    for (const piece of contentOf(cell)) {
      if (!addsKpis(piece) || counted.has(piece.line)) continue;
      counted.add(piece.line);
      for (const [metric, value] of Object.entries(piece.kpi!)) actuals[metric] = add(actuals[metric] ?? 0, value);
    }
  }
  const metrics = [...new Set([...Object.keys(targets), ...Object.keys(actuals)])];
  return metrics.map((metric) => ({ metric, target: targets[metric] ?? null, actual: actuals[metric] ?? 0 }));
}

/** Whether a piece's kpis count in its column's actuals: it has some, and is not retired. */
export function addsKpis(piece: KpiPiece): boolean {
  return piece.status !== 'retired' && !!piece.kpi;
}

/** Mermaid's journey score (1 sad … 5 happy) for an emotion (-2 … 2). */
export function emotionScore(emotion: number): number {
  return emotion + 3;
}

// The journey map as the views draw it, from the matrix model alone (what the preview receives
// and every export renders): the emotion curve per persona, the lessons-learned grid, and kpi
// target against actual per cell and per phase column. Pure, so the views stay thin.
import { add } from './cellMap';
import type { MatrixAction, MatrixCell, MatrixModel } from './matrixModel';
import type { ActionImpact, ActionTerm } from './plan';

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
export function emotionSeries(model: MatrixModel): EmotionSeries[] {
  const width = model.phases.length;
  return model.personas.map((persona, row) => ({
    persona: persona.id,
    points: model.cells.slice(row * width, row * width + width).map((cell) => ({
      phase: cell.phase,
      emotion: cell.ignored ? null : cell.map.emotion,
      momentOfTruth: cell.map.momentOfTruth,
      expected: !cell.ignored,
    })),
  }));
}

/** Whether any cell of the model has an emotion: without one there is no curve to draw. */
export function hasEmotions(model: MatrixModel): boolean {
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
export function cellKpis(cell: MatrixCell): KpiRow[] {
  const metrics = [...new Set([...Object.keys(cell.map.kpiTarget), ...Object.keys(cell.kpi)])];
  return metrics.map((metric) => ({ metric, target: cell.map.kpiTarget[metric] ?? null, actual: cell.kpi[metric] ?? 0 }));
}

/** Per phase column: the targets and actuals of its expected cells, summed per metric. */
export function phaseKpis(model: MatrixModel): { phase: string; kpis: KpiRow[] }[] {
  return model.phases.map((phase) => {
    const rows = new Map<string, KpiRow>();
    for (const cell of model.cells) {
      if (cell.phase !== phase.id || cell.ignored) continue;
      for (const row of cellKpis(cell)) {
        const sum = rows.get(row.metric) ?? { metric: row.metric, target: null, actual: 0 };
        if (row.target !== null) sum.target = add(sum.target ?? 0, row.target);
        sum.actual = add(sum.actual, row.actual);
        rows.set(row.metric, sum);
      }
    }
    return { phase: phase.id, kpis: [...rows.values()] };
  });
}

/** Mermaid's journey score (1 sad … 5 happy) for an emotion (-2 … 2). */
export function emotionScore(emotion: number): number {
  return emotion + 3;
}

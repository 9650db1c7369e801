// kpi-below-target: for a metric, the summed kpi of the pieces filling a cell is below the target
// the journey map sets for that cell. Only a metric that at least one of those pieces reports is
// compared: a plan that does not measure it yet has nothing to be below.
import { kpiActuals } from './cellMap';
import type { Matrix } from './matrix';
import type { ReadContext } from './readPlan';

export function reportKpisBelowTarget(matrix: Matrix, ctx: ReadContext): void {
  for (const cell of matrix.cells) {
    const targets = Object.entries(cell.map.kpiTarget);
    if (targets.length === 0 || cell.ignored) continue;
    const actuals = kpiActuals(cell.pieces);
    for (const [metric, target] of targets) {
      const actual = actuals[metric];
      const at = cell.map.kpiTargetAt[metric];
      if (actual === undefined || actual >= target || !at) continue;
      ctx.report({
        code: 'kpi-below-target',
        span: at,
        message: ctx.msg.kpiBelowTarget(cell.persona.name, cell.phase.name, metric, actual, target),
        data: { persona: cell.persona.id, phase: cell.phase.id },
      });
    }
  }
}

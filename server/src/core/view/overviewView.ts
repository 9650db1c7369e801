// The workspace overview's view model, for its webview: plans in the chosen order, and the
// personas × plans table (a persona is known by its id across plans; its name is the first
// plan's, in path order).
import type { PersonaSummary } from '../workspaceOverview';
import { coveragePercent } from './matrixView';

export type OverviewSort = 'path' | 'coverage' | 'gaps';

/** What the view needs of a plan. */
export interface OverviewPlanLike {
  path: string;
  coverage: { filled: number; expected: number };
  gaps: number;
  personas: PersonaSummary[];
}

/** The plans by path; by coverage (lowest first) or by gaps (most first), ties by path. */
export function sortPlans<T extends OverviewPlanLike>(plans: readonly T[], sort: OverviewSort): T[] {
  const byPath = (a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const order: Record<OverviewSort, (a: T, b: T) => number> = {
    path: byPath,
    coverage: (a, b) => coveragePercent(a.coverage) - coveragePercent(b.coverage) || byPath(a, b),
    gaps: (a, b) => b.gaps - a.gaps || byPath(a, b),
  };
  return [...plans].sort(order[sort]);
}

export interface PersonaRow {
  id: string;
  name: string;
  /** Per plan, in the order given: the persona's pieces and gaps there, or null when the plan has no such persona. */
  plans: ({ pieces: number; gaps: number } | null)[];
}

/** One row per persona id, in the order they first appear (plans in the order given). */
export function personaRows(plans: readonly OverviewPlanLike[]): PersonaRow[] {
  const rows = new Map<string, PersonaRow>();
  plans.forEach((plan, column) => {
    for (const persona of plan.personas) {
      let row = rows.get(persona.id);
      if (!row) rows.set(persona.id, (row = { id: persona.id, name: persona.name, plans: new Array(plans.length).fill(null) }));
      // A persona listed twice in one plan (a duplicate-id) counts once: the first.
      row.plans[column] ??= { pieces: persona.pieces, gaps: persona.gaps };
    }
  });
  return [...rows.values()];
}

// One plan in a few numbers, for the workspace overview: its coverage and gaps (the same counts
// as the matrix, the status bar and `journey diff`), its problems, and per persona how many
// pieces and gaps it has. Small on purpose: the server keeps this, not the analysis, for every
// plan that is not open.
import type { Analysis } from './analyze';
import { coverageOf } from './matrix';

export interface PersonaSummary {
  id: string;
  name: string;
  /** Pieces that fill at least one of the persona's expected cells (retired ones fill none). */
  pieces: number;
  /** The persona's expected cells below min-per-cell. */
  gaps: number;
}

export interface PlanSummary {
  /** The plan's `journey:` title; empty when it has none. */
  title: string;
  coverage: { filled: number; expected: number };
  /** Expected cells below min-per-cell: `expected - filled`. */
  gaps: number;
  /** Problems as reported (a code turned off counts for nothing). */
  errors: number;
  warnings: number;
  personas: PersonaSummary[];
}

export function summarizePlan(analysis: Analysis): PlanSummary {
  const { matrix, diagnostics, plan } = analysis;
  const coverage = coverageOf(matrix);
  let errors = 0;
  let warnings = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') errors++;
    else if (diagnostic.severity === 'warning') warnings++;
  }
  const width = matrix.phases.length;
  const personas = matrix.personas.map((persona, row): PersonaSummary => {
    const pieces = new Set<number>();
    let gaps = 0;
    for (const cell of matrix.cells.slice(row * width, (row + 1) * width)) {
      if (cell.ignored) continue;
      if (cell.gap) gaps++;
      for (const piece of cell.pieces) if (piece.status !== 'retired') pieces.add(piece.index);
    }
    return { id: persona.id, name: persona.name, pieces: pieces.size, gaps };
  });
  return { title: plan.title ?? '', coverage, gaps: coverage.expected - coverage.filled, errors, warnings, personas };
}

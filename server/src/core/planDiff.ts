// What a change does to a plan's coverage: compares the matrices of two versions of one plan,
// cell by cell (a cell is known by its persona id and phase id, so renaming a persona's name
// changes nothing, and renaming its id is a persona removed and one added).
import type { Analysis } from './analyze';
import { coverageOf, type Cell, type Matrix } from './matrix';

export interface DiffCell {
  persona: string;
  personaName: string;
  phase: string;
  phaseName: string;
}

export interface DiffSide {
  coverage: { filled: number; expected: number };
  /** Error diagnostics in this version: with errors its matrix may miss content. */
  errors: number;
}

export interface PlanDiff {
  /** `null`: the plan did not exist before (or no longer exists after). */
  before: DiffSide | null;
  after: DiffSide | null;
  /** Cells in both versions that were a gap and are now filled. */
  filled: DiffCell[];
  /** Cells in both versions that were filled and are now a gap. */
  emptied: DiffCell[];
  /** Gaps after that were not gaps before: the emptied cells, and gaps of new personas or phases. */
  newGaps: DiffCell[];
  /** Gaps before that are not gaps after: the filled cells, cells now ignored, and cells of removed personas or phases. */
  resolvedGaps: DiffCell[];
}

type CellState = 'gap' | 'filled' | 'ignored';

/** Compares two analyses of one plan; either may be missing (a plan added or removed). */
export function diffPlans(before: Analysis | null, after: Analysis | null): PlanDiff {
  const old = cellStates(before?.matrix);
  const now = cellStates(after?.matrix);
  const diff: PlanDiff = { before: before && sideOf(before), after: after && sideOf(after), filled: [], emptied: [], newGaps: [], resolvedGaps: [] };
  for (const [key, { cell, state }] of now) {
    const was = old.get(key)?.state;
    if (state === 'gap' && was !== 'gap') diff.newGaps.push(cell);
    if (state === 'gap' && was === 'filled') diff.emptied.push(cell);
    if (state === 'filled' && was === 'gap') diff.filled.push(cell);
  }
  for (const [key, { cell, state }] of old) {
    if (state === 'gap' && now.get(key)?.state !== 'gap') diff.resolvedGaps.push(cell);
  }
  return diff;
}

/** Did anything the diff reports change? */
export function isUnchanged(diff: PlanDiff): boolean {
  const same = (a: DiffSide | null, b: DiffSide | null): boolean =>
    a?.coverage.filled === b?.coverage.filled && a?.coverage.expected === b?.coverage.expected;
  return diff.newGaps.length === 0 && diff.resolvedGaps.length === 0 && diff.filled.length === 0 && diff.emptied.length === 0 && same(diff.before, diff.after);
}

function sideOf(analysis: Analysis): DiffSide {
  return { coverage: coverageOf(analysis.matrix), errors: analysis.diagnostics.filter((d) => d.severity === 'error').length };
}

function cellStates(matrix: Matrix | undefined): Map<string, { cell: DiffCell; state: CellState }> {
  const states = new Map<string, { cell: DiffCell; state: CellState }>();
  for (const cell of matrix?.cells ?? []) states.set(`${cell.persona.id}\u0000${cell.phase.id}`, { cell: toDiffCell(cell), state: stateOf(cell) });
  return states;
}

function stateOf(cell: Cell): CellState {
  return cell.ignored ? 'ignored' : cell.gap ? 'gap' : 'filled';
}

function toDiffCell(cell: Cell): DiffCell {
  return { persona: cell.persona.id, personaName: cell.persona.name, phase: cell.phase.id, phaseName: cell.phase.name };
}

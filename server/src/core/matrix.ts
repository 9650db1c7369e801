// The persona × phase matrix: which pieces fill which cell, which cells are ignored, and
// which are gaps. Everything else (gap diagnostics, the preview, exports) reads this.
import { WILDCARD } from './fields';
import type { Persona, Phase, Piece, Plan, Reference } from './plan';

export interface Cell {
  persona: Persona;
  phase: Phase;
  /** Every piece naming this cell, retired ones included (the preview shows them, muted). */
  pieces: Piece[];
  /** How many pieces fill the cell: retired pieces do not. */
  count: number;
  ignored: boolean;
  gap: boolean;
}

export interface Matrix {
  personas: Persona[];
  phases: Phase[];
  /** Persona-major, phases in journey order. */
  cells: Cell[];
  minPerCell: number;
  /** Set when the plan has more than MAX_MATRIX_CELLS cells: the matrix is then left empty (no personas, no cells). */
  tooLarge?: boolean;
}

/** personas × phases beyond which the matrix is not built: it grows quadratically and would exhaust memory. */
export const MAX_MATRIX_CELLS = 100_000;

export function buildMatrix(plan: Plan, minPerCell: number): Matrix {
  if (plan.personas.length * plan.phases.length > MAX_MATRIX_CELLS) return { personas: [], phases: plan.phases, cells: [], minPerCell, tooLarge: true };
  const phaseIndex = new Map(plan.phases.map((phase, i) => [phase.id, i]));
  const personaIndex = new Map(plan.personas.map((persona, i) => [persona.id, i]));
  const width = plan.phases.length;
  const cells: Cell[] = [];
  for (const persona of plan.personas) {
    for (const phase of plan.phases) {
      cells.push({ persona, phase, pieces: [], count: 0, ignored: false, gap: false });
    }
  }
  for (const piece of plan.pieces) {
    const rows = resolve(piece.personas, personaIndex);
    const columns = resolve(piece.phases, phaseIndex);
    const fills = piece.status !== 'retired';
    for (const row of rows) {
      for (const column of columns) {
        const cell = cells[row * width + column];
        cell.pieces.push(piece);
        if (fills) cell.count++;
      }
    }
  }
  for (const rule of plan.rules.ignore) {
    if (!rule.persona || !rule.phase) continue;
    for (const row of resolve([rule.persona], personaIndex)) {
      for (const column of resolve([rule.phase], phaseIndex)) cells[row * width + column].ignored = true;
    }
  }
  for (const cell of cells) cell.gap = !cell.ignored && cell.count < minPerCell;
  return { personas: plan.personas, phases: plan.phases, cells, minPerCell };
}

export function cellAt(matrix: Matrix, personaId: string, phaseId: string): Cell | undefined {
  return matrix.cells.find((cell) => cell.persona.id === personaId && cell.phase.id === phaseId);
}

export function coverageOf(matrix: Matrix): { filled: number; expected: number } {
  let expected = 0;
  let filled = 0;
  for (const cell of matrix.cells) {
    if (cell.ignored) continue;
    expected++;
    if (!cell.gap) filled++;
  }
  return { filled, expected };
}

/** Row or column indexes a reference list names; `*` names all, unknown ids none. A piece listing an id twice fills its cell once. */
function resolve(refs: readonly Reference[], index: Map<string, number>): number[] {
  if (refs.some((ref) => ref.value === WILDCARD)) return [...index.values()];
  const found = new Set<number>();
  for (const ref of refs) {
    const i = index.get(ref.value);
    if (i !== undefined) found.add(i);
  }
  return [...found];
}

export type { MatrixModel } from './matrixModel';

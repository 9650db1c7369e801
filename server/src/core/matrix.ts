// The persona × phase matrix: which pieces fill which cell, which cells are ignored, and
// which are gaps. Everything else (gap diagnostics, the preview, exports) reads this.
import { WILDCARD } from './fields';
import { addMapEntry, EMPTY_CELL_MAP, type CellMap } from './cellMap';
import type { Persona, Phase, Piece, Plan, Reference } from './plan';

/** Why a cell expects no content: an ignore rule, or a phase outside the persona's stage. */
export type IgnoredBy = 'rule' | 'stage';

export interface Cell {
  persona: Persona;
  phase: Phase;
  /** Every piece naming this cell, retired ones included (the preview shows them, muted). */
  pieces: Piece[];
  /** How many pieces fill the cell: retired pieces do not. */
  count: number;
  ignored: boolean;
  /** Set when ignored; a stage outranks a rule. */
  ignoredBy?: IgnoredBy;
  gap: boolean;
  /** What the `map:` entries naming this cell say about it, combined. */
  map: CellMap;
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
      cells.push({ persona, phase, pieces: [], count: 0, ignored: false, ignoredBy: undefined, gap: false, map: EMPTY_CELL_MAP });
    }
  }
  const reached = (personas: readonly Reference[], phases: readonly Reference[]): Cell[] => cellsNamed(cells, width, personas, phases, personaIndex, phaseIndex);
  for (const piece of plan.pieces) {
    const fills = piece.status !== 'retired';
    for (const cell of reached(piece.personas, piece.phases)) {
      cell.pieces.push(piece);
      if (fills) cell.count++;
    }
  }
  for (const entry of plan.map) {
    const targets = Object.entries(entry.kpi ?? {});
    for (const cell of reached(entry.personas, entry.phases)) cell.map = addMapEntry(cell.map, entry, targets);
  }
  for (const rule of plan.rules.ignore) {
    if (!rule.persona || !rule.phase) continue;
    for (const row of resolve([rule.persona], personaIndex)) {
      for (const column of resolve([rule.phase], phaseIndex)) {
        const cell = cells[row * width + column];
        cell.ignored = true;
        cell.ignoredBy = 'rule';
      }
    }
  }
  for (const cell of cells) {
    if (!inStage(cell.persona, cell.phase)) {
      cell.ignored = true;
      cell.ignoredBy = 'stage';
    }
    cell.gap = !cell.ignored && cell.count < minPerCell;
  }
  return { personas: plan.personas, phases: plan.phases, cells, minPerCell };
}

/** Whether a persona's journey includes the phase: a buyer persona walks only the buyer phases, a customer persona only the customer ones. */
export function inStage(persona: Persona, phase: Phase): boolean {
  return persona.stage === 'both' || persona.stage === phase.stage;
}

/**
 * The cells a piece (or a map entry) names. A `*` on either side reaches only the cells inside
 * each persona's stage; naming both the persona and the phase by id reaches the cell anyway.
 */
function cellsNamed(
  cells: Cell[], width: number, personas: readonly Reference[], phases: readonly Reference[], personaIndex: Map<string, number>, phaseIndex: Map<string, number>,
): Cell[] {
  const rows = resolve(personas, personaIndex);
  const columns = resolve(phases, phaseIndex);
  const explicit = !hasWildcard(personas) && !hasWildcard(phases);
  const named: Cell[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const cell = cells[row * width + column];
      if (explicit || inStage(cell.persona, cell.phase)) named.push(cell);
    }
  }
  return named;
}

export function hasWildcard(refs: readonly Reference[]): boolean {
  return refs.some((ref) => ref.value === WILDCARD);
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
  if (hasWildcard(refs)) return [...index.values()];
  const found = new Set<number>();
  for (const ref of refs) {
    const i = index.get(ref.value);
    if (i !== undefined) found.add(i);
  }
  return [...found];
}

export type { MatrixModel } from './matrixModel';

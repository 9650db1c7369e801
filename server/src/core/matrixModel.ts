// The matrix as plain JSON: what `journey/matrix` returns, what `journey matrix --format json`
// prints, and what the preview and every export render. Field names are a public contract.
import type { Analysis } from './analyze';
import { EMPTY_CELL_MAP, kpiActuals, type CellMap } from './cellMap';
import { coverageOf, type Cell, type IgnoredBy } from './matrix';
import type { ActionImpact, ActionTerm, PersonaStage, Piece, PieceStatus } from './plan';
import type { Stage } from './phaseModels';

export interface MatrixPiece {
  id: string | null;
  title: string;
  type: string | null;
  status: string | null;
  channel: string | null;
  owner: string | null;
  date: string | null;
  url: string | null;
  /** The piece's own kpis, or null when it has none. */
  kpi: Record<string, number> | null;
  /** 1-based line of the piece in the plan. Last: the JSON writer reads it back from the end. */
  line: number;
}

/** What the journey map says about a cell (see cellMap.ts for how entries combine). */
export interface MatrixCellMap {
  questions: string[];
  touchpoints: string[];
  /** -2 (very negative) … 2 (very positive), or null when no entry gives one. */
  emotion: number | null;
  pains: string[];
  delights: string[];
  momentOfTruth: boolean;
  /** Summed targets per metric. */
  kpiTarget: Record<string, number>;
}

export interface MatrixCell {
  persona: string;
  phase: string;
  gap: boolean;
  /** Not expected: no gap, left out of coverage. */
  ignored: boolean;
  /** Why the cell is not expected: an ignore rule, or outside the persona's stage. Null when expected. */
  ignoredBy: IgnoredBy | null;
  count: number;
  map: MatrixCellMap;
  /** The summed kpis of the pieces filling the cell, per metric. */
  kpi: Record<string, number>;
  content: MatrixPiece[];
}

/** A lesson learned or to-do of `actions:`, for the term × impact grid. */
export interface MatrixAction {
  title: string;
  term: ActionTerm | null;
  impact: ActionImpact | null;
  /** The persona and phase ids as written (`*` included); empty when not given. */
  personas: string[];
  phases: string[];
  owner: string | null;
  status: PieceStatus | null;
  /** 1-based line of the action in the plan. */
  line: number;
}

export interface MatrixModel {
  title: string;
  model: string;
  minPerCell: number;
  phases: { id: string; name: string; stage: Stage }[];
  personas: { id: string; name: string; stage: PersonaStage }[];
  actions: MatrixAction[];
  cells: MatrixCell[];
  coverage: { filled: number; expected: number };
  syntaxErrors: { message: string; line: number; column: number }[];
}

/** What the status bar needs, without the cells: cheap to send on every keystroke of a large plan. */
export type MatrixSummary = Pick<MatrixModel, 'coverage' | 'syntaxErrors'>;

export function toMatrixSummary(analysis: Analysis): MatrixSummary {
  return { coverage: coverageOf(analysis.matrix), syntaxErrors: syntaxErrorsOf(analysis) };
}

/** What `journey/coverage` answers for the status bar: the summary, and how many pieces are `overdue` (as reported, so a code turned off counts 0). */
export interface CoverageSummary extends MatrixSummary {
  overdue: number;
}

export function toCoverageSummary(analysis: Analysis): CoverageSummary {
  let overdue = 0;
  for (const diagnostic of analysis.diagnostics) if (diagnostic.code === 'overdue') overdue++;
  return { ...toMatrixSummary(analysis), overdue };
}

function syntaxErrorsOf(analysis: Analysis): MatrixModel['syntaxErrors'] {
  return analysis.diagnostics
    .filter((diagnostic) => diagnostic.code === 'yaml-syntax' && diagnostic.severity === 'error')
    .map((diagnostic) => ({ message: diagnostic.message, line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 }));
}

export function toMatrixModel(analysis: Analysis): MatrixModel {
  const lines = pieceLines(analysis);
  // A piece in several cells is one object: the model is as large as the plan, not the cells.
  const written = new Map<Piece, MatrixPiece>();
  const toPiece = (piece: Piece): MatrixPiece => {
    let entry = written.get(piece);
    if (!entry) written.set(piece, (entry = toMatrixPiece(piece, lines[piece.index])));
    return entry;
  };
  return {
    ...toMatrixHead(analysis),
    cells: analysis.matrix.cells.map((cell) => toMatrixCell(cell, cell.pieces.map(toPiece))),
    ...toMatrixSummary(analysis),
  };
}

/** The model's fields before its cells. */
export function toMatrixHead(analysis: Analysis): Pick<MatrixModel, 'title' | 'model' | 'minPerCell' | 'phases' | 'personas' | 'actions'> {
  const { plan, matrix, lines } = analysis;
  let line = 0;
  return {
    title: plan.title ?? '',
    model: plan.model,
    minPerCell: matrix.minPerCell,
    phases: matrix.phases.map(({ id, name, stage }) => ({ id, name, stage })),
    personas: matrix.personas.map(({ id, name, stage }) => ({ id, name, stage })),
    actions: plan.actions.map((action) => ({
      title: action.title ?? '',
      term: action.term ?? null,
      impact: action.impact ?? null,
      personas: action.personas.map((ref) => ref.value),
      phases: action.phases.map((ref) => ref.value),
      owner: action.owner ?? null,
      status: action.status ?? null,
      line: (line = lines.lineOf(action.span.start, line)) + 1,
    })),
  };
}

/** A cell, its content last. */
export function toMatrixCell(cell: Cell, content: MatrixPiece[]): MatrixCell {
  return {
    persona: cell.persona.id,
    phase: cell.phase.id,
    gap: cell.gap,
    ignored: cell.ignored,
    ignoredBy: cell.ignoredBy ?? null,
    count: cell.count,
    map: toMatrixCellMap(cell.map),
    kpi: cellKpiActuals(cell),
    content,
  };
}

/** Most cells have no map entry and no piece with a kpi: they share these (frozen) answers. */
const NO_CELL_MAP: MatrixCellMap = Object.freeze({ questions: [], touchpoints: [], emotion: null, pains: [], delights: [], momentOfTruth: false, kpiTarget: {} });
const NO_KPI: Record<string, number> = Object.freeze({});

export function toMatrixCellMap(map: CellMap): MatrixCellMap {
  if (map === EMPTY_CELL_MAP) return NO_CELL_MAP;
  return {
    questions: [...map.questions],
    touchpoints: [...map.touchpoints],
    emotion: map.emotion ?? null,
    pains: [...map.pains],
    delights: [...map.delights],
    momentOfTruth: map.momentOfTruth,
    kpiTarget: { ...map.kpiTarget },
  };
}

export function cellKpiActuals(cell: Cell): Record<string, number> {
  return cell.pieces.some((piece) => piece.kpi) ? kpiActuals(cell.pieces) : NO_KPI;
}

/** A piece as the model lists it; `line` is the 1-based line of its `-`. */
export function toMatrixPiece(piece: Piece, line: number): MatrixPiece {
  return {
    id: piece.id?.value ?? null,
    title: piece.title ?? '',
    type: piece.type ?? null,
    status: piece.status ?? null,
    channel: piece.channel ?? null,
    owner: piece.owner ?? null,
    date: piece.date ?? null,
    url: piece.url ?? null,
    kpi: piece.kpi ? { ...piece.kpi } : null,
    line,
  };
}

/** Each piece's line (1-based, the line of its `-`) by piece index, found in one walk down the text: pieces are in text order. */
export function pieceLines({ plan, lines }: Analysis): number[] {
  const result = new Array<number>(plan.pieces.length);
  let line = 0;
  for (const piece of plan.pieces) result[piece.index] = (line = lines.lineOf(piece.span.start, line)) + 1;
  return result;
}

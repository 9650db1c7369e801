// The matrix as plain JSON: what `journey/matrix` returns, what `journey matrix --format json`
// prints, and what the preview and every export render. Field names are a public contract.
import type { Analysis } from './analyze';
import { coverageOf } from './matrix';
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
  /** 1-based line of the piece in the plan. */
  line: number;
}

export interface MatrixCell {
  persona: string;
  phase: string;
  gap: boolean;
  ignored: boolean;
  count: number;
  content: MatrixPiece[];
}

export interface MatrixModel {
  title: string;
  model: string;
  minPerCell: number;
  phases: { id: string; name: string; stage: Stage }[];
  personas: { id: string; name: string }[];
  cells: MatrixCell[];
  coverage: { filled: number; expected: number };
  syntaxErrors: { message: string; line: number; column: number }[];
}

/** What the status bar needs, without the cells: cheap to send on every keystroke of a large plan. */
export type MatrixSummary = Pick<MatrixModel, 'coverage' | 'syntaxErrors'>;

export function toMatrixSummary(analysis: Analysis): MatrixSummary {
  return { coverage: coverageOf(analysis.matrix), syntaxErrors: syntaxErrorsOf(analysis) };
}

function syntaxErrorsOf(analysis: Analysis): MatrixModel['syntaxErrors'] {
  return analysis.diagnostics
    .filter((diagnostic) => diagnostic.code === 'yaml-syntax' && diagnostic.severity === 'error')
    .map((diagnostic) => ({ message: diagnostic.message, line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 }));
}

export function toMatrixModel(analysis: Analysis): MatrixModel {
  const { plan, matrix, lines } = analysis;
  const pieceCache = new Map<number, MatrixPiece>();
  const toPiece = (index: number): MatrixPiece => {
    let cached = pieceCache.get(index);
    if (!cached) {
      const piece = plan.pieces[index];
      cached = {
        id: piece.id?.value ?? null,
        title: piece.title ?? '',
        type: piece.type ?? null,
        status: piece.status ?? null,
        channel: piece.channel ?? null,
        owner: piece.owner ?? null,
        date: piece.date ?? null,
        url: piece.url ?? null,
        line: lines.position(piece.span.start).line + 1,
      };
      pieceCache.set(index, cached);
    }
    return cached;
  };
  const cells = matrix.cells.map((cell) => ({
    persona: cell.persona.id,
    phase: cell.phase.id,
    gap: cell.gap,
    ignored: cell.ignored,
    count: cell.count,
    content: cell.pieces.map((piece) => toPiece(piece.index)),
  }));
  return {
    title: plan.title ?? '',
    model: plan.model,
    minPerCell: matrix.minPerCell,
    phases: matrix.phases.map(({ id, name, stage }) => ({ id, name, stage })),
    personas: matrix.personas.map(({ id, name }) => ({ id, name })),
    cells,
    ...toMatrixSummary(analysis),
  };
}

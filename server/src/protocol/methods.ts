// The server's own requests and notifications: their names, params and results, written once
// for the server (server/src/lsp), the extension (client/src) and the tests. Type-only imports
// from the core, so the webview and the extension bundle none of it.
import type { CoverageSummary } from '../core/matrixModel';
import type { CalendarFormat, ExportFormat } from './exportFormats';
import type { MatrixResult } from './matrixView';
import type { DrawnPiece, PieceChange, PieceEditRefusal } from './pieceEdits';

export const MATRIX_REQUEST = 'journey/matrix';
export const COVERAGE_REQUEST = 'journey/coverage';
export const ADD_PIECE_EDIT_REQUEST = 'journey/addPieceEdit';
export const PIECE_EDIT_REQUEST = 'journey/pieceEdit';
export const PIECE_AT_REQUEST = 'journey/pieceAt';
export const EXPORT_REQUEST = 'journey/export';
export const CALENDAR_REQUEST = 'journey/calendar';
export const STATS_REQUEST = 'journey/stats';
export const ANALYSIS_CHANGED_NOTIFICATION = 'journey/analysisChanged';
/** The workspace overview (params none; result `WorkspaceOverviewResult`, in workspaceOverview.ts). */
export const WORKSPACE_OVERVIEW_REQUEST = 'journey/workspaceOverview';
/** A plan of the workspace was analysed again, added or removed: ask `journey/workspaceOverview` again. No params. */
export const WORKSPACE_OVERVIEW_CHANGED_NOTIFICATION = 'journey/workspaceOverviewChanged';

export interface DocumentParams {
  uri: string;
}

/** `journey/matrix`: with `previousResultId`, the answer may be a delta on that result. */
export interface MatrixParams extends DocumentParams {
  previousResultId?: string;
}
export type { MatrixResult };

/** `journey/coverage`: what the status bar shows (coverage, syntax errors, overdue pieces), without the matrix's cells. */
export type CoverageResult = CoverageSummary | null;

export interface AddPieceEditParams extends DocumentParams {
  persona: string;
  phase: string;
}

/** `journey/pieceEdit`: the preview's edit of one piece, as it drew the piece. */
export interface PieceEditParams extends DocumentParams {
  piece: DrawnPiece;
  change: PieceChange;
}

/** A text edit in LSP terms (0-based lines, UTF-16 characters), as the client turns it into VS Code's. */
export interface WireTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** The edits to apply, or why none is made; null when the server has no analysis of the document. */
export type PieceEditResult = { edits: WireTextEdit[] } | { refused: PieceEditRefusal } | null;

/** `journey/pieceAt`: the piece a position (0-based line and character) is in, by its first line (1-based); null outside a piece. */
export interface PieceAtParams extends DocumentParams {
  position: { line: number; character: number };
}
export type PieceAtResult = { line: number } | null;

export interface ExportParams extends DocumentParams {
  format: ExportFormat;
}

/** `journey/calendar`: the plan's dated pieces as of the server's today; null without one. */
export interface CalendarParams extends DocumentParams {
  format: CalendarFormat;
}

/** `journey/stats`: the server's memory, for the benchmark. */
export interface ServerStats {
  heapUsed: number;
  rss: number;
}

/** `journey/analysisChanged`: the document was analysed again (diagnostics are out). */
export interface AnalysisChanged {
  uri: string;
  version: number;
}

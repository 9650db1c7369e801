// Custom requests the preview, the status bar and the export command use: the matrix (whole or
// a delta on the asker's last answer), its coverage, and its exports.
import { toMatrixModel, toMatrixSummary } from '../core';
import { renderMatrix } from '../core/export';
import { MatrixResults } from '../core/matrixResults';
import { EXPORT_FORMATS, type ExportFormat } from '../protocol/exportFormats';
import { COVERAGE_REQUEST, EXPORT_REQUEST, MATRIX_REQUEST, type CoverageResult, type MatrixResult } from '../protocol/methods';
import type { ServerContext } from './context';
import type { Feature } from './feature';

export const matrixFeature: Feature = {
  capabilities: {},
  register: registerMatrixRequests,
};

function registerMatrixRequests(ctx: ServerContext): void {
  const results = new Map<string, MatrixResults>();
  ctx.documents.onDidClose((event) => results.delete(event.document.uri));

  ctx.connection.onRequest(MATRIX_REQUEST, async (params: { uri?: unknown; previousResultId?: unknown }): Promise<MatrixResult | null> => {
    if (typeof params?.uri !== 'string') return null;
    const analysis = await ctx.analysisOf(params.uri);
    if (!analysis) return null;
    let kept = results.get(params.uri);
    if (!kept) results.set(params.uri, (kept = new MatrixResults()));
    return kept.answer(analysis, typeof params.previousResultId === 'string' ? params.previousResultId : undefined);
  });

  // The status bar's question on every change: coverage and syntax errors, not the cells.
  ctx.connection.onRequest(COVERAGE_REQUEST, async (params: { uri?: unknown }): Promise<CoverageResult> => {
    if (typeof params?.uri !== 'string') return null;
    const analysis = await ctx.analysisOf(params.uri);
    return analysis ? toMatrixSummary(analysis) : null;
  });

  ctx.connection.onRequest(EXPORT_REQUEST, async (params: { uri?: unknown; format?: unknown }): Promise<string | null> => {
    if (typeof params?.uri !== 'string' || !EXPORT_FORMATS.includes(params.format as ExportFormat)) return null;
    const analysis = await ctx.analysisOf(params.uri);
    return analysis ? renderMatrix(toMatrixModel(analysis), params.format as ExportFormat, ctx.locale) : null;
  });
}

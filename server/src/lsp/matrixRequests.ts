// Custom requests the preview, the status bar and the export commands use: the matrix (whole or
// a delta on the asker's last answer), its coverage, its exports and the calendar exports.
import { toCoverageSummary, toMatrixModel } from '../core';
import { calendarEntries, renderCalendar, toCalendarModel } from '../core/calendar';
import { renderMatrix } from '../core/export';
import { MatrixResults } from '../core/matrixResults';
import { CALENDAR_FORMATS, EXPORT_FORMATS, type CalendarFormat, type ExportFormat } from '../protocol/exportFormats';
import { CALENDAR_REQUEST, COVERAGE_REQUEST, EXPORT_REQUEST, MATRIX_REQUEST, type CoverageResult, type MatrixResult } from '../protocol/methods';
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

  // The status bar's question on every change: coverage, syntax errors and overdue pieces, not the cells.
  ctx.connection.onRequest(COVERAGE_REQUEST, async (params: { uri?: unknown }): Promise<CoverageResult> => {
    if (typeof params?.uri !== 'string') return null;
    const analysis = await ctx.analysisOf(params.uri);
    return analysis ? toCoverageSummary(analysis) : null;
  });

  ctx.connection.onRequest(EXPORT_REQUEST, async (params: { uri?: unknown; format?: unknown }): Promise<string | null> => {
    if (typeof params?.uri !== 'string' || !EXPORT_FORMATS.includes(params.format as ExportFormat)) return null;
    const analysis = await ctx.analysisOf(params.uri);
    return analysis ? renderMatrix(toMatrixModel(analysis), params.format as ExportFormat, ctx.locale) : null;
  });

  // "Export Calendar…": the plan's dated pieces in a calendar format, for the day the analysis is for.
  ctx.connection.onRequest(CALENDAR_REQUEST, async (params: { uri?: unknown; format?: unknown }): Promise<string | null> => {
    if (typeof params?.uri !== 'string' || !CALENDAR_FORMATS.includes(params.format as CalendarFormat)) return null;
    const analysis = await ctx.analysisOf(params.uri);
    if (!analysis?.today) return null;
    const model = toCalendarModel(calendarEntries(analysis), analysis.plan.title ?? '', analysis.today);
    return renderCalendar(model, params.format as CalendarFormat, analysis.today, ctx.locale);
  });
}

// Custom requests the preview and the export commands use: the matrix model and its exports,
// the status bar's summary, and the calendar exports.
import { MatrixJsonWriter, toCoverageSummary, toMatrixModel, type CoverageSummary } from '../core';
import { calendarEntries, CALENDAR_FORMATS, renderCalendar, toCalendarModel, type CalendarFormat } from '../core/calendar';
import { renderMatrix, EXPORT_FORMATS, type ExportFormat } from '../core/export';
import type { ServerContext } from './context';
import type { Feature } from './feature';
import { RawJson } from './connection';

export const MATRIX_REQUEST = 'journey/matrix';
export const EXPORT_REQUEST = 'journey/export';
export const COVERAGE_REQUEST = 'journey/coverage';
export const CALENDAR_REQUEST = 'journey/calendar';

export const matrixFeature: Feature = {
  capabilities: {},
  register: registerMatrixRequests,
};

function registerMatrixRequests(ctx: ServerContext): void {
  // The MatrixModel, written by a writer that keeps each piece's JSON from request to request.
  const matrixJson = new MatrixJsonWriter();
  ctx.connection.onRequest(MATRIX_REQUEST, async (params: { uri?: unknown }): Promise<RawJson | null> => {
    if (typeof params?.uri !== 'string') return null;
    const analysis = await ctx.analysisOf(params.uri);
    return analysis ? new RawJson(matrixJson.write(analysis)) : null;
  });

  // The status bar's question on every change: coverage, syntax errors and overdue pieces, not 3 MB of cells.
  ctx.connection.onRequest(COVERAGE_REQUEST, async (params: { uri?: unknown }): Promise<CoverageSummary | null> => {
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

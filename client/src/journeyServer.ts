// The client side of the server's custom protocol (names and shapes in server/src/protocol):
// the matrix, the coverage, the "add a piece" edit, the exports (matrix and calendar), the workspace
// overview, and the notifications that a document was (re)analysed and that the overview changed.
// Every feature goes through here, because the client keeps only one handler per notification method.
import * as vscode from 'vscode';
import type { JourneyClient } from './journeyClient';
import {
  ADD_PIECE_EDIT_REQUEST,
  CALENDAR_REQUEST,
  ANALYSIS_CHANGED_NOTIFICATION,
  COVERAGE_REQUEST,
  EXPORT_REQUEST,
  MATRIX_REQUEST,
  WORKSPACE_OVERVIEW_CHANGED_NOTIFICATION,
  WORKSPACE_OVERVIEW_REQUEST,
  isOverviewPlan,
  PIECE_AT_REQUEST,
  PIECE_EDIT_REQUEST,
  type AddPieceEditParams,
  type AnalysisChanged,
  type CalendarFormat,
  type CalendarParams,
  type CoverageResult,
  type ExportFormat,
  type ExportParams,
  type MatrixParams,
  type MatrixResult,
  type OverviewPlan,
  type PieceAtParams,
  type PieceAtResult,
  type PieceEditParams,
  type PieceEditRefusal,
  type PieceEditResult,
} from '../../server/src/protocol';

export type { AnalysisChanged, CalendarFormat, ExportFormat };

/** A document's uri as the client sends it to the server (vscode-languageclient's default). */
const asUri = (uri: vscode.Uri): string => uri.toString();

/** The matrix: whole, or a delta on `previousResultId` when the server still has that answer. */
export async function requestMatrix(client: JourneyClient, uri: vscode.Uri, previousResultId?: string): Promise<MatrixResult | null> {
  const params: MatrixParams = { uri: asUri(uri), ...(previousResultId !== undefined ? { previousResultId } : {}) };
  return (await client.sendRequest<MatrixResult | null>(MATRIX_REQUEST, params)) ?? null;
}

/** Coverage, syntax errors and the overdue count only: what the status bar shows, without the matrix's cells. */
export async function requestCoverage(client: JourneyClient, uri: vscode.Uri): Promise<CoverageResult> {
  return (await client.sendRequest<CoverageResult>(COVERAGE_REQUEST, { uri: asUri(uri) })) ?? null;
}

/** The edit that adds a piece for the cell (the quick fix's edit), as VS Code edits. */
export async function requestAddPieceEdit(client: JourneyClient, uri: vscode.Uri, persona: string, phase: string): Promise<vscode.TextEdit[]> {
  const params: AddPieceEditParams = { uri: asUri(uri), persona, phase };
  const edits = await client.sendRequest<unknown>(ADD_PIECE_EDIT_REQUEST, params);
  return Array.isArray(edits) ? client.asTextEdits(edits) : [];
}

/** The preview's edit of one piece, as VS Code edits; or why the server made none (null: no analysis of the plan). */
export async function requestPieceEdit(
  client: JourneyClient,
  uri: vscode.Uri,
  piece: PieceEditParams['piece'],
  change: PieceEditParams['change'],
): Promise<{ edits: vscode.TextEdit[] } | { refused: PieceEditRefusal } | null> {
  const params: PieceEditParams = { uri: asUri(uri), piece, change };
  const result = await client.sendRequest<PieceEditResult>(PIECE_EDIT_REQUEST, params);
  if (!result) return null;
  return 'refused' in result ? result : { edits: await client.asTextEdits(result.edits) };
}

/** The first line (1-based) of the piece the position is in, or null. */
export async function requestPieceAt(client: JourneyClient, uri: vscode.Uri, position: vscode.Position): Promise<number | null> {
  const params: PieceAtParams = { uri: asUri(uri), position: { line: position.line, character: position.character } };
  const result = await client.sendRequest<PieceAtResult>(PIECE_AT_REQUEST, params);
  return result && Number.isInteger(result.line) ? result.line : null;
}

export async function requestExport(client: JourneyClient, uri: vscode.Uri, format: ExportFormat): Promise<string | null> {
  const params: ExportParams = { uri: asUri(uri), format };
  const text = await client.sendRequest<unknown>(EXPORT_REQUEST, params);
  return typeof text === 'string' ? text : null;
}

/** The plan's dated pieces in a calendar format (iCalendar, Markdown, CSV, JSON), for the server's today. */
export async function requestCalendar(client: JourneyClient, uri: vscode.Uri, format: CalendarFormat): Promise<string | null> {
  const params: CalendarParams = { uri: asUri(uri), format };
  const text = await client.sendRequest<unknown>(CALENDAR_REQUEST, params);
  return typeof text === 'string' ? text : null;
}

/** Every plan of the workspace with its summary; malformed entries (a server of another version) are left out. */
export async function requestWorkspaceOverview(client: JourneyClient): Promise<OverviewPlan[]> {
  const result = await client.sendRequest<unknown>(WORKSPACE_OVERVIEW_REQUEST);
  const plans = (result as { plans?: unknown } | null)?.plans;
  return Array.isArray(plans) ? plans.filter(isOverviewPlan) : [];
}

/** Subscribes to `journey/workspaceOverviewChanged` (one subscriber: the overview). */
export function onWorkspaceOverviewChanged(client: JourneyClient, listener: () => void): vscode.Disposable {
  return client.onNotification(WORKSPACE_OVERVIEW_CHANGED_NOTIFICATION, () => listener());
}

const emitters = new WeakMap<JourneyClient, vscode.EventEmitter<AnalysisChanged>>();

/** Subscribes to `journey/analysisChanged`; every subscriber shares one notification handler. */
export function onAnalysisChanged(client: JourneyClient, listener: (event: AnalysisChanged) => void): vscode.Disposable {
  let emitter = emitters.get(client);
  if (!emitter) {
    const created = new vscode.EventEmitter<AnalysisChanged>();
    client.onNotification(ANALYSIS_CHANGED_NOTIFICATION, (params: unknown) => {
      const { uri, version } = (params ?? {}) as { uri?: unknown; version?: unknown };
      if (typeof uri === 'string') created.fire({ uri, version: typeof version === 'number' ? version : -1 });
    });
    emitters.set(client, created);
    emitter = created;
  }
  return emitter.event(listener);
}

/** Is this the server's uri for that document? (The server echoes the uri it was given.) */
export function sameDocument(serverUri: string, uri: vscode.Uri): boolean {
  return serverUri === asUri(uri);
}

export function isJourneyDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && (document.languageId === 'journey' || document.uri.path.endsWith('.journey'));
}

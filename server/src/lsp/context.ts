// What every LSP feature module gets: the open documents and their (cached) analyses.
import type { ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { PlanDocument } from './planDocument';
import type { PlanGraph } from './planGraph';
import type { EditorSettings } from './settings';
import type { WorkspaceOverview } from './workspaceOverview';
import type { Analysis, AnalysisOptions, Locale } from '../core';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<PlanDocument>;
  locale: Locale;
  /** What the client said it supports in `initialize`. */
  client: ClientCapabilities;
  /** The workspace folders `initialize` named (URIs). */
  workspaceFolders: string[];
  /** The analysis of the document's current version; undefined for a document that is not open. */
  analysisOf(uri: string): Promise<Analysis | undefined>;
  /** The plans as bases for one another (`extends`): where bases are read from, which plans depend on which. */
  plans: PlanGraph;
  /** The analysis options (the user's settings) for any plan, open or not. */
  optionsFor(uri: string): Promise<AnalysisOptions>;
  /** `journey.codeLens.enabled` and `journey.inlayHints.enabled` for the document. */
  editorSettings(uri: string): Promise<EditorSettings>;
  /** Runs the listener when the user's settings change (after the cached ones are dropped). */
  onSettingsChanged(listener: () => void): void;
  /** Runs the listener when the local date changes (the server running past midnight): `overdue` depends on it. */
  onNewDay(listener: () => void): void;
  /** The summaries of the workspace's plans, for `journey/workspaceOverview`. */
  overview: WorkspaceOverview;
}

// What every LSP feature module gets: the open documents and their (cached) analyses.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { PlanDocument } from './planDocument';
import type { Analysis, Locale } from '../core';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<PlanDocument>;
  locale: Locale;
  /** The analysis of the document's current version; undefined for a document that is not open. */
  analysisOf(uri: string): Promise<Analysis | undefined>;
  /** Runs the listener when the analysis options change: the user's settings (after the cached ones are dropped), or the day. */
  onOptionsChanged(listener: () => void): void;
}

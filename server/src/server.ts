// The Journey language server: a thin LSP adapter around the pure analysis core.
// Run as `node dist/server.js --stdio` (the VS Code client starts it so) or with --node-ipc.
import { TextDocuments, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { toLocale } from './core';
import { fileURLToPath } from 'node:url';
import { Analyses } from './lsp/analyses';
import type { ServerContext } from './lsp/context';
import { FEATURES } from './lsp/features';
import { PLAN_DOCUMENTS } from './lsp/planDocument';
import { PlanGraph } from './lsp/planGraph';
import { Settings } from './lsp/settings';
import { Today } from './lsp/today';
import { createServerConnection } from './lsp/connection';
import { WorkspaceOverview } from './lsp/workspaceOverview';

const connection = createServerConnection();
const documents = new TextDocuments(PLAN_DOCUMENTS);
const analyses = new Analyses();
const settingsListeners: Array<() => void> = [];
const dayListeners: Array<() => void> = [];
let settings: Settings | undefined;

connection.onInitialize((params) => {
  const options = (params.initializationOptions ?? {}) as { locale?: unknown };
  const locale = toLocale(typeof options.locale === 'string' ? options.locale : params.locale);
  const canAsk = params.capabilities.workspace?.configuration === true;
  settings = new Settings(connection, locale, () => canAsk);
  const today = new Today(Today.pinnedFrom(process.env));
  // Past midnight, yesterday's `overdue` diagnostics are out of date: analyse and publish again.
  today.watch(() => dayListeners.forEach((listener) => listener()));
  const unset = { locale };
  const optionsFor = async (uri: string) => today.options(settings ? await settings.forDocument(uri) : unset);
  const plans = new PlanGraph(documents, analyses, optionsFor);
  const ctx: ServerContext = {
    connection,
    documents,
    locale,
    client: params.capabilities,
    workspaceFolders: params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []),
    optionsFor,
    plans,
    analysisOf: async (uri) => {
      const document = documents.get(uri);
      if (!document || !settings) return undefined;
      const options = await optionsFor(uri);
      // The document may have changed while settings were read: analyse what is there now.
      const read = analyses.read(documents.get(uri) ?? document, options);
      if (!read.own || !uri.startsWith('file:')) return read;
      const path = fileURLToPath(uri);
      await plans.preload(path, read);
      const now = documents.get(uri);
      return now && analyses.get(now, options, plans.basesOf(path), plans.generation);
    },
    editorSettings: async (uri) => (settings ? settings.editorFor(uri) : { codeLens: true, inlayHints: true }),
    onSettingsChanged: (listener) => settingsListeners.push(listener),
    onNewDay: (listener) => dayListeners.push(listener),
    overview: new WorkspaceOverview(connection, documents, (uri) => ctx.analysisOf(uri)),
  };
  const capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
  for (const feature of FEATURES) {
    Object.assign(capabilities, feature.capabilities);
    feature.register(ctx);
  }
  return { capabilities, serverInfo: { name: 'journey-language-server', version: '0.1.0' } };
});

connection.onDidChangeConfiguration(() => {
  settings?.forget();
  settingsListeners.forEach((listener) => listener());
});

documents.onDidClose((event) => {
  analyses.forget(event.document.uri);
  settings?.forget(event.document.uri);
});

// The analysis never throws, but a bug elsewhere must not take the server down with it.
process.on('uncaughtException', (error) => connection.console.error(`Journey: unexpected error: ${error.stack ?? error}`));

documents.listen(connection);
connection.listen();

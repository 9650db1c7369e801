// Starts the Journey language server (dist/server.js) for `.journey` documents, through the small
// LSP client in lsp/ (see ARCHITECTURE.md: it keeps dist/extension.js within its size budget).
import * as vscode from 'vscode';
import { LanguageClient } from './lsp/client';
import { syncConfiguration } from './lsp/configuration';
import { publishDiagnostics } from './lsp/diagnostics';
import { syncDocuments } from './lsp/documentSync';
import { registerProviders } from './lsp/providers';
import { syncWorkspaceFolders } from './lsp/workspaceFolders';

const JOURNEY_DOCUMENTS: vscode.DocumentSelector = [{ language: 'journey' }];

/**
 * Creates the client and starts the server without waiting for it: requests made before the
 * handshake is done wait for it, so activation stays quick.
 */
export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Journey Language Server'), { log: true });
  const diagnostics = vscode.languages.createDiagnosticCollection('journey');
  context.subscriptions.push(log, diagnostics);
  const client = new LanguageClient({
    serverModule: context.asAbsolutePath('dist/server.js'),
    // The server takes its message language from here.
    initializationOptions: { locale: vscode.env.language },
    log,
  });
  // Per session, in this order: handlers and providers first, then settings, and the documents
  // last — their didOpen starts the analysis, which asks for the settings.
  client.addFeature(publishDiagnostics(diagnostics));
  client.addFeature(registerProviders(client, JOURNEY_DOCUMENTS));
  client.addFeature(syncConfiguration('journey', log));
  client.addFeature(syncWorkspaceFolders(log));
  client.addFeature(syncDocuments(JOURNEY_DOCUMENTS, log, (uri) => diagnostics.delete(uri)));
  client.start();
  return client;
}

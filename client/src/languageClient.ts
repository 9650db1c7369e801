// Starts the language server (dist/server.js) over IPC and connects it to `.journey` documents.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/**
 * Creates the client and starts the server without waiting for it: requests made before the
 * handshake is done wait for it (vscode-languageclient queues them), so activation stays quick.
 */
export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'journey' }],
    synchronize: { configurationSection: 'journey' },
    initializationOptions: { locale: vscode.env.language },
    outputChannel: vscode.window.createOutputChannel(vscode.l10n.t('Journey Language Server'), { log: true }),
  };
  const client = new LanguageClient('journey', vscode.l10n.t('Journey Language Server'), serverOptions, clientOptions);
  client.start().catch((error: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the language server could not start: {0}', String(error)));
  });
  return client;
}

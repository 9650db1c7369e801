// Starts the language server (dist/server.js) over IPC and connects it to `.journey` documents.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'journey' }],
    synchronize: { configurationSection: 'journey' },
    initializationOptions: { locale: vscode.env.language },
    outputChannel: vscode.window.createOutputChannel('Journey Language Server', { log: true }),
  };
  const client = new LanguageClient('journey', 'Journey Language Server', serverOptions, clientOptions);
  await client.start();
  return client;
}

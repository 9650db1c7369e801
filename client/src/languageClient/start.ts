// Starts the Journey language server (dist/server.js) for `.journey` documents with
// vscode-languageclient: a Node module forked over stdio, so the server stays a plain LSP server
// that any editor can run. The library wires up every standard feature the server announces
// (wiredCapabilities.ts lists them), settings, workspace folders and file events.
import { createInterface } from 'node:readline';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { CrashPolicy } from './crashPolicy';
import type { ServerOutput } from './serverOutput';
import { stderrLevel } from './stderrLevel';

/** The client id: `journey.trace.server` is read under it. */
const CLIENT_ID = 'journey';

export interface StartedClient {
  readonly client: LanguageClient;
  readonly crashes: CrashPolicy;
}

/**
 * Creates the client and starts the server without waiting for it: requests made meanwhile wait.
 * `handleDiagnostics` sees the problems as the server publishes them, before VS Code gets them
 * (preview/problemsAfterPreview.ts).
 */
export function startLanguageClient(context: vscode.ExtensionContext, output: ServerOutput, handleDiagnostics?: Middleware['handleDiagnostics']): StartedClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    // When the extension host is debugged, so is the server (attach to port 6019).
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const crashes = new CrashPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'journey' }],
    diagnosticCollectionName: 'journey',
    // The server takes its message language from here.
    initializationOptions: { locale: vscode.env.language },
    outputChannel: output.log,
    traceOutputChannel: output.trace,
    errorHandler: crashes,
    middleware: { handleDiagnostics },
    // A failed handshake is reported once, by the failed start (with the reason); without this
    // handler the library also shows the bare error and "Server initialization failed.".
    initializationFailedHandler: () => false,
    synchronize: {
      // The server reads its settings per document (workspace/configuration); this tells it when to read them again.
      configurationSection: CLIENT_ID,
      // No fileEvents: the server registers its own watcher for `**/*.journey` (any editor can serve it).
    },
    stdioOptions: {
      stdout: (input, channel) => forEachLine(input, (line) => channel.info(line)),
      stderr: (input, channel) => forEachLine(input, (line) => channel[stderrLevel(line)](line)),
    },
  };
  const client = new QuietWhileRecovering(crashes, serverOptions, clientOptions);
  context.subscriptions.push(crashes.attach(client), client);
  // A failed start is the library's to report (output and notification); requests then fail.
  client.start().catch(() => undefined);
  return { client, crashes };
}

/** vscode-languageclient, whose notifications go only to the output while it recovers from a crash. */
class QuietWhileRecovering extends LanguageClient {
  constructor(private readonly crashes: CrashPolicy, serverOptions: ServerOptions, clientOptions: LanguageClientOptions) {
    super(CLIENT_ID, vscode.l10n.t('Journey Language Server'), serverOptions, clientOptions);
  }

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    super.error(message, data, this.crashes.mayNotify(message) ? showNotification : false);
  }
}

function forEachLine(input: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', onLine);
}

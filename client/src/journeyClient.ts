// What the rest of the extension (preview, status bar, exports) needs of the language client, over
// vscode-languageclient's LanguageClient, which loads after activation (see extension.ts).
import type * as vscode from 'vscode';
import type { LanguageClient, TextEdit } from 'vscode-languageclient/node';

export interface JourneyClient {
  /**
   * Sends a request to the server. One made while the client loads or the server starts (or
   * restarts) waits for it; one made after the client has given up fails.
   */
  sendRequest<R>(method: string, params?: unknown, token?: vscode.CancellationToken): Promise<R>;
  /** One handler per method (a second replaces the first); it stays across restarts. */
  onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable;
  /** LSP text edits (the answer to `journey/addPieceEdit`) as VS Code's. */
  asTextEdits(edits: TextEdit[]): Promise<vscode.TextEdit[]>;
  /** The "Journey Language Server" output channel. */
  readonly log: vscode.LogOutputChannel;
}

export function journeyClientOf(client: Promise<LanguageClient>, log: vscode.LogOutputChannel): JourneyClient {
  return {
    sendRequest: async (method, params, token) => (await client).sendRequest(method, params, token),
    onNotification: (method, handler) => {
      let subscription: { dispose(): void } | undefined;
      let disposed = false;
      // A client that could not be set up has no notifications (extension.ts logs why).
      client.then((loaded) => {
        if (!disposed) subscription = loaded.onNotification(method, handler);
      }, () => undefined);
      return {
        dispose: () => {
          disposed = true;
          subscription?.dispose();
        },
      };
    },
    asTextEdits: async (edits) => (await (await client).protocol2CodeConverter.asTextEdits(edits)) ?? [],
    log,
  };
}

// "Journey: Restart Language Server": stops the server (shutdown, exit) and starts a new one, or
// starts one again after the client gave up on a crashing server. Crashes before it are forgotten.
import * as vscode from 'vscode';
import type { StartedClient } from './start';
import { errorText } from '../errorText';

export const RESTART_SERVER_COMMAND = 'journey.restartServer';

export function registerRestartCommand(context: vscode.ExtensionContext, started: Promise<StartedClient>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      try {
        const { client, crashes } = await started;
        crashes.reset();
        // restart() needs a running server; a stopped client (or one that failed to start) only starts.
        if (client.isRunning()) await client.restart();
        else await client.start();
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the language server could not start: {0}', errorText(error)));
      }
    }),
  );
}

// The client: starts the Journey language server for `.journey` files. Features live in
// their own modules and are activated from here; this file stays a short wiring list.
import * as vscode from 'vscode';
import { registerExportCommand } from './export/exportCommand';
import { startLanguageClient } from './languageClient';
import { registerPreview } from './preview';
import { registerCoverageStatusBar } from './statusBar';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const client = await startLanguageClient(context);
  context.subscriptions.push({ dispose: () => void client.stop() });
  registerPreview(context, client);
  registerCoverageStatusBar(context, client);
  registerExportCommand(context, client);
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}

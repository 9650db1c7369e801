// The client: starts the Journey language server for `.journey` files. Features live in
// their own modules and are activated from here; this file stays a short wiring list.
import * as vscode from 'vscode';
import { registerCalendarCommand } from './export/calendarCommand';
import { registerCopyMermaidCommand } from './export/copyMermaidCommand';
import { registerExportCommand } from './export/exportCommand';
import { startLanguageClient } from './languageClient';
import type { LanguageClient } from './lsp/client';
import { registerPreview } from './preview';
import { registerCoverageStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  client = startLanguageClient(context);
  context.subscriptions.push(client);
  const previews = registerPreview(context, client);
  const focusedPreviewPlan = () => previews.activeResource();
  registerCoverageStatusBar(context, client);
  registerExportCommand(context, client, focusedPreviewPlan);
  registerCopyMermaidCommand(context, client, focusedPreviewPlan);
  registerCalendarCommand(context, client, focusedPreviewPlan);
}

/** VS Code waits for this: the server gets `shutdown` and `exit` before the host goes. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}

// The client: starts the Journey language server for `.journey` files. Features live in
// their own modules and are activated from here; this file stays a short wiring list.
import * as vscode from 'vscode';
import { registerCopyMermaidCommand } from './export/copyMermaidCommand';
import { registerExportCommand } from './export/exportCommand';
import { startLanguageClient } from './languageClient';
import { registerPreview } from './preview';
import { registerCoverageStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const client = startLanguageClient(context);
  context.subscriptions.push({ dispose: () => void client.stop() });
  const previews = registerPreview(context, client);
  const focusedPreviewPlan = () => previews.activeResource();
  registerCoverageStatusBar(context, client);
  registerExportCommand(context, client, focusedPreviewPlan);
  registerCopyMermaidCommand(context, client, focusedPreviewPlan);
}

export function deactivate(): void {
  // The client is stopped through context.subscriptions.
}

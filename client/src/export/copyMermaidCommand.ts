// "Journey: Copy as Mermaid Journey Diagram": the server's Mermaid export of a plan (the same
// renderer as `journey matrix --format mermaid`), put on the clipboard for wikis, slides and PRs.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestExport, requestCoverage } from '../journeyServer';
import { targetPlan, type FocusedPreviewPlan } from './targetPlan';
import { errorText } from '../errorText';

export const COPY_MERMAID_COMMAND = 'journey.copyMermaid';

export function registerCopyMermaidCommand(context: vscode.ExtensionContext, client: JourneyClient, focusedPreviewPlan: FocusedPreviewPlan): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_MERMAID_COMMAND, async (uri?: unknown) => {
      const source = await targetPlan(uri, focusedPreviewPlan);
      if (!source) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Journey: open a .journey plan to copy its Mermaid journey diagram.'));
        return;
      }
      try {
        await copyMermaid(client, source);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the Mermaid diagram could not be copied: {0}', errorText(error)));
      }
    }),
  );
}

async function copyMermaid(client: JourneyClient, source: vscode.Uri): Promise<void> {
  const name = path.posix.basename(source.path);
  await vscode.workspace.openTextDocument(source); // The server analyses open documents only.
  const text = await requestExport(client, source, 'mermaid');
  if (text === null) throw new Error(vscode.l10n.t('the language server could not export {0}', name));
  await vscode.env.clipboard.writeText(text);

  // A broken plan still exports what can be read; say so rather than pass off a partial diagram.
  const error = (await requestCoverage(client, source))?.syntaxErrors[0];
  if (error) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Journey: copied the Mermaid journey diagram of {0}, but the plan has a YAML syntax error on line {1}: {2}. The diagram shows only what can be read.', name, error.line, error.message),
    );
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Journey: copied the Mermaid journey diagram of {0} to the clipboard.', name));
  }
}

// Which plan a command like "Export Matrix…" or "Copy as Mermaid Journey Diagram" acts on: the
// one it was invoked with (explorer, preview button), else the focused preview's, else the active
// editor's, else the user picks among the open plans.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { journeyEditorUri } from '../preview';

/** The plan behind the focused preview, if a preview has focus. */
export type FocusedPreviewPlan = () => vscode.Uri | undefined;

export async function targetPlan(argument: unknown, focusedPreviewPlan: FocusedPreviewPlan): Promise<vscode.Uri | undefined> {
  if (argument instanceof vscode.Uri) return argument;
  return focusedPreviewPlan() ?? journeyEditorUri() ?? (await pickOpenPlan());
}

async function pickOpenPlan(): Promise<vscode.Uri | undefined> {
  const plans = vscode.workspace.textDocuments.filter((document) => document.uri.path.endsWith('.journey'));
  if (plans.length <= 1) return plans[0]?.uri;
  const choice = await vscode.window.showQuickPick(
    plans.map((document) => ({ label: path.posix.basename(document.uri.path), description: vscode.workspace.asRelativePath(document.uri), uri: document.uri })),
    { placeHolder: vscode.l10n.t('Which plan?') },
  );
  return choice?.uri;
}

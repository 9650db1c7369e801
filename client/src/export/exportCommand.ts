// "Journey: Export Matrix…": asks for a format and a file, gets the export from the server
// (`journey/export`, the same renderers as the CLI) and writes it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestExport, requestCoverage, type ExportFormat } from '../journeyServer';
import { targetPlan, type FocusedPreviewPlan } from './targetPlan';

export const EXPORT_MATRIX_COMMAND = 'journey.exportMatrix';

interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
  extension: string;
  filter: string;
}

/** Built per call: the l10n bundle must be read after activation, not at module load. */
function formats(): FormatItem[] {
  return [
    { label: 'HTML', description: vscode.l10n.t('a standalone page, printable, that looks like the preview'), format: 'html', extension: 'html', filter: vscode.l10n.t('HTML page') },
    { label: 'CSV', description: vscode.l10n.t('one row per piece and cell, for a spreadsheet'), format: 'csv', extension: 'csv', filter: 'CSV' },
    { label: 'Markdown', description: vscode.l10n.t('the matrix as a Markdown table'), format: 'markdown', extension: 'md', filter: 'Markdown' },
    { label: 'Mermaid', description: vscode.l10n.t('a journey diagram for wikis, slides and pull requests'), format: 'mermaid', extension: 'mmd', filter: 'Mermaid' },
    { label: 'JSON', description: vscode.l10n.t('the matrix model'), format: 'json', extension: 'json', filter: 'JSON' },
  ];
}

export function registerExportCommand(context: vscode.ExtensionContext, client: JourneyClient, focusedPreviewPlan: FocusedPreviewPlan): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_MATRIX_COMMAND, async (uri?: unknown) => {
      const source = await targetPlan(uri, focusedPreviewPlan);
      if (!source) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Journey: open a .journey plan to export its matrix.'));
        return;
      }
      try {
        await exportMatrix(client, source, context);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the export failed: {0}', error instanceof Error ? error.message : String(error)));
      }
    }),
  );
}

async function exportMatrix(client: JourneyClient, source: vscode.Uri, context: vscode.ExtensionContext): Promise<void> {
  const name = path.posix.basename(source.path);
  const lastFormat = context.workspaceState.get<string>('journey.export.lastFormat');
  const items = formats().sort((a, b) => Number(b.format === lastFormat) - Number(a.format === lastFormat));
  const title = vscode.l10n.t('Export the matrix of {0}', name);
  const choice = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Format') });
  if (!choice) return;
  await context.workspaceState.update('journey.export.lastFormat', choice.format);

  await vscode.workspace.openTextDocument(source); // The server analyses open documents only.
  const summary = await requestCoverage(client, source);
  if (!summary) throw new Error(vscode.l10n.t('the language server has no analysis of {0}', name));
  const error = summary.syntaxErrors[0];
  if (error) {
    const exportAnyway = vscode.l10n.t('Export Anyway');
    const proceed = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} has a YAML syntax error on line {1}: {2}. The export shows only what can be read.', name, error.line, error.message),
      { modal: true },
      exportAnyway,
    );
    if (proceed !== exportAnyway) return;
  }

  const base = name.replace(/\.journey$/i, '');
  const target = await vscode.window.showSaveDialog({
    title,
    defaultUri: vscode.Uri.joinPath(source, '..', `${base}.matrix.${choice.extension}`),
    filters: { [choice.filter]: [choice.extension] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return;

  const text = await requestExport(client, source, choice.format);
  if (text === null) throw new Error(vscode.l10n.t('the language server could not export {0}', name));
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));

  const openInBrowser = vscode.l10n.t('Open in Browser');
  const open = vscode.l10n.t('Open');
  const action = await vscode.window.showInformationMessage(
    vscode.l10n.t('Journey: exported the matrix to {0}.', path.posix.basename(target.path)),
    choice.format === 'html' ? openInBrowser : open,
  );
  if (action === openInBrowser) await vscode.env.openExternal(target);
  else if (action === open) await vscode.window.showTextDocument(target);
}

// "Journey: Export Matrix…": asks for a format and a file, gets the export from the server
// (`journey/export`, the same renderers as the CLI) and writes it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestCoverage, requestExport, type ExportFormat } from '../journeyServer';
import { exportToFile, type ExportFormatItem } from './exportToFile';
import { targetPlan, type FocusedPreviewPlan } from './targetPlan';
import { errorText } from '../errorText';

export const EXPORT_MATRIX_COMMAND = 'journey.exportMatrix';

/** Built per call: the l10n bundle must be read after activation, not at module load. */
function formats(): ExportFormatItem<ExportFormat>[] {
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
        const written = await exportToFile({
          source,
          context,
          lastFormatKey: 'journey.export.lastFormat',
          title: (name) => vscode.l10n.t('Export the matrix of {0}', name),
          formats: formats(),
          suffix: 'matrix',
          syntaxError: async () => {
            const summary = await requestCoverage(client, source);
            if (!summary) throw new Error(vscode.l10n.t('the language server has no analysis of {0}', path.posix.basename(source.path)));
            return summary.syntaxErrors[0];
          },
          render: (format) => requestExport(client, source, format),
        });
        if (!written) return;
        const openInBrowser = vscode.l10n.t('Open in Browser');
        const open = vscode.l10n.t('Open');
        const action = await vscode.window.showInformationMessage(
          vscode.l10n.t('Journey: exported the matrix to {0}.', path.posix.basename(written.target.path)),
          written.format === 'html' ? openInBrowser : open,
        );
        if (action === openInBrowser) await vscode.env.openExternal(written.target);
        else if (action === open) await vscode.window.showTextDocument(written.target);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the export failed: {0}', errorText(error)));
      }
    }),
  );
}

// "Journey: Export Matrix…": asks for a format and a file, gets the export from the server
// (`journey/export`, the same renderers as the CLI) and writes it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { requestExport, requestMatrix, type ExportFormat } from '../journeyServer';
import { journeyEditorUri } from '../preview';

export const EXPORT_MATRIX_COMMAND = 'journey.exportMatrix';

interface FormatItem extends vscode.QuickPickItem {
  format: ExportFormat;
  extension: string;
  filter: string;
}

const FORMATS: FormatItem[] = [
  { label: 'HTML', description: 'a standalone page, printable, that looks like the preview', format: 'html', extension: 'html', filter: 'HTML page' },
  { label: 'CSV', description: 'one row per piece and cell, for a spreadsheet', format: 'csv', extension: 'csv', filter: 'CSV' },
  { label: 'Markdown', description: 'the matrix as a Markdown table', format: 'markdown', extension: 'md', filter: 'Markdown' },
  { label: 'Mermaid', description: 'a journey diagram for wikis, slides and pull requests', format: 'mermaid', extension: 'mmd', filter: 'Mermaid' },
  { label: 'JSON', description: 'the matrix model', format: 'json', extension: 'json', filter: 'JSON' },
];

export function registerExportCommand(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_MATRIX_COMMAND, async (uri?: unknown) => {
      const source = uri instanceof vscode.Uri ? uri : (journeyEditorUri() ?? (await pickOpenPlan()));
      if (!source) {
        void vscode.window.showInformationMessage('Journey: open a .journey plan to export its matrix.');
        return;
      }
      try {
        await exportMatrix(client, source, context);
      } catch (error) {
        void vscode.window.showErrorMessage(`Journey: the export failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}

async function exportMatrix(client: BaseLanguageClient, source: vscode.Uri, context: vscode.ExtensionContext): Promise<void> {
  const name = path.posix.basename(source.path);
  const lastFormat = context.workspaceState.get<string>('journey.export.lastFormat');
  const items = [...FORMATS].sort((a, b) => Number(b.format === lastFormat) - Number(a.format === lastFormat));
  const choice = await vscode.window.showQuickPick(items, { title: `Export the matrix of ${name}`, placeHolder: 'Format' });
  if (!choice) return;
  await context.workspaceState.update('journey.export.lastFormat', choice.format);

  await vscode.workspace.openTextDocument(source); // The server analyses open documents only.
  const model = await requestMatrix(client, source);
  if (!model) throw new Error(`the language server has no analysis of ${name}`);
  const error = model.syntaxErrors[0];
  if (error) {
    const proceed = await vscode.window.showWarningMessage(
      `${name} has a YAML syntax error on line ${error.line}: ${error.message}. The export shows only what can be read.`,
      { modal: true },
      'Export Anyway',
    );
    if (proceed !== 'Export Anyway') return;
  }

  const base = name.replace(/\.journey$/i, '');
  const target = await vscode.window.showSaveDialog({
    title: `Export the matrix of ${name}`,
    defaultUri: vscode.Uri.joinPath(source, '..', `${base}.matrix.${choice.extension}`),
    filters: { [choice.filter]: [choice.extension] },
    saveLabel: 'Export',
  });
  if (!target) return;

  const text = await requestExport(client, source, choice.format);
  if (text === null) throw new Error(`the language server could not export ${name}`);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));

  const open = choice.format === 'html' ? 'Open in Browser' : 'Open';
  const action = await vscode.window.showInformationMessage(`Journey: exported the matrix to ${path.posix.basename(target.path)}.`, open);
  if (action === 'Open in Browser') await vscode.env.openExternal(target);
  else if (action === 'Open') await vscode.window.showTextDocument(target);
}

async function pickOpenPlan(): Promise<vscode.Uri | undefined> {
  const plans = vscode.workspace.textDocuments.filter((document) => document.uri.path.endsWith('.journey'));
  if (plans.length <= 1) return plans[0]?.uri;
  const choice = await vscode.window.showQuickPick(
    plans.map((document) => ({ label: path.posix.basename(document.uri.path), description: vscode.workspace.asRelativePath(document.uri), uri: document.uri })),
    { placeHolder: 'Which plan?' },
  );
  return choice?.uri;
}

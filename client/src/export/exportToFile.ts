// The steps every "Export …" command takes: pick a format (the last one used first), warn about a
// syntax error, ask where to save (beside the plan, named after it), get the text from the
// server and write it. The commands say what is exported, how to get it, and offer to open it.
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface ExportFormatItem<F extends string> extends vscode.QuickPickItem {
  format: F;
  extension: string;
  filter: string;
}

export interface ExportJob<F extends string> {
  source: vscode.Uri;
  context: vscode.ExtensionContext;
  /** Where the last format used is remembered (workspace state). */
  lastFormatKey: string;
  /** The quick pick's and save dialog's title, for the plan's file name. */
  title(name: string): string;
  formats: ExportFormatItem<F>[];
  /** Between the plan's name and the extension: `plan.matrix.html`. */
  suffix: string;
  /** The plan's first YAML syntax error, if any (the plan is open, so the server has analysed it). */
  syntaxError(): Promise<{ line: number; message: string } | undefined>;
  render(format: F): Promise<string | null>;
}

/** The file written and its format, or undefined when the user cancelled. */
export async function exportToFile<F extends string>(job: ExportJob<F>): Promise<{ target: vscode.Uri; format: F } | undefined> {
  const { source, context } = job;
  const name = path.posix.basename(source.path);
  const lastFormat = context.workspaceState.get<string>(job.lastFormatKey);
  const items = [...job.formats].sort((a, b) => Number(b.format === lastFormat) - Number(a.format === lastFormat));
  const title = job.title(name);
  const choice = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Format') });
  if (!choice) return undefined;
  await context.workspaceState.update(job.lastFormatKey, choice.format);

  await vscode.workspace.openTextDocument(source); // The server analyses open documents only.
  const error = await job.syntaxError();
  if (error) {
    const exportAnyway = vscode.l10n.t('Export Anyway');
    const proceed = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} has a YAML syntax error on line {1}: {2}. The export shows only what can be read.', name, error.line, error.message),
      { modal: true },
      exportAnyway,
    );
    if (proceed !== exportAnyway) return undefined;
  }

  const base = name.replace(/\.journey$/i, '');
  const target = await vscode.window.showSaveDialog({
    title,
    defaultUri: vscode.Uri.joinPath(source, '..', `${base}.${job.suffix}.${choice.extension}`),
    filters: { [choice.filter]: [choice.extension] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;

  const text = await job.render(choice.format);
  if (text === null) throw new Error(vscode.l10n.t('the language server could not export {0}', name));
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  return { target, format: choice.format };
}

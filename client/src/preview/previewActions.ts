// What the preview does in the editor on the user's behalf: reveal a piece's line, insert a piece
// in a cell (the server's quick-fix edit), move a piece or set its status (journey/pieceEdit),
// open an http(s) link, export the matrix.
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestAddPieceEdit } from '../journeyServer';
import type { PreviewActions } from './previewPanel';
import { httpUrl } from '../../../server/src/protocol';
import { titleValueRange } from './titleRange';
import { applyPieceEdit, pickCell, pickStatus } from './pieceEdits';
import { EXPORT_MATRIX_COMMAND } from '../export/exportCommand';

export function previewActions(client: JourneyClient): PreviewActions {
  return {
    async reveal(uri, line, from) {
      const document = await vscode.workspace.openTextDocument(uri);
      const index = Math.min(Math.max(line - 1, 0), document.lineCount - 1);
      const text = document.lineAt(index);
      const selection = new vscode.Range(index, text.firstNonWhitespaceCharacterIndex, index, text.range.end.character);
      await showAt(document, selection, from);
    },

    async addPiece(uri, persona, phase, from) {
      const edits = await requestAddPieceEdit(client, uri, persona, phase);
      if (edits.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Journey: a content piece cannot be added here (is the plan readable?).'));
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, edits);
      if (!(await vscode.workspace.applyEdit(edit))) return;
      const document = await vscode.workspace.openTextDocument(uri);
      await showAt(document, titleSelection(document, edits), from);
    },

    async movePiece(uri, piece, from, to, view) {
      const title = view.pieces.find((p) => p.line === piece.line)?.title ?? piece.title;
      const target = to ?? (await pickCell(view, from, title));
      if (target) await applyPieceEdit(client, uri, piece, { kind: 'move', from, to: target });
    },

    async changeStatus(uri, piece, view) {
      const current = view.pieces.find((p) => p.line === piece.line)?.status ?? null;
      const status = await pickStatus(current, piece.title);
      if (status) await applyPieceEdit(client, uri, piece, { kind: 'status', status });
    },

    async openLink(url) {
      // Checked again here: only absolute http(s) urls leave the extension.
      const safe = httpUrl(url);
      if (safe) await vscode.env.openExternal(vscode.Uri.parse(safe, true));
    },

    async exportMatrix(uri) {
      await vscode.commands.executeCommand(EXPORT_MATRIX_COMMAND, uri);
    },
  };
}

/** Shows the document with the selection: in the editor already showing it, else beside the preview. */
async function showAt(document: vscode.TextDocument, selection: vscode.Range, from: vscode.WebviewPanel): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === document.uri.toString());
  const column = visible?.viewColumn ?? (from.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The placeholder title of the inserted piece, selected; else the start of the insertion. */
function titleSelection(document: vscode.TextDocument, edits: vscode.TextEdit[]): vscode.Range {
  const first = edits[0];
  // With one edit, the insertion starts where the edit's range started.
  const range = edits.length === 1 ? titleValueRange(first.newText) : undefined;
  if (!range) return new vscode.Range(first.range.start, first.range.start);
  const base = document.offsetAt(first.range.start);
  return new vscode.Range(document.positionAt(base + range.start), document.positionAt(base + range.end));
}

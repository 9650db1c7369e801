// The preview's edits of one piece on the extension's side: "Move to…" and "Change status…" ask
// with a quick pick, then the server computes the edit (journey/pieceEdit) and it is applied to
// the document — so Ctrl+Z in the editor undoes it. A refusal is said in the user's language.
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestPieceEdit } from '../journeyServer';
import { PIECE_STATUSES } from '../../../server/src/core/plan';
import type { CellRef, DrawnPiece, MatrixView, PieceChange, PieceEditRefusal } from '../../../server/src/protocol';

/** Asks the server for the edit and applies it; says why when there is none. */
export async function applyPieceEdit(client: JourneyClient, uri: vscode.Uri, piece: DrawnPiece, change: PieceChange): Promise<boolean> {
  const result = await requestPieceEdit(client, uri, piece, change);
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the plan is not read yet; try again in a moment.'));
    return false;
  }
  if ('refused' in result) {
    warnRefused(result.refused);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, result.edits);
  return vscode.workspace.applyEdit(edit);
}

/** The cell to move a piece to: every persona × phase but the one it is in, by their names. */
export async function pickCell(view: MatrixView, from: CellRef, title: string): Promise<CellRef | undefined> {
  const items: (vscode.QuickPickItem & { cell: CellRef })[] = [];
  for (const persona of view.personas) {
    for (const phase of view.phases) {
      if (persona.id === from.persona && phase.id === from.phase) continue;
      items.push({ label: `${persona.name} × ${phase.name}`, description: `${persona.id} · ${phase.id}`, cell: { persona: persona.id, phase: phase.id } });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Move “{0}” to…', title || vscode.l10n.t('(untitled)')),
    placeHolder: vscode.l10n.t('Persona × phase'),
    matchOnDescription: true,
  });
  return picked?.cell;
}

/** The status to give a piece; the one it has is marked. */
export async function pickStatus(current: string | null, title: string): Promise<string | undefined> {
  const items = PIECE_STATUSES.map((status) => ({ label: status, description: status === current ? vscode.l10n.t('current') : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status of “{0}”', title || vscode.l10n.t('(untitled)')) });
  return picked?.label;
}

function warnRefused(refusal: PieceEditRefusal): void {
  switch (refusal) {
    case 'unreadable':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the plan has a YAML syntax error; fix it in the editor first, then edit from the preview.'));
      return;
    case 'changed':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the piece changed since the preview drew it; nothing was edited. Try again.'));
      return;
    case 'same-cell':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the piece is in that cell already.'));
      return;
    case 'same-status':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the piece has that status already.'));
      return;
    case 'already-there':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the piece is already for that persona or in that phase.'));
      return;
    case 'wildcard':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: the piece is for every persona or phase ("*"); change its line in the editor to move it.'));
      return;
    case 'not-plain':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: that value is not written plainly in the piece (an alias or a merge); change it in the editor.'));
      return;
    case 'unknown-target':
      void vscode.window.showWarningMessage(vscode.l10n.t('Journey: that persona, phase or status is not in the plan.'));
      return;
  }
}

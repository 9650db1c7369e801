// The matrix preview feature: commands, the editor-following preview, the serializer that
// revives previews after a reload, and live redraws on the server's analysisChanged notification.
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { isJourneyDocument, onAnalysisChanged } from '../journeyServer';
import { PreviewManager } from './previewManager';
import { followSelection } from './selectionSync';
import { parseCellRef, parseContextPlan, parsePieceContext, PREVIEW_VIEW_TYPE } from '../../../server/src/protocol';

export const SHOW_PREVIEW_COMMAND = 'journey.showPreview';
export const SHOW_PREVIEW_TO_SIDE_COMMAND = 'journey.showPreviewToSide';
export const TOGGLE_PREVIEW_LOCK_COMMAND = 'journey.togglePreviewLock';
export const SHOW_PREVIEW_SOURCE_COMMAND = 'journey.showPreviewSource';
/** The preview's context menu (webview/context): the argument is the element's data-vscode-context. */
export const MOVE_PIECE_COMMAND = 'journey.movePieceTo';
export const CHANGE_PIECE_STATUS_COMMAND = 'journey.changePieceStatus';
export const ADD_PIECE_HERE_COMMAND = 'journey.addPieceHere';

export function registerPreview(context: vscode.ExtensionContext, client: JourneyClient): PreviewManager {
  const manager = new PreviewManager(client, context.extensionUri);
  const open = (sideBySide: boolean) => (uri?: unknown, options?: unknown) => {
    // A Uri from the explorer or a menu; a string from the server's code lens (`[uri, { persona }]`).
    const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : journeyEditorUri();
    const persona = (options as { persona?: unknown } | undefined)?.persona;
    if (target) manager.show(target, sideBySide, typeof persona === 'string' && persona.length > 0 ? persona : undefined);
    else void vscode.window.showInformationMessage(vscode.l10n.t('Journey: open a .journey plan to preview it.'));
  };
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand(SHOW_PREVIEW_COMMAND, open(false)),
    vscode.commands.registerCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, open(true)),
    vscode.commands.registerCommand(TOGGLE_PREVIEW_LOCK_COMMAND, () => manager.toggleLock()),
    vscode.commands.registerCommand(SHOW_PREVIEW_SOURCE_COMMAND, async () => {
      const uri = manager.activeResource();
      if (uri) await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    }),
    vscode.commands.registerCommand(MOVE_PIECE_COMMAND, (context: unknown) => {
      const target = parsePieceContext(context);
      if (target) manager.contextPreview(parseContextPlan(context))?.movePiece(target.piece, target.cell);
    }),
    vscode.commands.registerCommand(CHANGE_PIECE_STATUS_COMMAND, (context: unknown) => {
      const target = parsePieceContext(context);
      if (target) manager.contextPreview(parseContextPlan(context))?.changeStatus(target.piece);
    }),
    vscode.commands.registerCommand(ADD_PIECE_HERE_COMMAND, (context: unknown) => {
      const cell = parseCellRef(context);
      if (cell) manager.contextPreview(parseContextPlan(context))?.addPiece(cell);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => manager.follow(editor)),
    followSelection(client, manager),
    onAnalysisChanged(client, ({ uri }) => manager.onAnalysisChanged(uri)),
  );
  return manager;
}

/** The active editor's plan, or — with a preview focused, when there is no active text editor — the only visible plan. */
export function journeyEditorUri(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (isJourneyDocument(active)) return active.uri;
  const visible = vscode.window.visibleTextEditors.filter((editor) => isJourneyDocument(editor.document));
  return visible.length === 1 ? visible[0].document.uri : undefined;
}

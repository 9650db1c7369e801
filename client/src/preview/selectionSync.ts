// Editor → preview: when the cursor rests in a piece, the previews of that plan highlight it and
// scroll its cell into view. The server says which piece a position is in (journey/pieceAt), from
// the same analysis the preview draws; a burst of cursor moves asks once, after it.
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { isJourneyDocument, requestPieceAt } from '../journeyServer';
import type { PreviewManager } from './previewManager';
import { errorText } from '../errorText';

/** How long the cursor rests before the preview follows it. */
const REST_MS = 100;

export function followSelection(client: JourneyClient, manager: PreviewManager): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = vscode.window.onDidChangeTextEditorSelection(({ textEditor }) => {
    if (!isJourneyDocument(textEditor.document) || manager.previewsOf(textEditor.document.uri).length === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => void follow(textEditor), REST_MS);
  });
  const follow = async (editor: vscode.TextEditor) => {
    const uri = editor.document.uri;
    let line: number | null;
    try {
      line = await requestPieceAt(client, uri, editor.selection.active);
    } catch (error) {
      client.log.warn(`Journey preview: no piece at the cursor in ${uri.toString()}: ${errorText(error)}`);
      return;
    }
    for (const preview of manager.previewsOf(uri)) preview.select(line);
  };
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    subscription.dispose();
  });
}

// Editing a piece from the matrix: drag it to another cell, or, from the keyboard on a focused
// piece, M ("Move to…") and S ("Change status…"); N on a cell or piece adds a content piece there.
// The webview only says what the user did, with the piece as it drew it (its line and title);
// the extension asks what is missing and the server makes the edit.
import type { MatrixView } from '../../server/src/protocol/matrixView';
import type { CellRef, DrawnPiece } from '../../server/src/protocol/pieceEdits';
import type { FromWebview } from '../../server/src/protocol/webview';

/** The drag's payload type: only drags from a Journey preview are taken. */
const DRAG_TYPE = 'application/vnd.journey.piece+json';

interface Dragged {
  piece: DrawnPiece;
  from: CellRef;
}

export function cellOf(element: Element | null): CellRef | undefined {
  const td = element?.closest('td.cell');
  const persona = td?.getAttribute('data-persona');
  const phase = td?.getAttribute('data-phase');
  return persona && phase ? { persona, phase } : undefined;
}

/** The piece an element is in, as the matrix drew it. */
export function pieceOf(element: Element | null, model: MatrixView): DrawnPiece | undefined {
  const line = Number(element?.closest('li.piece')?.getAttribute('data-line'));
  const piece = Number.isInteger(line) ? model.pieces.find((p) => p.line === line) : undefined;
  return piece && { line, title: piece.title };
}

/** Drag and drop of pieces between the matrix's cells (the table's handlers). */
export function pieceDragging(model: () => MatrixView, post: (message: FromWebview) => void) {
  let dragged: Dragged | undefined;
  let over: Element | undefined;
  const mark = (td: Element | undefined) => {
    if (over === td) return;
    over?.removeAttribute('data-drop-target');
    td?.setAttribute('data-drop-target', 'true');
    over = td;
  };
  return {
    onDragStart(event: DragEvent) {
      const target = event.target as Element;
      const piece = pieceOf(target, model());
      const from = cellOf(target);
      if (!piece || !from || !event.dataTransfer) return;
      dragged = { piece, from };
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(dragged));
    },
    onDragOver(event: DragEvent) {
      const td = (event.target as Element).closest('td.cell') ?? undefined;
      if (!dragged || !td || !event.dataTransfer?.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      mark(td);
    },
    onDragLeave(event: DragEvent) {
      if (!(event.relatedTarget instanceof Node) || !over?.contains(event.relatedTarget)) mark(undefined);
    },
    onDrop(event: DragEvent) {
      const to = cellOf(event.target as Element);
      const from = dragged;
      mark(undefined);
      dragged = undefined;
      if (!from || !to) return;
      event.preventDefault();
      // Dropped where it came from: nothing to do.
      if (from.from.persona === to.persona && from.from.phase === to.phase) return;
      post({ type: 'movePiece', piece: from.piece, from: from.from, to });
    },
    onDragEnd() {
      mark(undefined);
      dragged = undefined;
    },
  };
}

/** M, S or N (no modifier) on a piece or cell; true when it was one of them. */
export function pieceShortcut(event: KeyboardEvent, model: MatrixView, post: (message: FromWebview) => void): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return false;
  const target = event.target as Element;
  const cell = cellOf(target);
  if (!cell) return false;
  const key = event.key.toLowerCase();
  if (key === 'n') {
    post({ type: 'addPiece', persona: cell.persona, phase: cell.phase });
  } else if (key === 'm' || key === 's') {
    const piece = target.matches('button.piece-open') ? pieceOf(target, model) : undefined;
    if (!piece) return false;
    post(key === 'm' ? { type: 'moveTo', piece, from: cell } : { type: 'changeStatus', piece });
  } else {
    return false;
  }
  event.preventDefault();
  return true;
}

// The preview's edits to one piece, as they cross the wires (webview → extension → server):
// which piece (as the preview drew it), from which cell, and the change. One validator per shape,
// used on the webview's messages, the context menu's arguments and the server's params alike.
import type { CellRef, DrawnPiece, PieceEditRefusal } from '../core/edits/pieceEdits';
import { PIECE_STATUSES } from '../core/plan';
import { isLine, isObject, isText, MAX_TEXT } from './text';

export type { CellRef, DrawnPiece, PieceEditRefusal };

/** Move the piece from one of its cells to another, or set its status. */
export type PieceChange = { kind: 'move'; from: CellRef; to: CellRef } | { kind: 'status'; status: string };

/** A piece the user acts on in the preview: as drawn, in the cell it was drawn in. */
export interface PieceInCell {
  piece: DrawnPiece;
  cell: CellRef;
}

export function parseDrawnPiece(value: unknown): DrawnPiece | undefined {
  if (!isObject(value)) return undefined;
  const { line, title } = value;
  if (!isLine(line)) return undefined;
  return typeof title === 'string' && title.length <= MAX_TEXT ? { line, title } : undefined;
}

export function parseCellRef(value: unknown): CellRef | undefined {
  if (!isObject(value)) return undefined;
  const { persona, phase } = value;
  return isText(persona) && isText(phase) ? { persona, phase } : undefined;
}

export function parsePieceChange(value: unknown): PieceChange | undefined {
  if (!isObject(value)) return undefined;
  if (value.kind === 'status') {
    return (PIECE_STATUSES as readonly unknown[]).includes(value.status) ? { kind: 'status', status: value.status as string } : undefined;
  }
  if (value.kind !== 'move') return undefined;
  const from = parseCellRef(value.from);
  const to = parseCellRef(value.to);
  return from && to ? { kind: 'move', from, to } : undefined;
}

/** The plan a context menu command came from (the preview's `#matrix` carries its uri); undefined if not said. */
export function parseContextPlan(value: unknown): string | undefined {
  return isObject(value) && isText(value.uri) ? value.uri : undefined;
}

/**
 * What a piece's `data-vscode-context` says (the argument VS Code gives a `webview/context`
 * command): `{ webviewSection: 'piece', line, title, persona, phase }`; for a cell, only its
 * persona and phase.
 */
export function parsePieceContext(value: unknown): PieceInCell | undefined {
  const cell = parseCellRef(value);
  const piece = parseDrawnPiece(value);
  return cell && piece ? { piece, cell } : undefined;
}

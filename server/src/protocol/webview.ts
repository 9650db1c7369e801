// The messages between the extension and the preview webview (webview/src), and the state the
// webview persists. No vscode import: the tests use the validators as they are.
// Everything that arrives from the webview is untrusted input and passes `parseWebviewMessage`.
import { safeHttpUrl } from '../core/view/safeUrl';
import type { MatrixResult } from './matrixView';
import { parseCellRef, parseDrawnPiece, type CellRef, type DrawnPiece } from './pieceEdits';
import { isLine, isText } from './text';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

export const FILTER_KEYS = ['status', 'type', 'channel', 'owner'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Per piece field, the values a piece may have to be shown ("any of these"). */
export type PreviewFilters = Partial<Record<FilterKey, string[]>>;

/** Extension → webview. `matrix` null: the server has no analysis (yet) for the document. */
export interface UpdateMessage {
  type: 'update';
  uri: string;
  fileName: string;
  locked: boolean;
  /**
   * Whole, or a delta on the matrix the webview has (which says "ready" again when it cannot
   * apply it). A whole matrix travels as its UTF-8 JSON: the webview channel carries one buffer
   * far faster than an object graph of 10,000 pieces (VS Code transfers typed arrays as bytes).
   * null: the matrix did not change (the lock did), or the server has none yet.
   */
  matrix: MatrixResult | Uint8Array | null;
  /**
   * Set on a large plan's first update to a new webview: `matrix` is then the whole matrix
   * without its pieces (`withoutPieces`), which the cells index up to this count. The cells are
   * drawn and painted first; the whole matrix follows once the webview says so ("painted").
   */
  piecesToCome?: number;
  /** `journey.preview.defaultFilters` for this plan: what the webview starts with when it has no filters of its own. */
  defaultFilters?: PreviewFilters;
}
/** Extension → webview: the piece the editor's cursor rests in (by its first line), or none. */
export interface SelectMessage {
  type: 'select';
  uri: string;
  line: number | null;
}
/** Extension → webview: scroll to a persona's row (the persona code lens's click). */
export interface ShowPersonaMessage {
  type: 'showPersona';
  uri: string;
  persona: string;
}
export type ToWebview = UpdateMessage | SelectMessage | ShowPersonaMessage;

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  /** The update with this matrix is on screen (a frame has been painted since it was drawn). */
  | { type: 'painted'; resultId: string }
  | { type: 'reveal'; line: number }
  | { type: 'addPiece'; persona: string; phase: string }
  /** A piece dropped on another cell. */
  | { type: 'movePiece'; piece: DrawnPiece; from: CellRef; to: CellRef }
  /** "Move to…" from the keyboard: the extension asks for the cell. */
  | { type: 'moveTo'; piece: DrawnPiece; from: CellRef }
  /** "Change status…" from the keyboard: the extension asks for the status. */
  | { type: 'changeStatus'; piece: DrawnPiece }
  | { type: 'openLink'; url: string }
  | { type: 'export' };

/** What the webview keeps through `setState`; the serializer restores the preview from it. */
export interface PreviewState {
  uri: string;
  locked: boolean;
}

export function parseWebviewMessage(data: unknown): FromWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'export':
      return { type: 'export' };
    case 'painted':
      return isText(message.resultId) ? { type: 'painted', resultId: message.resultId } : undefined;
    case 'reveal': {
      const line = message.line;
      return isLine(line) ? { type: 'reveal', line } : undefined;
    }
    case 'addPiece': {
      const cell = parseCellRef(message);
      return cell ? { type: 'addPiece', ...cell } : undefined;
    }
    case 'movePiece': {
      const [piece, from, to] = [parseDrawnPiece(message.piece), parseCellRef(message.from), parseCellRef(message.to)];
      return piece && from && to ? { type: 'movePiece', piece, from, to } : undefined;
    }
    case 'moveTo': {
      const [piece, from] = [parseDrawnPiece(message.piece), parseCellRef(message.from)];
      return piece && from ? { type: 'moveTo', piece, from } : undefined;
    }
    case 'changeStatus': {
      const piece = parseDrawnPiece(message.piece);
      return piece ? { type: 'changeStatus', piece } : undefined;
    }
    case 'openLink': {
      const url = httpUrl(message.url);
      return url ? { type: 'openLink', url } : undefined;
    }
    default:
      return undefined;
  }
}

/** The url when it is an absolute http(s) url, else undefined: no `command:`, `file:` or `javascript:` links. */
export function httpUrl(value: unknown): string | undefined {
  return isText(value) ? (safeHttpUrl(value) ?? undefined) : undefined;
}

const MAX_FILTER_VALUES = 100;

/**
 * The `journey.preview.defaultFilters` setting, with wrong shapes left out: a field counts only as
 * a list of non-empty strings (duplicates dropped); an empty list, another key or another type is ignored.
 */
export function parseDefaultFilters(value: unknown): PreviewFilters {
  const filters: PreviewFilters = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return filters;
  const setting = value as Record<string, unknown>;
  for (const key of FILTER_KEYS) {
    const list = setting[key];
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_FILTER_VALUES || !list.every(isText)) continue;
    filters[key] = [...new Set(list as string[])];
  }
  return filters;
}

export function parsePreviewState(state: unknown): PreviewState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { uri, locked } = state as Record<string, unknown>;
  return isText(uri) ? { uri, locked: locked === true } : undefined;
}

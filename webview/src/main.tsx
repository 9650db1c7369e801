// The Journey preview, run inside the webview. It keeps the matrix the extension sends (whole,
// or a delta on the one it has: `applyMatrixResult`, the same function the extension applies)
// and draws it with Preact; what the user asks for (reveal a line, add a piece, open a link,
// export) is posted back. Safety: plan text reaches the page as text nodes and attributes set
// by Preact, never as parsed HTML; every incoming message is checked before use.
import { render } from 'preact';
import { isMatrixResult } from '../../server/src/protocol/matrixCheck';
import { applyMatrixResult, type MatrixView } from '../../server/src/protocol/matrixView';
import type { FromWebview } from '../../server/src/protocol/webview';
import { isCount, isLine } from '../../server/src/protocol/text';
import { viewLabels } from '../../server/src/core/view/labels';
import { App, type AppState } from './App';
import { isDefaultFilters, readState, type Filters, type SavedState } from './state';

const vscode = acquireVsCodeApi();
const labels = viewLabels(document.documentElement.lang);
const root = document.getElementById('root') ?? document.body;

const saved = readState(vscode.getState());
const state: AppState = {
  doc: saved.uri ? { uri: saved.uri, fileName: '', locked: saved.locked } : null,
  current: null,
  lastGood: null,
  filters: saved.filters,
  compact: saved.compact,
  view: saved.view,
  month: saved.month,
  selectedLine: null,
  showPersona: null,
  piecesToCome: null,
};
/** Where to scroll once the matrix is drawn: the saved position, or the top for another plan. */
let pendingScroll: { x: number; y: number } | null = saved.uri ? { x: saved.scrollX, y: saved.scrollY } : null;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

/** The scroll position as the last scroll event left it: reading window.scrollX after a redraw would lay the page out at once. */
let scroll = { x: saved.scrollX, y: saved.scrollY };
/** What was saved last, as JSON: an update that changes none of it saves nothing. */
let persisted = '';

function persist(): void {
  const next: SavedState = {
    uri: state.doc?.uri ?? '',
    locked: state.doc?.locked ?? false,
    filters: state.filters,
    scrollX: scroll.x,
    scrollY: scroll.y,
    compact: state.compact,
    view: state.view,
    month: state.month,
  };
  const json = JSON.stringify(next);
  if (json === persisted) return;
  persisted = json;
  vscode.setState(next);
}

const actions = {
  post,
  setFilters(filters: Filters): void {
    state.filters = filters;
    draw();
    persist();
  },
  setCompact(compact: boolean): void {
    state.compact = compact;
    draw();
    persist();
  },
  setView(view: string): void {
    state.view = view;
    draw();
    persist();
  },
  setMonth(month: string | null): void {
    state.month = month;
    draw();
    persist();
  },
};

function draw(): void {
  render(<App state={state} labels={labels} actions={actions} />, root);
  if (pendingScroll && state.lastGood) {
    window.scrollTo(pendingScroll.x, pendingScroll.y);
    pendingScroll = null;
    // Laid out already by scrollTo: reading where it landed costs nothing more.
    scroll = { x: window.scrollX, y: window.scrollY };
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data as Record<string, unknown> | null;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'select' || message.type === 'showPersona') {
    onCursor(message);
    return;
  }
  if (message.type !== 'update') return;
  mark('journey:received');
  const waitedForPieces = state.piecesToCome !== null;
  if (typeof message.uri !== 'string' || typeof message.fileName !== 'string' || typeof message.locked !== 'boolean') return;
  const matrix = message.matrix instanceof Uint8Array ? decode(message.matrix) : message.matrix;
  const piecesToCome = isCount(message.piecesToCome) ? message.piecesToCome : undefined;
  const malformedCount = message.piecesToCome !== undefined && piecesToCome === undefined;
  if (malformedCount || (matrix !== null && !isMatrixResult(matrix, piecesToCome))) {
    console.warn('Journey preview: ignored a malformed matrix');
    return;
  }
  if (message.defaultFilters !== undefined && !isDefaultFilters(message.defaultFilters)) {
    console.warn('Journey preview: ignored malformed default filters');
    return;
  }
  if (!state.doc || state.doc.uri !== message.uri) {
    // A new preview or another plan: its own matrix, the default filters (the setting), from the
    // top. (A restored webview receives its saved uri first and so keeps its saved filters and scroll.)
    state.current = null;
    state.lastGood = null;
    state.compact = null;
    state.month = null;
    state.selectedLine = null;
    state.showPersona = null;
    state.piecesToCome = null;
    state.filters = {};
    for (const [key, values] of Object.entries(message.defaultFilters ?? {})) state.filters[key as keyof Filters] = { values: [...values] };
    if (state.doc) pendingScroll = { x: 0, y: 0 };
  }
  state.doc = { uri: message.uri, fileName: message.fileName, locked: message.locked };
  if (matrix !== null) {
    const next: MatrixView | null = applyMatrixResult(state.current, matrix);
    if (!next) {
      // Out of step (a delta on a matrix this page does not have): start again from a whole one.
      post({ type: 'ready' });
      return;
    }
    state.current = next;
    // A broken plan is drawn as its last good matrix: whether that one's pieces are still to come stays as it was.
    if (next.syntaxErrors.length === 0) {
      state.lastGood = next;
      state.piecesToCome = piecesToCome ?? null;
    }
  }
  draw();
  persist();
  mark('journey:drawn');
  const first = state.lastGood !== null && performance.getEntriesByName('journey:first-painted').length === 0;
  const piecesArrived = waitedForPieces && state.piecesToCome === null;
  const resultId = matrix?.resultId;
  afterPaint(() => {
    mark('journey:painted');
    if (first) performance.mark('journey:first-painted');
    if (piecesArrived) mark('journey:pieces-painted');
    // The extension hands VS Code the plan's problems once the preview shows the change.
    if (resultId !== undefined) post({ type: 'painted', resultId });
  });
});

/** Runs once the next frame has been painted: rAF runs just before a paint, a task queued from it just after. */
function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** The editor's cursor (select) or the code lens (showPersona): what to highlight or scroll to, for the plan shown. */
function onCursor(message: Record<string, unknown>): void {
  if (!state.doc || message.uri !== state.doc.uri) return;
  if (message.type === 'select') {
    const line = message.line;
    if (line !== null && !isLine(line)) return;
    state.selectedLine = line;
  } else {
    if (typeof message.persona !== 'string') return;
    state.showPersona = { persona: message.persona, seq: (state.showPersona?.seq ?? 0) + 1 };
  }
  draw();
}

/** A matrix sent as UTF-8 JSON; undefined (malformed) when it is not JSON. */
function decode(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** The last update's arrival, drawing and painting, for `npm run bench:preview` (one mark of each kept; `journey:first-painted` once). */
function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

// The scroll position survives hiding (the webview is rebuilt when shown again).
let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    scroll = { x: window.scrollX, y: window.scrollY };
    persist();
  });
});

root.replaceChildren();
draw();
post({ type: 'ready' });

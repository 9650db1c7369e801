// One matrix preview: a webview panel showing one `.journey` plan. It asks the server for the
// matrix — a delta on the one it has, once it has one — and passes it on to the webview once
// that says it is ready; everything the webview sends back is validated (server/src/protocol)
// before it is acted on.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { toLocale } from '../../../server/src/core/messages';
import {
  applyMatrixResult,
  parseDefaultFilters,
  parseWebviewMessage,
  PREVIEW_VIEW_TYPE,
  type CellRef,
  type DrawnPiece,
  type FromWebview,
  type MatrixFull,
  type MatrixResult,
  type MatrixView,
  type ToWebview,
  type UpdateMessage,
  isWithoutPieces,
  withoutPieces,
} from '../../../server/src/protocol';
import { COMPACT_FROM_PIECES } from '../../../server/src/core/view/matrixView';
import { requestMatrix, sameDocument } from '../journeyServer';
import { REDRAW_DELAY_MS, Throttle } from './throttle';
import { createNonce, renderPreviewShell } from './shell';
import { errorText } from '../errorText';

/** What a preview asks of the rest of the extension when the user acts in it. */
export interface PreviewActions {
  reveal(uri: vscode.Uri, line: number, from: vscode.WebviewPanel): Promise<void>;
  addPiece(uri: vscode.Uri, persona: string, phase: string, from: vscode.WebviewPanel): Promise<void>;
  /** Moves a piece from one of its cells to `to`, or — without one — to the cell the user picks. */
  movePiece(uri: vscode.Uri, piece: DrawnPiece, from: CellRef, to: CellRef | undefined, view: MatrixView): Promise<void>;
  /** Sets a piece's status to the one the user picks. */
  changeStatus(uri: vscode.Uri, piece: DrawnPiece, view: MatrixView): Promise<void>;
  openLink(url: string): Promise<void>;
  exportMatrix(uri: vscode.Uri): Promise<void>;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    enableFindWidget: true,
    retainContextWhenHidden: false,
  };
}

/** The page of a Journey webview (the preview's, or the overview's): the shell with the bundle named, in the editor's language. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, script: string, page: 'preview' | 'overview'): string {
  const resource = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  return renderPreviewShell({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    scriptUri: resource('dist', script),
    styleUri: resource('media', 'preview.css'),
    locale: toLocale(vscode.env.language),
    page,
  });
}

export function createPreviewPanel(extensionUri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview'), { viewColumn: column, preserveFocus }, webviewOptions(extensionUri));
}

export class JourneyPreview implements vscode.Disposable {
  private ready = false;
  /** The matrix as the server last answered, and the last one without syntax errors. */
  private view: MatrixView | null = null;
  private lastGood: MatrixView | null = null;
  /** The resultId of the matrix the webview has: a delta on it can be passed on as it is. */
  private webviewHas: string | undefined;
  /** The resultId of the last matrix without syntax errors the webview has: what it draws under the banner of a broken plan. */
  private webviewLastGood: string | undefined;
  /** The whole matrix as the webview is sent it (UTF-8 JSON, 2.4 MB at 10,000 pieces), made while its page loads and used once. */
  private prepared: { resultId: string; bytes: Uint8Array } | undefined;
  /** The plan changed while the webview could not be sent it. */
  private behind = false;
  /** The server announced a new analysis, and the webview has not yet painted it (problemsAfterPreview.ts waits for this). */
  private painting: PaintWait | undefined;
  /** Keystrokes are coalesced: one request at a time, at most one more after it (never a queue of stale ones). */
  private readonly refresher = new Throttle(() => this.refresh(), REDRAW_DELAY_MS);
  private disposed = false;
  /** The piece the editor's cursor is in (its first line), and a persona row to scroll to once the webview is ready. */
  private selectedLine: number | null = null;
  private pendingPersona: string | undefined;
  /** The webview has had an update since it said "ready": it knows the plan, so it takes a selection. */
  private webviewShows = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private locked: boolean,
    private readonly client: JourneyClient,
    extensionUri: vscode.Uri,
    private readonly actions: PreviewActions,
  ) {
    // A restored panel keeps the options it was created with; set them again all the same.
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'webview.js', 'preview');
    this.updateTitle();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((data: unknown) => this.onMessage(data)),
      panel.onDidChangeViewState(() => {
        // Hidden, the webview is torn down (no retainContextWhenHidden); it says "ready" again when
        // shown. It paints nothing meanwhile: the plan's problems need not wait for it.
        if (!panel.visible) {
          this.ready = false;
          this.painting?.release();
        }
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    // Ask for the matrix while the page loads: for a large plan it is there when the page is.
    this.refresher.now();
  }

  get uri(): vscode.Uri {
    return this.resource;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Shows another plan (the dynamic preview following the active editor). */
  setResource(uri: vscode.Uri): void {
    if (uri.toString() === this.resource.toString()) return;
    this.resource = uri;
    this.view = null;
    this.selectedLine = null;
    // The webview learns the plan with the next update; a selection waits for it.
    this.webviewShows = false;
    this.lastGood = null;
    // The old plan's problems wait for nothing this preview will paint now.
    this.painting?.release();
    this.updateTitle();
    this.refresher.now();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    this.post(null);
  }

  /** Highlights the piece whose first line is `line` (null: none), as the editor's cursor moves. */
  select(line: number | null): void {
    if (line === this.selectedLine) return;
    this.selectedLine = line;
    this.sendCursor();
  }

  /** Scrolls to a persona's row (now, or once the webview has the plan). */
  showPersona(persona: string): void {
    this.pendingPersona = persona;
    this.sendCursor();
  }

  /** The context menu's "Move to…", "Change Status…" and "Add a Content Piece Here" (webview/context commands). */
  movePiece(piece: DrawnPiece, from: CellRef): void {
    if (this.view) this.run(this.actions.movePiece(this.resource, piece, from, undefined, this.view));
  }

  changeStatus(piece: DrawnPiece): void {
    if (this.view) this.run(this.actions.changeStatus(this.resource, piece, this.view));
  }

  addPiece(cell: CellRef): void {
    this.run(this.actions.addPiece(this.resource, cell.persona, cell.phase, this.panel));
  }

  /** The server analysed a document again: redraw if it is ours. */
  onAnalysisChanged(serverUri: string): void {
    if (!sameDocument(serverUri, this.resource)) return;
    if (this.ready && !this.painting) {
      this.painting = waitForPaint((done) => {
        if (this.painting === done) this.painting = undefined;
      });
    }
    this.refresher.schedule();
  }

  /** Resolves once the webview shows the plan's latest analysis, or cannot (hidden, closed, no answer): undefined when nothing is on its way. */
  untilPainted(): Promise<void> | undefined {
    return this.painting?.done;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.painting?.release();
    this.refresher.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private updateTitle(): void {
    const name = path.posix.basename(this.resource.path);
    this.panel.title = this.locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview: {0}', name);
  }

  private onMessage(data: unknown): void {
    const message: FromWebview | undefined = parseWebviewMessage(data);
    if (!message) return; // Not ours, or malformed: ignore.
    const run = (work: Promise<void>) => this.run(work);
    switch (message.type) {
      case 'painted':
        if (message.resultId !== this.webviewHas) return;
        // A large plan's cells are on screen: now its pieces.
        if (isWithoutPieces(message.resultId)) this.postWhole();
        // Painted, and no newer analysis on its way: the plan's problems may go to VS Code.
        else if (this.refresher.idle) this.painting?.release();
        return;
      case 'ready':
        this.ready = true;
        this.webviewShows = false;
        this.webviewHas = undefined;
        this.webviewLastGood = undefined;
        this.postWhole();
        // The plan changed while the page loaded or was hidden (or there is no matrix yet): ask again.
        if (this.behind || !this.view) this.refresher.now();
        return;
      case 'reveal':
        void run(this.actions.reveal(this.resource, message.line, this.panel));
        return;
      case 'addPiece':
        void run(this.actions.addPiece(this.resource, message.persona, message.phase, this.panel));
        return;
      case 'movePiece':
        if (this.view) void run(this.actions.movePiece(this.resource, message.piece, message.from, message.to, this.view));
        return;
      case 'moveTo':
        this.movePiece(message.piece, message.from);
        return;
      case 'changeStatus':
        this.changeStatus(message.piece);
        return;
      case 'openLink':
        void run(this.actions.openLink(message.url));
        return;
      case 'export':
        void run(this.actions.exportMatrix(this.resource));
        return;
    }
  }

  private run(work: Promise<void>): void {
    void work.catch((error) => void vscode.window.showErrorMessage(vscode.l10n.t('Journey preview: {0}', errorText(error))));
  }

  /** The piece to highlight and the row to scroll to, once the webview shows the plan. */
  private sendCursor(): void {
    if (!this.ready || !this.webviewShows || this.disposed) return;
    const uri = this.resource.toString();
    const messages: ToWebview[] = [{ type: 'select', uri, line: this.selectedLine }];
    if (this.pendingPersona !== undefined) messages.push({ type: 'showPersona', uri, persona: this.pendingPersona });
    this.pendingPersona = undefined;
    for (const message of messages) void this.panel.webview.postMessage(message);
  }

  /** A whole matrix as bytes (the webview's structured clone copies them without walking 10,000 objects); the prepared ones once. */
  private bytesOf(result: MatrixFull): Uint8Array {
    if (this.prepared?.resultId !== result.resultId) return encodeJson(result);
    const { bytes } = this.prepared;
    this.prepared = undefined;
    return bytes;
  }

  /**
   * The whole matrix; while the plan is broken, the last good one first when the webview lacks it
   * (a new webview, or one still waiting for a large plan's pieces): the banner needs it under it.
   */
  private postWhole(): void {
    if (this.lastGood && this.lastGood !== this.view && this.webviewLastGood !== this.lastGood.resultId) this.post(whole(this.lastGood));
    if (this.view) this.post(whole(this.view));
  }

  /** Asks for the matrix (a delta on the one this preview has) and passes it on; no paint is awaited unless it was sent. */
  private async refresh(): Promise<void> {
    const posted = this.webviewHas;
    await this.fetchAndPost();
    if (this.webviewHas === posted || !this.ready) this.painting?.release();
  }

  private async fetchAndPost(): Promise<void> {
    // A hidden preview with a matrix waits until it is shown; one without asks at once.
    if (this.disposed) return;
    if (!this.ready && this.view) {
      this.behind = true;
      return;
    }
    this.behind = false;
    const uri = this.resource;
    let result = await this.fetch(uri, this.view?.resultId);
    if (this.disposed || uri.toString() !== this.resource.toString()) return;
    if (!result) {
      // No analysis (yet): the webview still learns which plan it shows, and says it waits.
      this.post(null);
      return;
    }
    let view = applyMatrixResult(this.view, result);
    if (!view) {
      // Not a delta on what this preview has (it should be): ask for the whole matrix.
      result = await this.fetch(uri, undefined);
      if (this.disposed || uri.toString() !== this.resource.toString() || !result) return;
      view = applyMatrixResult(null, result);
      if (!view) return;
    }
    this.view = view;
    if (view.syntaxErrors.length === 0) this.lastGood = view;
    // The page is still loading: have the whole matrix ready for its "ready".
    if (!this.ready) this.prepared = { resultId: view.resultId, bytes: encodeJson(whole(view)) };
    if (result.kind === 'delta' && result.previousResultId === this.webviewHas) this.post(result);
    else this.postWhole();
  }

  private async fetch(uri: vscode.Uri, previousResultId: string | undefined): Promise<MatrixResult | null> {
    try {
      // The server analyses open documents only; after a window reload the plan may not be open yet.
      if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
        await vscode.workspace.openTextDocument(uri);
      }
      return await requestMatrix(this.client, uri, previousResultId);
    } catch (error) {
      this.client.log.warn(`Journey preview: no matrix for ${uri.toString()}: ${errorText(error)}`);
      return null;
    }
  }

  /** Posts the webview the matrix (null: the title, lock or settings only changed) once it is ready. */
  private post(result: MatrixResult | null): void {
    if (!this.ready || this.disposed) return;
    let piecesToCome: number | undefined;
    // A new webview and a large, readable plan: its cells first, a few KB that draw at once; its
    // pieces (2 MB of JSON at 10,000) once the cells are on screen ("painted").
    if (result?.kind === 'full' && result.pieces.length > COMPACT_FROM_PIECES && !this.webviewShows && result.syntaxErrors.length === 0 && result.resultId === this.view?.resultId) {
      piecesToCome = result.pieces.length;
      result = withoutPieces(result);
    }
    if (result) this.webviewHas = result.resultId;
    if (result && result.syntaxErrors.length === 0) this.webviewLastGood = result.resultId;
    const matrix = result?.kind === 'full' ? (piecesToCome === undefined ? this.bytesOf(result) : encodeJson(result)) : result;
    const uri = this.resource.toString();
    const message: UpdateMessage = {
      type: 'update',
      uri,
      fileName: path.posix.basename(this.resource.path),
      locked: this.locked,
      matrix,
      piecesToCome,
      // Read on every post: the webview only uses it when it starts a plan without filters of its own.
      defaultFilters: parseDefaultFilters(vscode.workspace.getConfiguration('journey.preview', this.resource).get<unknown>('defaultFilters')),
    };
    void this.panel.webview.postMessage(message);
    if (!this.webviewShows) {
      this.webviewShows = true;
      this.sendCursor();
    }
  }
}

function encodeJson(result: MatrixFull): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(result));
}

function whole(view: MatrixView): MatrixFull {
  return { kind: 'full', ...view };
}

/** Never longer than this does anything wait for a paint (a hidden webview paints nothing). */
const PAINT_WAIT_MS = 1_000;

interface PaintWait {
  readonly done: Promise<void>;
  /** Ends the wait (once; again does nothing). */
  release(): void;
}

function waitForPaint(onDone: (wait: PaintWait) => void): PaintWait {
  let resolve!: () => void;
  const wait: PaintWait = {
    done: new Promise<void>((r) => (resolve = r)),
    release: () => {
      clearTimeout(timer);
      onDone(wait);
      resolve();
    },
  };
  const timer = setTimeout(wait.release, PAINT_WAIT_MS);
  return wait;
}

// One matrix preview: a webview panel showing one `.journey` plan. It asks the server for the
// matrix model and posts it to the webview once the webview says it is ready; everything the
// webview sends back is validated (protocol.ts) before it is acted on.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { toLocale } from '../../../server/src/core/messages';
import { requestMatrix, sameDocument, type MatrixModel } from '../journeyServer';
import { parseDefaultFilters, parseWebviewMessage, PREVIEW_VIEW_TYPE, SentCells, type FromWebview, type UpdateMessage } from './protocol';
import { createNonce, renderPreviewShell } from './shell';

/** What a preview asks of the rest of the extension when the user acts in it. */
export interface PreviewActions {
  reveal(uri: vscode.Uri, line: number, from: vscode.WebviewPanel): Promise<void>;
  addPiece(uri: vscode.Uri, persona: string, phase: string, from: vscode.WebviewPanel): Promise<void>;
  openLink(url: string): Promise<void>;
  exportMatrix(uri: vscode.Uri): Promise<void>;
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    enableFindWidget: true,
    retainContextWhenHidden: false,
  };
}

export function createPreviewPanel(extensionUri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Preview'), { viewColumn: column, preserveFocus }, webviewOptions(extensionUri));
}

export class JourneyPreview implements vscode.Disposable {
  private ready = false;
  private model: MatrixModel | null = null;
  private lastGood: MatrixModel | null = null;
  private readonly sent = new SentCells();
  private refreshing = false;
  private refreshAgain = false;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resource: vscode.Uri,
    private locked: boolean,
    private readonly client: JourneyClient,
    private readonly extensionUri: vscode.Uri,
    private readonly actions: PreviewActions,
  ) {
    // A restored panel keeps the options it was created with; set them again all the same.
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = this.shell();
    this.updateTitle();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((data: unknown) => this.onMessage(data)),
      panel.onDidChangeViewState(() => {
        // Hidden, the webview is torn down (no retainContextWhenHidden); it says "ready" again when shown.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
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
    this.model = null;
    this.lastGood = null;
    this.updateTitle();
    void this.refresh();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    this.post();
  }

  /** The server analysed a document again: redraw if it is ours. */
  onAnalysisChanged(serverUri: string): void {
    if (sameDocument(serverUri, this.resource)) void this.refresh();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private shell(): string {
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    return renderPreviewShell({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('preview.js'),
      styleUri: media('preview.css'),
      locale: toLocale(vscode.env.language),
    });
  }

  private updateTitle(): void {
    const name = path.posix.basename(this.resource.path);
    this.panel.title = this.locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview: {0}', name);
  }

  private onMessage(data: unknown): void {
    const message: FromWebview | undefined = parseWebviewMessage(data);
    if (!message) return; // Not ours, or malformed: ignore.
    const run = (work: Promise<void>) => work.catch((error) => void vscode.window.showErrorMessage(vscode.l10n.t('Journey preview: {0}', errorText(error))));
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sent.reset();
        // A new webview has no last good matrix: give it that first, then the current model.
        if (this.lastGood && this.lastGood !== this.model) this.post(this.lastGood);
        if (this.model) this.post();
        void this.refresh();
        return;
      case 'reveal':
        void run(this.actions.reveal(this.resource, message.line, this.panel));
        return;
      case 'addPiece':
        void run(this.actions.addPiece(this.resource, message.persona, message.phase, this.panel));
        return;
      case 'openLink':
        void run(this.actions.openLink(message.url));
        return;
      case 'export':
        void run(this.actions.exportMatrix(this.resource));
        return;
    }
  }

  /** Fetches the model and posts it; runs one request at a time and once more if asked meanwhile. */
  private async refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.refreshAgain = false;
        if (this.disposed || !this.ready) return;
        const uri = this.resource;
        const model = await this.fetch(uri);
        if (this.disposed || uri.toString() !== this.resource.toString()) continue;
        if (model) {
          this.model = model;
          if (model.syntaxErrors.length === 0) this.lastGood = model;
        }
        this.post();
      } while (this.refreshAgain);
    } finally {
      this.refreshing = false;
    }
  }

  private async fetch(uri: vscode.Uri): Promise<MatrixModel | null> {
    try {
      // The server analyses open documents only; after a window reload the plan may not be open yet.
      if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
        await vscode.workspace.openTextDocument(uri);
      }
      return await requestMatrix(this.client, uri);
    } catch (error) {
      this.client.log.warn(`Journey preview: no matrix for ${uri.toString()}: ${errorText(error)}`);
      return null;
    }
  }

  private post(model: MatrixModel | null = this.model): void {
    if (!this.ready || this.disposed) return;
    const uri = this.resource.toString();
    const message: UpdateMessage = {
      type: 'update',
      ...this.sent.next(uri, model),
      uri,
      fileName: path.posix.basename(this.resource.path),
      locked: this.locked,
      // Read on every post: the webview only uses it when it starts a plan without filters of its own.
      defaultFilters: parseDefaultFilters(vscode.workspace.getConfiguration('journey.preview', this.resource).get<unknown>('defaultFilters')),
    };
    void this.panel.webview.postMessage(message);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

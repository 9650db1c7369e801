// The workspace overview: one webview panel listing every plan of the workspace (the server's
// `journey/workspaceOverview`), redrawn as plans change — coalesced like the preview's redraws.
// What the page asks (open a plan, or its preview) is validated, and only for a plan it was shown.
import * as vscode from 'vscode';
import { OVERVIEW_VIEW_TYPE, parseOverviewMessage, type OverviewRow, type OverviewUpdateMessage } from '../../../server/src/protocol';
import type { JourneyClient } from '../journeyClient';
import { requestWorkspaceOverview } from '../journeyServer';
import { SHOW_PREVIEW_TO_SIDE_COMMAND } from '../preview';
import { webviewHtml, webviewOptions } from '../preview/previewPanel';
import { REDRAW_DELAY_MS, Throttle } from '../preview/throttle';
import { errorText } from '../errorText';

export function createOverviewPanel(extensionUri: vscode.Uri): vscode.WebviewPanel {
  return vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, vscode.l10n.t('Workspace Overview'), vscode.ViewColumn.Active, webviewOptions(extensionUri));
}

export class WorkspaceOverviewPanel implements vscode.Disposable {
  private ready = false;
  private plans: OverviewRow[] | null = null;
  private readonly refresher = new Throttle(() => this.refresh(), REDRAW_DELAY_MS);
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: JourneyClient,
    extensionUri: vscode.Uri,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.title = vscode.l10n.t('Workspace Overview');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'overview.js', 'overview');
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((data: unknown) => this.onMessage(data)),
      panel.onDidChangeViewState(() => {
        // Hidden, the webview is torn down; it says "ready" again when shown.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
      // Another workspace folder changes every plan's relative path.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresher.schedule()),
    );
    this.refresher.now();
  }

  /** The server says a plan changed, appeared or went. */
  onChanged(): void {
    this.refresher.schedule();
  }

  reveal(): void {
    this.panel.reveal();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.refresher.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }

  private async refresh(): Promise<void> {
    // Hidden with plans drawn before: wait until shown (the page's "ready" asks again).
    if (this.disposed || (!this.ready && this.plans)) return;
    let plans;
    try {
      plans = await requestWorkspaceOverview(this.client);
    } catch (error) {
      this.client.log.warn(`Journey overview: no plans: ${errorText(error)}`);
      return;
    }
    if (this.disposed) return;
    // The path as the Explorer shows it: relative, with the folder's name first when there are several.
    this.plans = plans.map((plan) => ({ ...plan, path: vscode.workspace.asRelativePath(vscode.Uri.parse(plan.uri)).replace(/\\/g, '/') }));
    this.post();
  }

  private post(): void {
    if (!this.ready || this.disposed || !this.plans) return;
    const message: OverviewUpdateMessage = { type: 'overview', plans: this.plans };
    void this.panel.webview.postMessage(message);
  }

  private onMessage(data: unknown): void {
    const message = parseOverviewMessage(data);
    if (!message) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.post();
      this.refresher.now();
      return;
    }
    // Only a plan the page was shown: the webview names no other file.
    const plan = this.plans?.find((p) => p.uri === message.uri);
    if (!plan) return;
    const uri = vscode.Uri.parse(plan.uri);
    // Beside the overview, which stays in view and keeps updating.
    const work = message.type === 'open'
      ? vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false })
      : vscode.commands.executeCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, uri);
    void Promise.resolve(work).catch((error: unknown) =>
      void vscode.window.showErrorMessage(vscode.l10n.t('Journey overview: {0}', errorText(error))));
  }
}

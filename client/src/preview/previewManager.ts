// Keeps the open matrix previews: opens them (in place or to the side), lets the unlocked ones
// follow the active `.journey` editor, locks one plan in view, and revives them after a reload.
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { isJourneyDocument } from '../journeyServer';
import { previewActions } from './previewActions';
import { createPreviewPanel, JourneyPreview, type PreviewActions } from './previewPanel';
import { parsePreviewState } from '../../../server/src/protocol';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly previews = new Set<JourneyPreview>();
  /** The preview the user touched last: the one "Toggle Preview Lock" acts on. */
  private lastActive: JourneyPreview | undefined;
  private readonly actions: PreviewActions;

  constructor(
    private readonly client: JourneyClient,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.actions = previewActions(client);
  }

  /** Opens (or reveals) the preview of `uri`, scrolled to `persona`'s row if given; the unlocked preview is reused, as Markdown does. */
  show(uri: vscode.Uri, sideBySide: boolean, persona?: string): void {
    let preview = [...this.previews].find((p) => !p.isLocked) ?? [...this.previews].find((p) => p.uri.toString() === uri.toString());
    if (preview) {
      if (!preview.isLocked) preview.setResource(uri);
      preview.panel.reveal(preview.panel.viewColumn, sideBySide);
    } else {
      const column = sideBySide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
      preview = this.add(createPreviewPanel(this.extensionUri, column, sideBySide), uri, false);
    }
    if (persona !== undefined) preview.showPersona(persona);
  }

  /** The previews showing `uri`. */
  previewsOf(uri: vscode.Uri): JourneyPreview[] {
    return [...this.previews].filter((p) => p.uri.toString() === uri.toString());
  }

  toggleLock(): void {
    const preview = this.activePreview() ?? this.lastActive;
    if (!preview) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Journey: open a preview first.'));
      return;
    }
    preview.toggleLock();
    // Two previews of one plan with one unlocked: unlocking would make them duplicates — keep the unlocked one only.
    if (!preview.isLocked) {
      for (const other of this.previews) {
        if (other !== preview && !other.isLocked) other.dispose();
      }
    }
  }

  /** The plan shown by the active (focused) preview, if any. */
  activeResource(): vscode.Uri | undefined {
    return this.activePreview()?.uri;
  }

  /** Unlocked previews follow the active `.journey` editor. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (!isJourneyDocument(editor?.document)) return;
    if (!vscode.workspace.getConfiguration('journey.preview', editor.document.uri).get<boolean>('followActiveEditor', true)) return;
    for (const preview of this.previews) {
      if (!preview.isLocked) preview.setResource(editor.document.uri);
    }
  }

  /** Resolves once every preview of `uri` shows its latest analysis; undefined when none is on its way. */
  untilPainted(uri: vscode.Uri): Promise<void> | undefined {
    const waits = this.previewsOf(uri).map((preview) => preview.untilPainted()).filter((wait) => wait !== undefined);
    return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
  }

  onAnalysisChanged(serverUri: string): void {
    for (const preview of this.previews) preview.onAnalysisChanged(serverUri);
  }

  /** Revives a preview after a window reload from the state its webview saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parsePreviewState(state);
    let uri: vscode.Uri | undefined;
    try {
      uri = saved ? vscode.Uri.parse(saved.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    if (!saved || !uri) {
      panel.dispose();
      return;
    }
    this.add(panel, uri, saved.locked);
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
  }

  private add(panel: vscode.WebviewPanel, uri: vscode.Uri, locked: boolean): JourneyPreview {
    const preview = new JourneyPreview(panel, uri, locked, this.client, this.extensionUri, this.actions);
    this.previews.add(preview);
    this.lastActive = preview;
    panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.lastActive = preview;
    });
    preview.onDidDispose(() => {
      this.previews.delete(preview);
      if (this.lastActive === preview) this.lastActive = undefined;
    });
    return preview;
  }

  /**
   * The preview a webview context menu command acts on: the focused one, else the one touched
   * last (a right-click does not always focus the panel before the command runs).
   */
  contextPreview(uri?: string): JourneyPreview | undefined {
    const candidates = uri === undefined ? [...this.previews] : [...this.previews].filter((p) => p.uri.toString() === uri);
    return candidates.find((p) => p.panel.active) ?? candidates.find((p) => p === this.lastActive) ?? candidates[0];
  }

  private activePreview(): JourneyPreview | undefined {
    return [...this.previews].find((p) => p.panel.active);
  }
}

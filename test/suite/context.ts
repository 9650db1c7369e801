// Helpers shared by the suite's groups: the vscode API (handed in by index.ts, see harness.ts),
// fixture files in the workspace, and polling for diagnostics.
import type * as Vscode from 'vscode';
import { waitFor } from './harness';

export type VscodeApi = typeof Vscode;

// The codes the server may publish: the core's own list, so the suite never drifts from it.
export { DIAGNOSTIC_CODES } from '../../server/src/core/diagnostics';

export class SuiteContext {
  constructor(readonly vscode: VscodeApi) {}

  get workspaceFolder(): Vscode.Uri {
    const folder = this.vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('the suite needs a workspace folder (a copy of samples/) to be open');
    return folder.uri;
  }

  /** Writes a plan under suite-fixtures/ in the workspace (a throw-away copy) and returns its uri. */
  async writeFixture(name: string, text: string): Promise<Vscode.Uri> {
    const uri = this.vscode.Uri.joinPath(this.workspaceFolder, 'suite-fixtures', name);
    await this.vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
  }

  async open(uri: Vscode.Uri, column?: Vscode.ViewColumn): Promise<Vscode.TextEditor> {
    const document = await this.vscode.workspace.openTextDocument(uri);
    return this.vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
  }

  diagnostics(uri: Vscode.Uri, code?: string): Vscode.Diagnostic[] {
    return this.vscode.languages.getDiagnostics(uri).filter((d) => code === undefined || codeOf(d) === code);
  }

  /** Waits until the diagnostics of `uri` satisfy `accept`, and returns them. */
  waitForDiagnostics(uri: Vscode.Uri, accept: (all: Vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 20_000): Promise<Vscode.Diagnostic[]> {
    return waitFor(() => {
      const all = this.diagnostics(uri);
      return accept(all) ? all : undefined;
    }, `${what} in ${uri.path.split('/').pop()}`, timeoutMs);
  }

  /** The position of the `occurrence`-th match of `needle` in `document`, `offset` characters into it. */
  positionOf(document: Vscode.TextDocument, needle: string | RegExp, offset = 0, occurrence = 0): Vscode.Position {
    const text = document.getText();
    const pattern = typeof needle === 'string' ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(needle.source, 'g');
    const matches = [...text.matchAll(pattern)];
    const match = matches[occurrence];
    if (!match || match.index === undefined) throw new Error(`fixture has no ${String(needle)} #${occurrence}`);
    return document.positionAt(match.index + offset);
  }

  lineOf(document: Vscode.TextDocument, needle: string): number {
    return this.positionOf(document, needle).line;
  }
}

export function codeOf(diagnostic: Vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Hover contents as plain text, whatever mix of MarkdownString / MarkedString the provider returned. */
export function hoverText(hovers: Vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

export function labelOf(item: Vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

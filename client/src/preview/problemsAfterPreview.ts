// A plan's problems reach the editor once its open preview shows the change they come with. A
// publish of a few hundred problems keeps the window's main thread busy longer than the
// preview's whole update takes, and the preview's messages pass through that thread (in a
// browser-hosted VS Code the webview runs on it too): handed over first, the problems made the
// preview wait for them. The preview never holds them longer than one second.
import type * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** Resolves once the previews of the plan show its latest analysis; undefined when none is on its way. */
export type UntilPainted = (uri: vscode.Uri) => Promise<void> | undefined;

export class ProblemsAfterPreview {
  private untilPainted: UntilPainted = () => undefined;
  /** Per plan, the newest problems waiting for its preview. */
  private readonly held = new Map<string, vscode.Diagnostic[]>();

  /** The previews are registered after the language client is created. */
  follow(untilPainted: UntilPainted): void {
    this.untilPainted = untilPainted;
  }

  /** vscode-languageclient's middleware: `next` hands the problems to VS Code. */
  readonly handleDiagnostics: NonNullable<Middleware['handleDiagnostics']> = (uri, diagnostics, next) => {
    const key = uri.toString();
    if (this.held.has(key)) {
      // Newer problems for a plan already waiting: they replace the held ones.
      this.held.set(key, diagnostics);
      return;
    }
    const painted = this.untilPainted(uri);
    if (!painted) return next(uri, diagnostics);
    this.held.set(key, diagnostics);
    void painted.then(() => {
      const newest = this.held.get(key);
      this.held.delete(key);
      if (newest) next(uri, newest);
    });
  };
}

// What happens when the server's connection closes unexpectedly: vscode-languageclient's own
// policy (restart it, up to MAX_RESTARTS times in 3 minutes), with one message in the user's
// language when it gives up. While it recovers, the library's own notifications (a start that
// failed because the new server crashed too) only go to the output: a server that crashes as
// it starts would otherwise show three of them per attempt (QuietWhileRecovering in start.ts asks
// mayNotify). A restart by the user starts afresh.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClient } from 'vscode-languageclient/node';

/** vscode-languageclient's default: the fifth crash within 3 minutes is the last. */
export const MAX_RESTARTS = 4;

export class CrashPolicy implements ErrorHandler {
  private policy: ErrorHandler | undefined;
  private client: LanguageClient | undefined;
  private crashed = false;
  private lastWord: string | undefined;

  /** The handler is an option of the client it judges, so it meets the client after its construction. */
  attach(client: LanguageClient): vscode.Disposable {
    this.client = client;
    this.reset();
    return client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) this.crashed = false;
    });
  }

  /**
   * May the library show this message as a notification? Not from a crash until a server runs
   * again (or the user restarts it), except the message that it gives up.
   */
  mayNotify(message: string): boolean {
    return !this.crashed || message === this.lastWord;
  }

  /** Forgets earlier crashes (the user restarted the server). */
  reset(): void {
    this.crashed = false;
    this.policy = this.client?.createDefaultErrorHandler(MAX_RESTARTS);
  }

  /**
   * A read or write error on the connection — typically EPIPE, a request written to a server that
   * just died. Carry on: the process's end reaches closed(), which counts the crashes and restarts.
   * (The library's default shuts the client down, for good, on an error without a count, so a
   * crash met by a request in flight was never restarted.) Logged, not shown.
   */
  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  async closed(): Promise<CloseHandlerResult> {
    this.crashed = true;
    const result = await this.judge().closed();
    if (result.action !== CloseAction.DoNotRestart) return result;
    this.lastWord = vscode.l10n.t('Journey: the language server stopped unexpectedly {0} times in 3 minutes and will not be restarted. The output "Journey Language Server" says why.', MAX_RESTARTS + 1);
    return { action: CloseAction.DoNotRestart, message: this.lastWord };
  }

  private judge(): ErrorHandler {
    if (!this.policy) throw new Error('CrashPolicy: attach() the client first');
    return this.policy;
  }
}

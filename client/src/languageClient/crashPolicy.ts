// What happens when the server's connection closes unexpectedly: vscode-languageclient's own
// policy (restart it, up to MAX_RESTARTS times in 3 minutes), with the final message in the
// user's language. A restart by the user starts the count afresh.
import * as vscode from 'vscode';
import { CloseAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClient, type Message } from 'vscode-languageclient/node';

/** vscode-languageclient's default: the fifth crash within 3 minutes is the last. */
export const MAX_RESTARTS = 4;

export class CrashPolicy implements ErrorHandler {
  private policy: ErrorHandler | undefined;
  private client: LanguageClient | undefined;

  /** The handler is an option of the client it judges, so it meets the client after its construction. */
  attach(client: LanguageClient): void {
    this.client = client;
    this.reset();
  }

  /** Forgets earlier crashes (the user restarted the server). */
  reset(): void {
    this.policy = this.client?.createDefaultErrorHandler(MAX_RESTARTS);
  }

  error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
    return this.judge().error(error, message, count);
  }

  async closed(): Promise<CloseHandlerResult> {
    const result = await this.judge().closed();
    if (result.action !== CloseAction.DoNotRestart) return result;
    return {
      action: CloseAction.DoNotRestart,
      message: vscode.l10n.t('Journey: the language server stopped unexpectedly {0} times in 3 minutes and will not be restarted. The output "Journey Language Server" says why.', MAX_RESTARTS + 1),
    };
  }

  private judge(): ErrorHandler {
    if (!this.policy) throw new Error('CrashPolicy: attach() the client first');
    return this.policy;
  }
}

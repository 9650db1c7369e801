// What the server may ask of the editor besides settings: messages for the user, log lines for the
// output channel, workspace edits, progress. Installed before the handshake, because a server may
// log (or show a message) while it initializes.
import * as vscode from 'vscode';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { ApplyWorkspaceEditParams, ApplyWorkspaceEditResult, LogMessageParams, MessageActionItem, ShowMessageParams, ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { asWorkspaceEdit, isCurrent } from './toVscode';

// MessageType: Error = 1, Warning = 2, Info = 3, Log = 4, Debug = 5.
function show(type: number, message: string, actions: MessageActionItem[]): Thenable<MessageActionItem | undefined> {
  if (type === 1) return vscode.window.showErrorMessage(message, ...actions);
  if (type === 2) return vscode.window.showWarningMessage(message, ...actions);
  return vscode.window.showInformationMessage(message, ...actions);
}

export function handleServerRequests(connection: MessageConnection, log: vscode.LogOutputChannel): void {
  connection.onNotification('window/logMessage', ({ type, message }: LogMessageParams) => {
    if (type === 1) log.error(message);
    else if (type === 2) log.warn(message);
    else if (type === 5) log.debug(message);
    else log.info(message);
  });
  connection.onNotification('window/showMessage', ({ type, message }: ShowMessageParams) => void show(type, message, []));
  connection.onRequest('window/showMessageRequest', async ({ type, message, actions }: ShowMessageRequestParams) => (await show(type, message, actions ?? [])) ?? null);
  // The client claims no work-done progress support; a server that creates a token anyway is told yes, and its reports are dropped.
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', () => undefined);
  connection.onNotification('telemetry/event', () => undefined);
  connection.onRequest('workspace/applyEdit', async ({ edit, label, metadata }: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> => {
    if (!isCurrent(edit)) return { applied: false, failureReason: 'the document changed since the edit was computed' };
    const applied = await vscode.workspace.applyEdit(asWorkspaceEdit(edit), { isRefactoring: metadata?.isRefactoring });
    if (!applied) log.warn(`workspace/applyEdit${label ? ` "${label}"` : ''} was not applied`);
    return { applied };
  });
}

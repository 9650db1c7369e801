// The workspace folders were sent with `initialize`; a server that asks for change notifications
// gets workspace/didChangeWorkspaceFolders whenever folders are added or removed.
import * as vscode from 'vscode';
import { describe, type SessionFeature } from './client';

const asFolder = (folder: vscode.WorkspaceFolder) => ({ uri: folder.uri.toString(), name: folder.name });

export function syncWorkspaceFolders(log: vscode.LogOutputChannel): SessionFeature {
  return ({ connection, capabilities }) => {
    if (!capabilities.workspace?.workspaceFolders?.changeNotifications) return new vscode.Disposable(() => undefined);
    return vscode.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map(asFolder), removed: removed.map(asFolder) } })
        .catch((error: unknown) => log.error(`Sending workspace/didChangeWorkspaceFolders failed: ${describe(error)}`));
    });
  };
}

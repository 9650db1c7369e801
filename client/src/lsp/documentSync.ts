// Keeps the server's copy of the open documents in step with VS Code: didOpen (also for documents
// opened before the session started, and again after a restart), didChange with VS Code's own
// ranges in VS Code's order, didSave if the server asks for it, and didClose. Documents outside the
// selector are never sent.
import * as vscode from 'vscode';
import { textDocumentSyncOf } from './capabilities';
import { describe, type SessionFeature } from './client';
import { asContentChanges, asTextDocumentIdentifier, asTextDocumentItem } from './toProtocol';

export function syncDocuments(selector: vscode.DocumentSelector, log: vscode.LogOutputChannel, onDidClose: (uri: vscode.Uri) => void): SessionFeature {
  return ({ connection, capabilities }) => {
    const sync = textDocumentSyncOf(capabilities);
    if (!sync.openClose) return new vscode.Disposable(() => undefined);
    const open = new Set<string>();
    const send = (method: string, params: object): void => {
      connection.sendNotification(method, params).catch((error: unknown) => log.error(`Sending ${method} failed: ${describe(error)}`));
    };

    const didOpen = (document: vscode.TextDocument): void => {
      const key = document.uri.toString();
      if (open.has(key) || vscode.languages.match(selector, document) === 0) return;
      open.add(key);
      send('textDocument/didOpen', { textDocument: asTextDocumentItem(document) });
    };
    vscode.workspace.textDocuments.forEach(didOpen);

    return vscode.Disposable.from(
      vscode.workspace.onDidOpenTextDocument(didOpen),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        // An event without changes (the dirty flag, a reload to the same text) has nothing to send.
        if (!open.has(document.uri.toString()) || contentChanges.length === 0 || sync.change === 0) return;
        const textDocument = { uri: document.uri.toString(), version: document.version };
        send('textDocument/didChange', { textDocument, contentChanges: sync.change === 2 ? asContentChanges(contentChanges) : [{ text: document.getText() }] });
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (!sync.save || !open.has(document.uri.toString())) return;
        send('textDocument/didSave', sync.save.includeText ? { textDocument: asTextDocumentIdentifier(document), text: document.getText() } : { textDocument: asTextDocumentIdentifier(document) });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!open.delete(document.uri.toString())) return;
        send('textDocument/didClose', { textDocument: asTextDocumentIdentifier(document) });
        onDidClose(document.uri);
      }),
    );
  };
}

// textDocument/publishDiagnostics → the 'journey' diagnostic collection. A publish replaces the
// document's diagnostics, whatever version it names (as in vscode-languageclient: the server
// only publishes for the version it has, and the next change brings the next publish).
import * as vscode from 'vscode';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { SessionFeature } from './client';
import { asDiagnostic, asUri } from './toVscode';

export function publishDiagnostics(collection: vscode.DiagnosticCollection): SessionFeature {
  return ({ connection }) => {
    connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }: PublishDiagnosticsParams) => {
      collection.set(asUri(uri), diagnostics.map(asDiagnostic));
    });
    // A new server publishes afresh for every document it is given; the old one's findings go.
    return new vscode.Disposable(() => collection.clear());
  };
}

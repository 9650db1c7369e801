// Every server capability the extension wires up, with the request or notification of the
// vscode-languageclient feature that serves it. vscode-languageclient serves each standard
// capability by itself; this list is the check that it does for ours: a test fails when the server
// announces a capability that is not listed here, or no longer one that is
// (test/languageClient/serverHandshake.test.ts), and the extension-host suite checks that the
// running client has each feature named here registered for plans. Pure: no `vscode`.
import type { ServerCapabilities } from 'vscode-languageserver-protocol';

export const WIRED_CAPABILITIES = {
  textDocumentSync: 'textDocument/didChange',
  completionProvider: 'textDocument/completion',
  hoverProvider: 'textDocument/hover',
  definitionProvider: 'textDocument/definition',
  referencesProvider: 'textDocument/references',
  documentHighlightProvider: 'textDocument/documentHighlight',
  renameProvider: 'textDocument/rename',
  codeActionProvider: 'textDocument/codeAction',
  documentSymbolProvider: 'textDocument/documentSymbol',
  foldingRangeProvider: 'textDocument/foldingRange',
  selectionRangeProvider: 'textDocument/selectionRange',
  codeLensProvider: 'textDocument/codeLens',
  inlayHintProvider: 'textDocument/inlayHint',
  workspace: 'workspace/didChangeWorkspaceFolders',
} as const satisfies Partial<Record<keyof ServerCapabilities, string>>;

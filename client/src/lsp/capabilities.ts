// What this client tells the server it can do, and how it reads the server's text sync options.
// Every capability claimed here is implemented by a module in this folder; nothing more is
// claimed, so a server (ours or another) never relies on something VS Code would not get.
// Type-only imports: this module runs without VS Code (its tests do).
import type { ClientCapabilities, CompletionItemKind, ServerCapabilities, SymbolKind, TextDocumentSyncKind } from 'vscode-languageserver-protocol';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  window: { showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
  textDocument: {
    synchronization: { dynamicRegistration: false, willSave: false, willSaveWaitUntil: false, didSave: true },
    publishDiagnostics: {
      relatedInformation: true,
      // Like vscode-languageclient, a publish replaces the document's diagnostics whatever its version.
      versionSupport: false,
      tagSupport: { valueSet: [1, 2] },
      codeDescriptionSupport: true,
      dataSupport: true,
    },
    completion: {
      contextSupport: true,
      completionItem: {
        snippetSupport: true,
        commitCharactersSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        deprecatedSupport: true,
        preselectSupport: true,
        tagSupport: { valueSet: [1] },
        insertReplaceSupport: true,
        insertTextModeSupport: { valueSet: [1, 2] },
        labelDetailsSupport: true,
      },
      completionItemKind: { valueSet: range(1, 25) as CompletionItemKind[] },
      insertTextMode: 2,
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode'] },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: true },
    references: {},
    documentHighlight: {},
    rename: { prepareSupport: true, prepareSupportDefaultBehavior: 1 },
    codeAction: {
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'] },
      },
      isPreferredSupport: true,
      disabledSupport: true,
    },
    documentSymbol: {
      hierarchicalDocumentSymbolSupport: true,
      symbolKind: { valueSet: range(1, 26) as SymbolKind[] },
      tagSupport: { valueSet: [1] },
      labelSupport: true,
    },
    foldingRange: { rangeLimit: 5000, lineFoldingOnly: true, foldingRangeKind: { valueSet: ['comment', 'imports', 'region'] } },
    selectionRange: {},
  },
};

export interface TextDocumentSync {
  openClose: boolean;
  change: TextDocumentSyncKind;
  /** Send didSave (with the text if `includeText`); undefined: do not. */
  save?: { includeText: boolean };
}

/** The server's `textDocumentSync`, in either of its two forms, read as vscode-languageclient reads it. */
export function textDocumentSyncOf(capabilities: ServerCapabilities): TextDocumentSync {
  const sync = capabilities.textDocumentSync;
  if (typeof sync === 'number') {
    return sync === 0 ? { openClose: false, change: 0 } : { openClose: true, change: sync, save: { includeText: false } };
  }
  if (!sync) return { openClose: false, change: 0 };
  const save = sync.save === true ? { includeText: false } : sync.save ? { includeText: sync.save.includeText === true } : undefined;
  return { openClose: sync.openClose === true, change: sync.change ?? 0, save };
}

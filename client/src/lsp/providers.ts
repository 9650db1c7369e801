// VS Code language providers backed by the server, one per capability the server announced.
// A failed request is logged and answers "nothing" (VS Code then shows nothing); a cancelled one
// is not logged. Rename is the exception: the server's refusal ("that id exists already") is
// thrown as an Error, which VS Code shows in the rename box, as vscode-languageclient does.
import * as vscode from 'vscode';
import { ResponseError } from 'vscode-jsonrpc/node';
import type * as lsp from 'vscode-languageserver-protocol';
import { describe, type JourneyClient, type SessionFeature } from './client';
import { asCodeActionContext, asCompletionContext, asPosition, asRange, asTextDocumentIdentifier } from './toProtocol';
import { asCompletionResult } from './toVscodeCompletion';
import * as to from './toVscode';

// RequestCancelled, ContentModified, ServerCancelled, and the connection going away mid-request.
const QUIET_ERROR_CODES = new Set([-32800, -32801, -32802, -32097, -32096]);

const isQuiet = (error: unknown, token: vscode.CancellationToken): boolean =>
  token.isCancellationRequested || error instanceof vscode.CancellationError || (error instanceof ResponseError && QUIET_ERROR_CODES.has(error.code));

export function registerProviders(client: JourneyClient, selector: vscode.DocumentSelector): SessionFeature {
  /** The server's answer, or undefined when there is none (failure logged, cancellation not). */
  const request = async <R>(method: string, params: object, token: vscode.CancellationToken): Promise<R | undefined> => {
    try {
      return (await client.sendRequest<R | null>(method, params, token)) ?? undefined;
    } catch (error) {
      if (!isQuiet(error, token)) client.log.error(`Request ${method} failed: ${describe(error)}`);
      return undefined;
    }
  };
  const at = (document: vscode.TextDocument, position: vscode.Position) => ({ textDocument: asTextDocumentIdentifier(document), position: asPosition(position) });
  const { languages } = vscode;

  return ({ capabilities: server }) => {
    const registrations: vscode.Disposable[] = [];
    const add = (registration: vscode.Disposable): void => void registrations.push(registration);

    if (server.completionProvider) {
      add(languages.registerCompletionItemProvider(selector, {
        provideCompletionItems: async (document, position, token, context) =>
          asCompletionResult(await request<lsp.CompletionItem[] | lsp.CompletionList>('textDocument/completion', { ...at(document, position), context: asCompletionContext(context) }, token)),
      }, ...(server.completionProvider.triggerCharacters ?? [])));
    }
    if (server.hoverProvider) {
      add(languages.registerHoverProvider(selector, {
        provideHover: async (document, position, token) => to.asHover(await request<lsp.Hover>('textDocument/hover', at(document, position), token)),
      }));
    }
    if (server.definitionProvider) {
      add(languages.registerDefinitionProvider(selector, {
        provideDefinition: async (document, position, token) =>
          to.asDefinition(await request<lsp.Definition | lsp.LocationLink[]>('textDocument/definition', at(document, position), token)),
      }));
    }
    if (server.referencesProvider) {
      add(languages.registerReferenceProvider(selector, {
        provideReferences: async (document, position, context, token) =>
          (await request<lsp.Location[]>('textDocument/references', { ...at(document, position), context: { includeDeclaration: context.includeDeclaration } }, token))?.map(to.asLocation),
      }));
    }
    if (server.documentHighlightProvider) {
      add(languages.registerDocumentHighlightProvider(selector, {
        provideDocumentHighlights: async (document, position, token) =>
          (await request<lsp.DocumentHighlight[]>('textDocument/documentHighlight', at(document, position), token))?.map(to.asDocumentHighlight),
      }));
    }
    if (server.renameProvider) {
      const prepare = typeof server.renameProvider === 'object' && server.renameProvider.prepareProvider === true;
      add(languages.registerRenameProvider(selector, {
        provideRenameEdits: async (document, position, newName, token) => {
          let edit: lsp.WorkspaceEdit | null;
          try {
            edit = await client.sendRequest<lsp.WorkspaceEdit | null>('textDocument/rename', { ...at(document, position), newName }, token);
          } catch (error) {
            if (isQuiet(error, token)) return undefined;
            client.log.error(`Request textDocument/rename failed: ${describe(error)}`);
            throw new Error(describe(error));
          }
          if (!edit) return undefined;
          if (!to.isCurrent(edit)) throw new Error(vscode.l10n.t('The document changed while the rename was computed. Try again.'));
          return to.asWorkspaceEdit(edit);
        },
        prepareRename: prepare ? (document, position, token) => prepareRename(client, at(document, position), token) : undefined,
      }));
    }
    if (server.codeActionProvider) {
      const kinds = typeof server.codeActionProvider === 'object' ? server.codeActionProvider.codeActionKinds : undefined;
      add(languages.registerCodeActionsProvider(selector, {
        provideCodeActions: async (document, range, context, token) =>
          to.asCodeActions(await request<Array<lsp.Command | lsp.CodeAction>>('textDocument/codeAction', { textDocument: asTextDocumentIdentifier(document), range: asRange(range), context: asCodeActionContext(context, to.dataOf) }, token)),
      }, kinds ? { providedCodeActionKinds: kinds.map((kind) => to.asCodeActionKind(kind)!) } : undefined));
    }
    if (server.documentSymbolProvider) {
      const label = typeof server.documentSymbolProvider === 'object' ? server.documentSymbolProvider.label : undefined;
      add(languages.registerDocumentSymbolProvider(selector, {
        provideDocumentSymbols: async (document, token) =>
          to.asDocumentSymbols(await request<lsp.DocumentSymbol[] | lsp.SymbolInformation[]>('textDocument/documentSymbol', { textDocument: asTextDocumentIdentifier(document) }, token)),
      }, label ? { label } : undefined));
    }
    if (server.foldingRangeProvider) {
      add(languages.registerFoldingRangeProvider(selector, {
        provideFoldingRanges: async (document, _context, token) =>
          (await request<lsp.FoldingRange[]>('textDocument/foldingRange', { textDocument: asTextDocumentIdentifier(document) }, token))?.map(to.asFoldingRange),
      }));
    }
    if (server.selectionRangeProvider) {
      add(languages.registerSelectionRangeProvider(selector, {
        provideSelectionRanges: async (document, positions, token) =>
          (await request<lsp.SelectionRange[]>('textDocument/selectionRange', { textDocument: asTextDocumentIdentifier(document), positions: positions.map(asPosition) }, token))?.map(to.asSelectionRange),
      }));
    }
    return vscode.Disposable.from(...registrations);
  };
}

/**
 * A range (and placeholder) to rename, undefined for "the word at the cursor", or a rejection whose
 * message VS Code shows: the server's own reason, or that nothing here can be renamed.
 */
async function prepareRename(client: JourneyClient, params: lsp.PrepareRenameParams, token: vscode.CancellationToken): Promise<vscode.Range | { range: vscode.Range; placeholder: string } | undefined> {
  let result: lsp.PrepareRenameResult | null;
  try {
    result = await client.sendRequest<lsp.PrepareRenameResult | null>('textDocument/prepareRename', params, token);
  } catch (error) {
    if (token.isCancellationRequested) return undefined;
    throw new Error(error instanceof Error && error.message ? error.message : vscode.l10n.t('This cannot be renamed.'));
  }
  if (result && 'start' in result) return to.asRange(result);
  if (result && 'range' in result) return { range: to.asRange(result.range), placeholder: result.placeholder };
  if (result && 'defaultBehavior' in result && result.defaultBehavior) return undefined;
  throw new Error(vscode.l10n.t('This cannot be renamed.'));
}

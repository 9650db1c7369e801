// LSP values → VS Code values: what the server answers, turned into the objects VS Code's
// providers return. The mappings follow vscode-languageclient's protocol converter, so the server
// behaves here as it would in any LSP client. VS Code's enums count from 0 where LSP's count from 1.
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';

// The server's `data` of each diagnostic, for a code action request to send back: VS Code hands
// the provider the very objects the collection holds. (A WeakMap, not a Diagnostic subclass, so
// that loading the bundle touches nothing of `vscode`.)
const diagnosticData = new WeakMap<vscode.Diagnostic, unknown>();

export const dataOf = (diagnostic: vscode.Diagnostic): unknown => diagnosticData.get(diagnostic);

export const asUri = (uri: string): vscode.Uri => vscode.Uri.parse(uri);

export const asRange = (range: lsp.Range): vscode.Range => new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);

export const asTextEdit = (edit: lsp.TextEdit): vscode.TextEdit => new vscode.TextEdit(asRange(edit.range), edit.newText);

export const asLocation = (location: lsp.Location): vscode.Location => new vscode.Location(asUri(location.uri), asRange(location.range));

export function asCommand(command: lsp.Command): vscode.Command {
  const result: vscode.Command = { title: command.title, command: command.command };
  if (command.tooltip) result.tooltip = command.tooltip;
  if (command.arguments) result.arguments = command.arguments;
  return result;
}

export function asDiagnostic(diagnostic: lsp.Diagnostic): vscode.Diagnostic {
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  // An unknown or missing severity is an error, as in vscode-languageclient.
  const severity = diagnostic.severity && diagnostic.severity >= 1 && diagnostic.severity <= 4 ? diagnostic.severity - 1 : vscode.DiagnosticSeverity.Error;
  const result = new vscode.Diagnostic(asRange(diagnostic.range), message, severity);
  if (diagnostic.data !== undefined) diagnosticData.set(result, diagnostic.data);
  if (diagnostic.code !== undefined) {
    result.code = diagnostic.codeDescription ? { value: diagnostic.code, target: asUri(diagnostic.codeDescription.href) } : diagnostic.code;
  }
  if (diagnostic.source) result.source = diagnostic.source;
  if (diagnostic.relatedInformation) {
    result.relatedInformation = diagnostic.relatedInformation.map((info) => new vscode.DiagnosticRelatedInformation(asLocation(info.location), info.message));
  }
  // Unnecessary = 1 and Deprecated = 2 in both.
  const tags = diagnostic.tags?.filter((tag) => tag === 1 || tag === 2) as vscode.DiagnosticTag[] | undefined;
  if (tags && tags.length > 0) result.tags = tags;
  return result;
}

/** Markdown is shown untrusted (no command links) and without HTML, vscode-languageclient's defaults. */
function asMarkdown(content: lsp.MarkupContent | lsp.MarkedString): vscode.MarkdownString {
  if (typeof content === 'string') return new vscode.MarkdownString(content);
  if ('language' in content) return new vscode.MarkdownString().appendCodeblock(content.value, content.language);
  return content.kind === 'markdown' ? new vscode.MarkdownString(content.value) : new vscode.MarkdownString().appendText(content.value);
}

export function asHover(hover: lsp.Hover | null | undefined): vscode.Hover | undefined {
  if (!hover) return undefined;
  const contents = Array.isArray(hover.contents) ? hover.contents.map(asMarkdown) : asMarkdown(hover.contents);
  return new vscode.Hover(contents, hover.range && asRange(hover.range));
}

export function asDocumentation(documentation: string | lsp.MarkupContent): string | vscode.MarkdownString {
  if (typeof documentation === 'string') return documentation;
  return documentation.kind === 'markdown' ? asMarkdown(documentation) : documentation.value;
}

function asLocationLink(link: lsp.LocationLink): vscode.LocationLink {
  return {
    targetUri: asUri(link.targetUri),
    targetRange: asRange(link.targetRange),
    targetSelectionRange: asRange(link.targetSelectionRange),
    originSelectionRange: link.originSelectionRange && asRange(link.originSelectionRange),
  };
}

export function asDefinition(result: lsp.Definition | lsp.LocationLink | lsp.LocationLink[] | null | undefined): vscode.Location | vscode.Location[] | vscode.LocationLink[] | undefined {
  if (!result) return undefined;
  if (!Array.isArray(result)) return 'targetUri' in result ? [asLocationLink(result)] : asLocation(result);
  if (result.length > 0 && 'targetUri' in result[0]) return (result as lsp.LocationLink[]).map(asLocationLink);
  return (result as lsp.Location[]).map(asLocation);
}

export function asDocumentHighlight(highlight: lsp.DocumentHighlight): vscode.DocumentHighlight {
  // Text = 1, Read = 2, Write = 3 in LSP; a missing kind is Text.
  const kind = highlight.kind && highlight.kind >= 1 && highlight.kind <= 3 ? highlight.kind - 1 : vscode.DocumentHighlightKind.Text;
  return new vscode.DocumentHighlight(asRange(highlight.range), kind);
}

export function asWorkspaceEdit(edit: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const result = new vscode.WorkspaceEdit();
  if (edit.documentChanges) {
    for (const change of edit.documentChanges) {
      if (!('kind' in change)) {
        // `replace` adds to the document's edits; two entries for one document both count.
        const uri = asUri(change.textDocument.uri);
        for (const textEdit of change.edits) if ('newText' in textEdit) result.replace(uri, asRange(textEdit.range), textEdit.newText);
      } else if (change.kind === 'create') {
        result.createFile(asUri(change.uri), change.options);
      } else if (change.kind === 'rename') {
        result.renameFile(asUri(change.oldUri), asUri(change.newUri), change.options);
      } else if (change.kind === 'delete') {
        result.deleteFile(asUri(change.uri), change.options);
      }
    }
  } else if (edit.changes) {
    for (const [uri, edits] of Object.entries(edit.changes)) result.set(asUri(uri), edits.map(asTextEdit));
  }
  return result;
}

/** False when the edit was computed for a document version that is no longer the open one. */
export function isCurrent(edit: lsp.WorkspaceEdit): boolean {
  const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document.version]));
  return (edit.documentChanges ?? []).every((change) => {
    if ('kind' in change || typeof change.textDocument.version !== 'number') return true;
    const version = open.get(asUri(change.textDocument.uri).toString());
    return version === undefined || version === change.textDocument.version;
  });
}

export function asCodeActionKind(kind: string | undefined): vscode.CodeActionKind | undefined {
  return kind === undefined ? undefined : kind.split('.').reduce((result, part) => result.append(part), vscode.CodeActionKind.Empty);
}

export function asCodeActions(items: Array<lsp.Command | lsp.CodeAction> | null | undefined): Array<vscode.Command | vscode.CodeAction> | undefined {
  return items?.map((item) => (typeof item.command === 'string' ? asCommand(item as lsp.Command) : asCodeAction(item as lsp.CodeAction)));
}

function asCodeAction(item: lsp.CodeAction): vscode.CodeAction {
  const action = new vscode.CodeAction(item.title, asCodeActionKind(item.kind));
  if (item.diagnostics) action.diagnostics = item.diagnostics.map(asDiagnostic);
  if (item.edit) action.edit = asWorkspaceEdit(item.edit);
  if (item.command) action.command = asCommand(item.command);
  if (item.isPreferred !== undefined) action.isPreferred = item.isPreferred;
  if (item.disabled) action.disabled = { reason: item.disabled.reason };
  return action;
}

// SymbolKind: File = 1 … TypeParameter = 26 in LSP; anything else shows as a property.
const asSymbolKind = (kind: lsp.SymbolKind): vscode.SymbolKind => (kind >= 1 && kind <= 26 ? kind - 1 : vscode.SymbolKind.Property);

const isDeprecated = (symbol: { tags?: lsp.SymbolTag[]; deprecated?: boolean }): boolean => symbol.deprecated === true || (symbol.tags ?? []).includes(1);

function asDocumentSymbol(symbol: lsp.DocumentSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail ?? '', asSymbolKind(symbol.kind), asRange(symbol.range), asRange(symbol.selectionRange));
  if (isDeprecated(symbol)) result.tags = [vscode.SymbolTag.Deprecated];
  if (symbol.children) result.children = symbol.children.map(asDocumentSymbol);
  return result;
}

function asSymbolInformation(symbol: lsp.SymbolInformation): vscode.SymbolInformation {
  const result = new vscode.SymbolInformation(symbol.name, asSymbolKind(symbol.kind), symbol.containerName ?? '', asLocation(symbol.location));
  if (isDeprecated(symbol)) result.tags = [vscode.SymbolTag.Deprecated];
  return result;
}

export function asDocumentSymbols(result: lsp.DocumentSymbol[] | lsp.SymbolInformation[] | null | undefined): vscode.DocumentSymbol[] | vscode.SymbolInformation[] | undefined {
  if (!result) return undefined;
  if (result.length > 0 && 'location' in result[0]) return (result as lsp.SymbolInformation[]).map(asSymbolInformation);
  return (result as lsp.DocumentSymbol[]).map(asDocumentSymbol);
}

function asFoldingRangeKind(kind: string | undefined): vscode.FoldingRangeKind | undefined {
  switch (kind) {
    case 'comment': return vscode.FoldingRangeKind.Comment;
    case 'imports': return vscode.FoldingRangeKind.Imports;
    case 'region': return vscode.FoldingRangeKind.Region;
    default: return undefined;
  }
}

export const asFoldingRange = (range: lsp.FoldingRange): vscode.FoldingRange => new vscode.FoldingRange(range.startLine, range.endLine, asFoldingRangeKind(range.kind));

export const asSelectionRange = (range: lsp.SelectionRange): vscode.SelectionRange =>
  new vscode.SelectionRange(asRange(range.range), range.parent && asSelectionRange(range.parent));

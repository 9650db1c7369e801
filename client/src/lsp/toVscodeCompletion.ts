// LSP completion results → VS Code completion items, as vscode-languageclient converts them:
// a text edit (plain or insert/replace) or the list's default edit range, snippets as
// SnippetString, `insertTextMode: asIs` as keepWhitespace (the server indents multi-line inserts
// itself), and the list's item defaults applied where an item leaves a field out.
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver-protocol';
import { asCommand, asDocumentation, asRange, asTextEdit } from './toVscode';

type Defaults = lsp.CompletionList['itemDefaults'];

export function asCompletionResult(result: lsp.CompletionItem[] | lsp.CompletionList | null | undefined): vscode.CompletionItem[] | vscode.CompletionList | undefined {
  if (!result) return undefined;
  if (Array.isArray(result)) return result.map((item) => asCompletionItem(item, undefined));
  return new vscode.CompletionList(result.items.map((item) => asCompletionItem(item, result.itemDefaults)), result.isIncomplete);
}

const asEditRange = (range: lsp.Range | lsp.InsertReplaceEdit | { insert: lsp.Range; replace: lsp.Range }): vscode.Range | { inserting: vscode.Range; replacing: vscode.Range } =>
  'insert' in range ? { inserting: asRange(range.insert), replacing: asRange(range.replace) } : asRange(range);

function asCompletionItem(item: lsp.CompletionItem, defaults: Defaults): vscode.CompletionItem {
  const label = item.labelDetails ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description } : item.label;
  const result = new vscode.CompletionItem(label);
  // Text = 1 … TypeParameter = 25 in LSP; anything else shows as text.
  if (item.kind !== undefined) result.kind = item.kind >= 1 && item.kind <= 25 ? item.kind - 1 : vscode.CompletionItemKind.Text;
  if (item.detail) result.detail = item.detail;
  if (item.documentation) result.documentation = asDocumentation(item.documentation);
  if (item.filterText) result.filterText = item.filterText;
  if (item.sortText) result.sortText = item.sortText;
  if (item.preselect !== undefined) result.preselect = item.preselect;

  const isSnippet = (item.insertTextFormat ?? defaults?.insertTextFormat) === 2;
  const text = (value: string): string | vscode.SnippetString => (isSnippet ? new vscode.SnippetString(value) : value);
  if (item.textEdit) {
    result.insertText = text(item.textEdit.newText);
    result.range = asEditRange('range' in item.textEdit ? item.textEdit.range : item.textEdit);
  } else if (defaults?.editRange) {
    result.insertText = text(item.textEditText ?? item.label);
    result.range = asEditRange(defaults.editRange);
  } else if (item.insertText) {
    result.insertText = text(item.insertText);
  }

  if (item.additionalTextEdits) result.additionalTextEdits = item.additionalTextEdits.map(asTextEdit);
  const commitCharacters = item.commitCharacters ?? defaults?.commitCharacters;
  if (commitCharacters) result.commitCharacters = [...commitCharacters];
  if (item.command) result.command = asCommand(item.command);
  if (item.deprecated === true || (item.tags ?? []).includes(1)) result.tags = [vscode.CompletionItemTag.Deprecated];
  // asIs = 1: the text is indented for its place already; the editor must not add indentation.
  if ((item.insertTextMode ?? defaults?.insertTextMode) === 1) result.keepWhitespace = true;
  return result;
}

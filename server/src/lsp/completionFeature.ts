// textDocument/completion: the core decides what fits at the cursor; this turns its items into
// LSP completion items (text edits over the typed word, snippets inserted as written).
import { dirname, relative, sep } from 'node:path';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem as LspCompletionItem, type CompletionParams } from 'vscode-languageserver/node';
import type { Analysis } from '../core';
import { complete, type CompletionItem, type CompletionKind } from '../core/completion';
import type { ServerContext } from './context';
import { pathOf } from './crossFile';
import type { Feature } from './feature';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  snippet: CompletionItemKind.Snippet,
  persona: CompletionItemKind.Reference,
  phase: CompletionItemKind.EnumMember,
  model: CompletionItemKind.Module,
  enum: CompletionItemKind.EnumMember,
  contentType: CompletionItemKind.Value,
  value: CompletionItemKind.Value,
};

export const completionFeature: Feature = {
  // A space after `key:` or `- `, and the separators of flow lists, open the list by themselves.
  capabilities: { completionProvider: { triggerCharacters: [' ', ',', '[', '{', '"'] } },
  register(ctx: ServerContext): void {
    ctx.connection.onCompletion(async (params: CompletionParams): Promise<LspCompletionItem[]> => {
      const analysis = await ctx.analysisOf(params.textDocument.uri);
      if (!analysis) return [];
      const offset = analysis.lines.offset(params.position);
      // The other plans are listed only where an `extends` path is completed.
      return complete(analysis, offset, ctx.locale, () => planFilesFor(ctx, params.textDocument.uri)).map((item) => toLspItem(item, analysis));
    });
  },
};

/** The other plans the server knows, relative to this one as `extends` writes them (`./team.journey`, `../gedeeld/x.journey`). */
function planFilesFor(ctx: ServerContext, uri: string): string[] {
  const path = pathOf(uri);
  if (path === undefined) return [];
  return ctx.plans.knownPlans().flatMap((plan) => {
    if (plan === path) return [];
    const written = relative(dirname(path), plan).split(sep).join('/');
    return [written.startsWith('../') ? written : `./${written}`];
  });
}

export function toLspItem(item: CompletionItem, analysis: Analysis): LspCompletionItem {
  const lsp: LspCompletionItem = {
    label: item.label,
    kind: KIND[item.kind],
    sortText: item.sortText,
    textEdit: { range: analysis.lines.range(item.replace), newText: item.insertText },
    insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.detail) lsp.detail = item.detail;
  if (item.documentation) lsp.documentation = { kind: 'markdown', value: item.documentation };
  if (item.filterText) lsp.filterText = item.filterText;
  // Multi-line inserts are indented for their column already: the editor must not add more.
  if (/\r?\n/.test(item.insertText)) lsp.insertTextMode = InsertTextMode.asIs;
  if (item.retrigger) lsp.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return lsp;
}

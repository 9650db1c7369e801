// Outline (document symbols), folding ranges and selection ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type SelectionRange } from 'vscode-languageserver/node';
import { foldingRanges, outline, selectionSpans, type Analysis, type OutlineItem, type OutlineKind } from '../core';
import type { ServerContext } from './context';
import type { Feature } from './feature';

const KIND: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  persona: SymbolKind.Class,
  phase: SymbolKind.Enum,
  piece: SymbolKind.File,
};

export const structureFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Journey' }, foldingRangeProvider: true, selectionRangeProvider: true },
  register(ctx: ServerContext) {
    ctx.connection.onDocumentSymbol(async ({ textDocument }) => {
      const analysis = await ctx.analysisOf(textDocument.uri);
      return analysis ? outline(analysis, ctx.locale).map((item) => toSymbol(analysis, item)) : null;
    });
    ctx.connection.onFoldingRanges(async ({ textDocument }) => {
      const analysis = await ctx.analysisOf(textDocument.uri);
      return analysis ? foldingRanges(analysis).map((r) => ({ ...r, kind: r.kind === 'comment' ? FoldingRangeKind.Comment : undefined })) : null;
    });
    ctx.connection.onSelectionRanges(async ({ textDocument, positions }) => {
      const analysis = await ctx.analysisOf(textDocument.uri);
      if (!analysis) return null;
      return positions.map((position) => {
        const spans = selectionSpans(analysis, analysis.lines.offset(position));
        let range: SelectionRange | undefined;
        for (const span of [...spans].reverse()) range = { range: analysis.lines.range(span), parent: range };
        return range ?? { range: { start: position, end: position } };
      });
    });
  },
};

function toSymbol(analysis: Analysis, item: OutlineItem): DocumentSymbol {
  return {
    name: item.name || '—',
    detail: item.detail,
    kind: KIND[item.kind],
    range: analysis.lines.range(item.span),
    selectionRange: analysis.lines.range(item.selectionSpan),
    children: item.children.map((child) => toSymbol(analysis, child)),
  };
}

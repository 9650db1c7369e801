// Go to definition, find references, document highlights and rename for persona and phase ids,
// across files for ids a base defines (crossFile.ts).
import { pathToFileURL } from 'node:url';
import { DocumentHighlightKind, ResponseError, type Location, type TextEdit } from 'vscode-languageserver/node';
import { occurrencesOf, symbolAt, type Analysis, type SymbolOccurrence } from '../core';
import { prepareRename, renameEdits } from '../core/edits';
import type { ServerContext } from './context';
import { firstOccurrence, originOf, pathOf, plansSeeing, type PlanView } from './crossFile';
import type { Feature } from './feature';

/** The URI of a plan: the open document's, else the file's. */
function uriOf(ctx: ServerContext, path: string): string {
  return ctx.plans.openDocument(path)?.uri ?? pathToFileURL(path).href;
}

export const navigationFeature: Feature = {
  capabilities: {
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
  },
  register(ctx: ServerContext) {
    const { connection } = ctx;
    const at = async (uri: string, position: { line: number; character: number }): Promise<{ analysis: Analysis; offset: number } | undefined> => {
      const analysis = await ctx.analysisOf(uri);
      return analysis && { analysis, offset: analysis.lines.offset(position) };
    };

    connection.onDefinition(async ({ textDocument, position }) => {
      const found = await at(textDocument.uri, position);
      const symbol = found && symbolAt(found.analysis, found.offset);
      if (!found || !symbol) return null;
      const definitions = occurrencesOf(found.analysis, symbol.kind, symbol.id).filter((o) => o.isDefinition);
      const origin = originOf(found.analysis, symbol.kind, symbol.id);
      // Defined in a base: open the base there.
      if (definitions.length === 0 && origin) return [{ uri: uriOf(ctx, origin.path), range: origin.lines.range(origin.idSpan) }];
      // A built-in phase is defined by the model: go there.
      const targets = definitions.length > 0 ? definitions.map((o) => o.span) : symbol.kind === 'phase' && found.analysis.plan.modelRef ? [found.analysis.plan.modelRef.span] : [];
      return targets.map((span): Location => ({ uri: textDocument.uri, range: found.analysis.lines.range(span) }));
    });

    connection.onReferences(async ({ textDocument, position, context }) => {
      const found = await at(textDocument.uri, position);
      const symbol = found && symbolAt(found.analysis, found.offset);
      if (!found || !symbol) return null;
      return (await seeing(textDocument.uri, found.analysis, symbol)).flatMap((view) =>
        occurrencesOf(view.analysis, symbol.kind, symbol.id)
          .filter((o) => context.includeDeclaration || !o.isDefinition)
          .map((o) => ({ uri: view.uri, range: view.analysis.lines.range(o.span) })),
      );
    });

    connection.onDocumentHighlight(async ({ textDocument, position }) => {
      const found = await at(textDocument.uri, position);
      const symbol = found && symbolAt(found.analysis, found.offset);
      if (!found || !symbol) return null;
      return occurrencesOf(found.analysis, symbol.kind, symbol.id).map((o) => ({
        range: found.analysis.lines.range(o.span),
        kind: o.isDefinition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });

    connection.onPrepareRename(async ({ textDocument, position }) => {
      const found = await at(textDocument.uri, position);
      if (!found) return null;
      const check = prepareRename(found.analysis, found.offset, ctx.locale);
      if (!check.ok) throw new ResponseError(0, check.message);
      return { range: found.analysis.lines.range(check.span), placeholder: check.placeholder };
    });

    connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      const found = await at(textDocument.uri, position);
      if (!found) return null;
      const symbol = symbolAt(found.analysis, found.offset);
      const first = renameEdits(found.analysis, found.offset, newName, ctx.locale);
      if (!first.ok) throw new ResponseError(0, first.message);
      if (!symbol) return null;
      // One workspace edit: the file that defines the id and every plan that takes it from there.
      const changes: Record<string, TextEdit[]> = {};
      for (const view of await seeing(textDocument.uri, found.analysis, symbol)) {
        const here = view.uri === textDocument.uri;
        const offset = here ? found.offset : firstOccurrence(view.analysis, symbol.kind, symbol.id);
        if (offset === undefined) continue;
        // The asked plan's edits are `first` (seeing() hands back the analysis the request read).
        const result = here ? first : renameEdits(view.analysis, offset, newName, ctx.locale);
        if (!result.ok) throw new ResponseError(0, result.message);
        if (result.edits.length > 0) changes[view.uri] = result.edits.map((edit) => ({ range: view.analysis.lines.range(edit.span), newText: edit.newText }));
      }
      return { changes };
    });

    /** The plans that see the id: across files when it is a base's (or this plan is a base), else this plan alone. */
    async function seeing(uri: string, analysis: Analysis, symbol: SymbolOccurrence): Promise<PlanView[]> {
      const path = pathOf(uri);
      const home = originOf(analysis, symbol.kind, symbol.id)?.path ?? path;
      if (home === undefined) return [{ uri, analysis }];
      const views = await plansSeeing(ctx, home, symbol.kind, symbol.id);
      // This plan as the request saw it, whatever else was read meanwhile.
      return views.some((view) => view.uri === uri) ? views.map((view) => (view.uri === uri ? { uri, analysis } : view)) : [{ uri, analysis }, ...views];
    }
  },
};

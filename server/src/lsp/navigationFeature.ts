// Go to definition, find references, document highlights and rename for persona and phase ids.
import { DocumentHighlightKind, ResponseError, type Location } from 'vscode-languageserver/node';
import { occurrencesOf, symbolAt, type Analysis } from '../core';
import { prepareRename, renameEdits } from '../core/edits';
import type { ServerContext } from './context';
import type { Feature } from './feature';

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
      // A built-in phase is defined by the model: go there.
      const targets = definitions.length > 0 ? definitions.map((o) => o.span) : symbol.kind === 'phase' && found.analysis.plan.modelRef ? [found.analysis.plan.modelRef.span] : [];
      return targets.map((span): Location => ({ uri: textDocument.uri, range: found.analysis.lines.range(span) }));
    });

    connection.onReferences(async ({ textDocument, position, context }) => {
      const found = await at(textDocument.uri, position);
      const symbol = found && symbolAt(found.analysis, found.offset);
      if (!found || !symbol) return null;
      return occurrencesOf(found.analysis, symbol.kind, symbol.id)
        .filter((o) => context.includeDeclaration || !o.isDefinition)
        .map((o) => ({ uri: textDocument.uri, range: found.analysis.lines.range(o.span) }));
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
      const result = renameEdits(found.analysis, found.offset, newName, ctx.locale);
      if (!result.ok) throw new ResponseError(0, result.message);
      return { changes: { [textDocument.uri]: result.edits.map((edit) => ({ range: found.analysis.lines.range(edit.span), newText: edit.newText })) } };
    });
  },
};

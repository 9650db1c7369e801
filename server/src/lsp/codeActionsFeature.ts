// Quick fixes for Journey diagnostics, and `journey/addPieceEdit` for the preview's
// "Add a content piece here" (the same edit as the quick fix).
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver/node';
import { DIAGNOSTIC_CODES, type Analysis, type DiagnosticCode } from '../core';
import { addPieceEdit, codeActionsFor, isNoEdit, type TextEdit as CoreEdit } from '../core/edits';
import type { ServerContext } from './context';
import type { Feature } from './feature';
import { ADD_PIECE_EDIT_REQUEST } from '../protocol/methods';

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(ctx: ServerContext) {
    ctx.connection.onCodeAction(async ({ textDocument, context }) => {
      const analysis = await ctx.analysisOf(textDocument.uri);
      if (!analysis) return null;
      const actions: CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'journey' || !(DIAGNOSTIC_CODES as readonly string[]).includes(String(diagnostic.code))) continue;
        const span = { start: analysis.lines.offset(diagnostic.range.start), end: analysis.lines.offset(diagnostic.range.end) };
        const ref = { code: diagnostic.code as DiagnosticCode, span, data: (diagnostic.data ?? undefined) as Record<string, string> | undefined };
        for (const action of codeActionsFor(analysis, ref, ctx.locale)) {
          actions.push({
            title: action.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: action.isPreferred,
            edit: { changes: { [textDocument.uri]: [toLspEdit(analysis, action.edit)] } },
          });
        }
      }
      return actions;
    });

    ctx.connection.onRequest(ADD_PIECE_EDIT_REQUEST, async (params: { uri?: unknown; persona?: unknown; phase?: unknown }): Promise<TextEdit[] | null> => {
      if (typeof params?.uri !== 'string' || typeof params.persona !== 'string' || typeof params.phase !== 'string') return null;
      const analysis = await ctx.analysisOf(params.uri);
      if (!analysis) return null;
      const edit = addPieceEdit(analysis, params.persona, params.phase, ctx.locale);
      // No list to add to (`content:` holds something else): no edit, and the preview says so.
      return isNoEdit(edit) ? [] : [toLspEdit(analysis, edit)];
    });
  },
};

function toLspEdit(analysis: Analysis, edit: CoreEdit): TextEdit {
  return { range: analysis.lines.range(edit.span), newText: edit.newText };
}

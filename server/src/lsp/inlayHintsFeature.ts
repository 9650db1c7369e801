// textDocument/inlayHint: the names of the personas and phases a plan refers to by id.
import type { InlayHint } from 'vscode-languageserver/node';
import { inlayHints } from '../core/inlayHints';
import type { ServerContext } from './context';
import type { Feature } from './feature';

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: { resolveProvider: false } },
  register(ctx: ServerContext): void {
    ctx.connection.languages.inlayHint.on(async ({ textDocument, range }): Promise<InlayHint[] | null> => {
      if (!(await ctx.editorSettings(textDocument.uri)).inlayHints) return [];
      const analysis = await ctx.analysisOf(textDocument.uri);
      if (!analysis) return null;
      const span = { start: analysis.lines.offset(range.start), end: analysis.lines.offset(range.end) };
      return inlayHints(analysis, span).map((hint) => ({
        position: analysis.lines.position(hint.offset),
        label: hint.label,
        paddingLeft: true,
      }));
    });
    ctx.onSettingsChanged(() => {
      if (ctx.client.workspace?.inlayHint?.refreshSupport) void ctx.connection.languages.inlayHint.refresh().catch(() => undefined);
    });
  },
};

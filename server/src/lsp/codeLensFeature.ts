// textDocument/codeLens: each persona's row of the matrix, and the plan's coverage, above the
// lines they belong to. A persona's lens opens the preview on its row.
import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver/node';
import { lenses } from '../core/lenses';
import type { ServerContext } from './context';
import type { Feature } from './feature';

/** The client command a persona's lens runs, with the document's uri and `{ persona }`. */
export const SHOW_PREVIEW_COMMAND = 'journey.showPreviewToSide';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx: ServerContext): void {
    ctx.connection.onCodeLens(async ({ textDocument }): Promise<CodeLens[] | null> => {
      if (!(await ctx.editorSettings(textDocument.uri)).codeLens) return [];
      const analysis = await ctx.analysisOf(textDocument.uri);
      if (!analysis) return null;
      return lenses(analysis, ctx.locale).map((lens) => {
        const start = analysis.lines.position(lens.span.start);
        return {
          range: { start, end: start },
          command: lens.persona !== undefined
            ? { title: lens.title, command: SHOW_PREVIEW_COMMAND, arguments: [textDocument.uri, { persona: lens.persona }] }
            : { title: lens.title, command: '' },
        };
      });
    });
    ctx.onSettingsChanged(() => {
      if (ctx.client.workspace?.codeLens?.refreshSupport) void ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  },
};

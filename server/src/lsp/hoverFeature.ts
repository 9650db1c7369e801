// textDocument/hover: markdown from the core's hover for the word under the cursor.
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../core/hover';
import type { ServerContext } from './context';
import type { Feature } from './feature';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx: ServerContext): void {
    ctx.connection.onHover(async (params: HoverParams): Promise<Hover | null> => {
      const analysis = await ctx.analysisOf(params.textDocument.uri);
      if (!analysis) return null;
      const hover = hoverAt(analysis, analysis.lines.offset(params.position), ctx.locale);
      return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: analysis.lines.range(hover.span) } : null;
    });
  },
};

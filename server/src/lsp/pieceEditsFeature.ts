// The preview's edits of one piece (`journey/pieceEdit`: move it to another cell, set its status)
// and the piece the editor's cursor is in (`journey/pieceAt`, for the preview's highlight). The
// edits are the core's; the params are checked with the protocol's validators.
import { movePieceEdit, pieceAt, setStatusEdit } from '../core/edits';
import { parseDrawnPiece, parsePieceChange } from '../protocol/pieceEdits';
import { PIECE_AT_REQUEST, PIECE_EDIT_REQUEST, type PieceAtResult, type PieceEditResult } from '../protocol/methods';
import type { ServerContext } from './context';
import type { Feature } from './feature';

export const pieceEditsFeature: Feature = {
  capabilities: {},
  register(ctx: ServerContext) {
    ctx.connection.onRequest(PIECE_EDIT_REQUEST, async (params: { uri?: unknown; piece?: unknown; change?: unknown }): Promise<PieceEditResult> => {
      const piece = parseDrawnPiece(params?.piece);
      const change = parsePieceChange(params?.change);
      if (typeof params?.uri !== 'string' || !piece || !change) return null;
      const analysis = await ctx.analysisOf(params.uri);
      if (!analysis) return null;
      const outcome = change.kind === 'move' ? movePieceEdit(analysis, piece, change.from, change.to) : setStatusEdit(analysis, piece, change.status);
      if ('refused' in outcome) return outcome;
      return { edits: outcome.edits.map((edit) => ({ range: analysis.lines.range(edit.span), newText: edit.newText })) };
    });

    ctx.connection.onRequest(PIECE_AT_REQUEST, async (params: { uri?: unknown; position?: unknown }): Promise<PieceAtResult> => {
      const position = params?.position as { line?: unknown; character?: unknown } | undefined;
      if (typeof params?.uri !== 'string' || !Number.isInteger(position?.line) || !Number.isInteger(position?.character)) return null;
      const analysis = await ctx.analysisOf(params.uri);
      if (!analysis) return null;
      const piece = pieceAt(analysis, analysis.lines.offset({ line: position!.line as number, character: position!.character as number }));
      return piece ? { line: analysis.lines.position(piece.span.start).line + 1 } : null;
    });
  },
};

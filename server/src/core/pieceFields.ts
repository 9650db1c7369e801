// Where each key of one piece is written, read again from the text when a request is about that
// piece (hover on its type, selection ranges in it). A large plan has ten keys per piece and a
// hundred thousand in all: keeping a span for each would be most of the server's memory (see
// docs/performance.md), while re-reading one piece takes a few microseconds.
import { isMap } from 'yaml';
import { parseYaml } from './parse';
import type { FieldSpans, Piece } from './plan';
import { YamlNodes } from './yamlNodes';

/**
 * The piece's keys in the order written, each with its key's and value's span; a key written
 * twice is listed once, at its first place. Keys merged in with `<<` from an anchor elsewhere
 * are not listed: the anchor is outside the piece.
 */
export function pieceFields(text: string, piece: Piece): Map<string, FieldSpans> {
  const fields = new Map<string, FieldSpans>();
  const { start, end } = piece.span;
  // The piece parsed on its own at its place: its first line padded to its column, so that a
  // block mapping keeps its indentation and every range is a whole-text offset.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // It sits in the content list of the root mapping: two levels deep, as in the whole parse.
  const [doc] = parseYaml(' '.repeat(start - lineStart) + text.slice(start, end), { offset: lineStart, end, forceDoc: true, depth: 2 }).docs;
  if (!doc || !isMap(doc.contents)) return fields;
  for (const entry of new YamlNodes(doc, text).entries(doc.contents)) {
    if (!fields.has(entry.key)) fields.set(entry.key, { key: entry.keySpan, value: entry.valueSpan });
  }
  return fields;
}

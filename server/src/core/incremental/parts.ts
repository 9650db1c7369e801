// Parsing and reading one part of a plan on its own, at its place in the whole text: the
// parser starts counting at the part's offset, so every node range, span and finding is
// already in whole-text offsets. A part that parses with any error or warning, holds an alias
// (its anchor may live in another part) or is not the shape its place demands is refused.
import { Document, isAlias, isMap, isScalar, isSeq, Pair, visit } from 'yaml';
import { MAX_TOKENS, parseYaml } from '../parse';
import { reportDuplicateKeys } from '../uniqueKeys';
import type { Messages, Locale } from '../messages';
import type { Piece } from '../plan';
import { detach } from '../strings';
import { readContentItem, type Finding } from '../readPlan';
import { YamlNodes } from '../yamlNodes';
import type { Part } from './segments';

/** A `content:` item, read: what readPlan would have produced for it in a full analysis. Moved in place by later edits. */
export interface ItemPart extends Part {
  /** The lexemes in the part's text (the token budget is counted over all parts). */
  tokens: number;
  piece: Piece | undefined;
  /** What reading the item reported, in report order. Duplicate ids are not among them: they depend on other items. */
  findings: readonly Finding[];
  /** The one-item list's range: where its `-` is and where its value ends (the content list's span is made of these). */
  listStart: number;
  listEnd: number;
  /** What checking the piece's persona and phase references reported, for the persona and phase ids in `key`. */
  references?: { readonly key: string; readonly findings: readonly Finding[] };
}

/** The header or the trailer: its top-level key/value pairs. */
export interface MapPart extends Part {
  pairs: Pair[];
  tokens: number;
}

/** @param depth how many collections deep the part's nodes sit in the whole document: 1 for an item of the content list. */
export function parsePart(text: string, part: Part, depth: number): { doc: Document.Parsed; tokens: number } | undefined {
  // A private copy of the part: the parser's strings point into the text they are read from, and
  // the header's and trailer's pairs are kept. (What a piece keeps, YamlNodes.text() detaches.)
  const source = detach(text.slice(part.start, part.end));
  // A lone CR is a line break to YAML but not to the splitter; a BOM inside the text is odd enough.
  if (/\r(?!\n)|\uFEFF/.test(source)) return undefined;
  const { docs, tooDeep, tokens } = parseYaml(source, { offset: part.start, end: part.end, depth });
  // Too deep, or so long that reading stopped: the whole text decides what to say.
  if (docs.length !== 1 || tooDeep.length > 0 || tokens > MAX_TOKENS) return undefined;
  const doc = docs[0];
  reportDuplicateKeys(doc);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  if (source.includes('*') && hasAlias(doc)) return undefined;
  return { doc, tokens };
}

export function readItemPart(text: string, part: Part, msg: Messages, locale: Locale): ItemPart | undefined {
  const parsed = parsePart(text, part, 1);
  const list = parsed?.doc.contents;
  if (!parsed || !isSeq(list) || list.items.length !== 1 || !list.range) return undefined;
  const findings: Finding[] = [];
  const ctx = { nodes: new YamlNodes(parsed.doc, text), msg, locale, report: (finding: Finding) => void findings.push(finding) };
  const piece = readContentItem(ctx, list.items[0], 0);
  return { start: part.start, end: part.end, tokens: parsed.tokens, piece, findings: findings.length > 0 ? findings : NO_FINDINGS, listStart: list.range[0], listEnd: list.range[1], references: undefined };
}

export function readMapPart(text: string, part: Part): MapPart | undefined {
  const parsed = parsePart(text, part, 0);
  const root = parsed?.doc.contents;
  if (!parsed || !isMap(root) || root.anchor || root.tag) return undefined;
  return { start: part.start, end: part.end, tokens: parsed.tokens, pairs: root.items as Pair[] };
}

/** True for a pair written as a bare `content:` — the key the items hang under. */
export function isBareContentPair(pair: Pair | undefined): boolean {
  if (!pair || !isScalar(pair.key) || pair.key.value !== 'content') return false;
  const value = pair.value;
  return value === null || value === undefined || (isScalar(value) && value.value === null && !value.anchor && !value.tag);
}

function hasAlias(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found || isAlias(doc.contents);
}

/** Most items have no findings: they share one empty list rather than keep one each. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

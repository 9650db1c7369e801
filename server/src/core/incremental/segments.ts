// Splits a plan's text into parts that parse on their own: the header (everything before the
// first `content:` item), one part per item of the `content:` block list, and the trailer (the
// top-level keys after the list). Only plain layouts are split — column-0 lines must be simple
// `key:` lines (or list items when the list itself sits at column 0), and item lines must be
// indented below their `- `. Anything else (documents markers, directives, flow or quoted keys,
// tabs in indentation, a `content:` with an inline value, …) returns undefined: the caller then
// parses the whole text, so an unusual layout costs time, never correctness.

/** [start, end) offsets of a part; parts are whole lines and tile the text. */
export interface Part {
  start: number;
  end: number;
}

export interface Layout {
  header: Part;
  items: Part[];
  trailer?: Part;
  /** The column of the items' `-`. */
  itemIndent: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const DASH = 45;
const TOP_KEY = /^[A-Za-z_][A-Za-z0-9_-]*[ ]*:(?:[ ]|$)/;
const CONTENT_KEY = /^content[ ]*:/;
const BARE_CONTENT_KEY = /^content[ ]*:[ ]*(?:#.*)?$/;

export function splitPlan(text: string): Layout | undefined {
  const length = text.length;
  let state: 'header' | 'items' | 'trailer' = 'header';
  let itemIndent = -1;
  const itemStarts: number[] = [];
  let trailerStart = -1;

  for (let lineStart = 0; lineStart < length; ) {
    const { lineEnd, next, first: i, indent, c, blank } = scanLine(text, lineStart);
    if (c === TAB) return undefined;
    if (blank || c === HASH) {
      lineStart = next;
      continue; // blank lines and comments belong to the part they are in
    }
    if (state === 'items' && (itemIndent < 0 || indent === itemIndent) && isItemStart(text, i, lineEnd)) {
      if (itemIndent < 0) itemIndent = indent;
      itemStarts.push(lineStart);
      lineStart = next;
      continue;
    }
    if (state === 'items' && itemIndent < 0) return undefined; // `content:` holds something other than a block list
    if (indent === 0) {
      const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd);
      if (!TOP_KEY.test(line)) return undefined;
      const isContent = CONTENT_KEY.test(line);
      if (state === 'header') {
        if (isContent) {
          if (!BARE_CONTENT_KEY.test(line)) return undefined;
          state = 'items';
        }
      } else {
        // After the list: a second `content:` is a duplicate key, which only a full parse reports right.
        if (isContent) return undefined;
        if (state === 'items') {
          state = 'trailer';
          trailerStart = lineStart;
        }
      }
    } else if (state === 'items' && indent <= itemIndent) {
      return undefined; // between the list's indentation and the top level: only a full parse knows
    }
    lineStart = next;
  }
  if (itemStarts.length === 0) return undefined;
  const listEnd = trailerStart < 0 ? length : trailerStart;
  const items = itemStarts.map((start, k) => ({ start, end: k + 1 < itemStarts.length ? itemStarts[k + 1] : listEnd }));
  return { header: { start: 0, end: itemStarts[0] }, items, trailer: trailerStart < 0 ? undefined : { start: trailerStart, end: length }, itemIndent };
}

/**
 * Splits [from, to) — a stretch of the list between items that did not change — into items.
 * The stretch must begin with an item's `-` line and hold nothing but item lines, as
 * splitPlan would see them; otherwise undefined (the caller splits the whole text again).
 */
export function splitItems(text: string, from: number, to: number, itemIndent: number): Part[] | undefined {
  const starts: number[] = [];
  for (let lineStart = from; lineStart < to; ) {
    // `to` is a line start, so lines never cross it.
    const { lineEnd, next, first: i, indent, c, blank } = scanLine(text, lineStart);
    if (c === TAB) return undefined;
    if (starts.length === 0 && (blank || c === HASH || indent !== itemIndent)) return undefined; // must open with an item
    if (!blank && c !== HASH) {
      if (indent === itemIndent) {
        if (!isItemStart(text, i, lineEnd)) return undefined;
        starts.push(lineStart);
      } else if (indent < itemIndent) return undefined;
    }
    lineStart = next;
  }
  return starts.map((start, k) => ({ start, end: k + 1 < starts.length ? starts[k + 1] : to }));
}

/** One line as the splitters read it: where it ends, its indentation and first character. */
function scanLine(text: string, lineStart: number): { lineEnd: number; next: number; first: number; indent: number; c: number; blank: boolean } {
  const newline = text.indexOf('\n', lineStart);
  const lineEnd = newline < 0 ? text.length : newline;
  const next = newline < 0 ? text.length : newline + 1;
  let first = lineStart;
  while (first < lineEnd && text.charCodeAt(first) === SPACE) first++;
  const c = first < lineEnd ? text.charCodeAt(first) : LF;
  return { lineEnd, next, first, indent: first - lineStart, c, blank: c === LF || (c === CR && first + 1 === lineEnd) };
}

/** `-` followed by a space or the end of the line: a block list item. */
function isItemStart(text: string, at: number, lineEnd: number): boolean {
  if (text.charCodeAt(at) !== DASH) return false;
  const after = at + 1 < lineEnd ? text.charCodeAt(at + 1) : LF;
  return after === SPACE || after === LF || (after === CR && at + 2 === lineEnd);
}

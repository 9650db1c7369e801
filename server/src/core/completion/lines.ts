// One line of a plan as completion sees it: indentation, `- ` list markers, a `key:` and its
// value. Read from the raw text so it works while the YAML around it is half-typed or broken.
import type { LineIndex } from '../lineIndex';
import type { ContentItems } from './contentItems';

export interface LineShape {
  /** The line's text without its line break. */
  text: string;
  /** True for an empty line or one holding only a comment: the structure skips it. */
  blank: boolean;
  /** Columns of the leading `- ` markers (`  - - x` has two). */
  dashes: number[];
  /** Where the content after the indentation and the dashes starts. */
  contentCol: number;
  /** The mapping key written at contentCol, if the line has one. */
  key?: string;
  /** Column of the key's colon. */
  colonCol?: number;
  /** Where the value starts: the first non-space after the colon (or the line's end). */
  valueCol?: number;
  /** The value as written on this line, without a trailing comment or spaces ('' when none). */
  value: string;
}

// A key as this format writes them: a plain word (ids, Dutch persona fields, `min-per-cell`) or a quoted string.
const KEY = /^("[^"\n]*"|'[^'\n]*'|[^\s#:'"\[\]{},\-?|>!&*%@`][^\s:#]*|-[^\s:#]+)[ \t]*:(?=\s|$)/u;

export function shapeOf(text: string): LineShape {
  const indent = text.length - text.trimStart().length;
  const dashes: number[] = [];
  let col = indent;
  while (isListMarker(text, col, text.length)) {
    dashes.push(col);
    col++;
    while (text[col] === ' ' || text[col] === '\t') col++;
    // A bare `-` at the end of the line: its content would start after the marker and a space.
    if (col === text.length && col === dashes[dashes.length - 1] + 1) col++;
  }
  const rest = text.slice(Math.min(col, text.length));
  const blank = rest.trim() === '' ? dashes.length === 0 : false;
  const commentOnly = dashes.length === 0 && rest.startsWith('#');
  const shape: LineShape = { text, blank: blank || commentOnly, dashes, contentCol: col, value: '' };
  if (shape.blank) return shape;
  const match = KEY.exec(rest);
  if (match) {
    shape.key = unquote(match[1]);
    shape.colonCol = col + match[0].length - 1;
    let valueCol = shape.colonCol + 1;
    while (text[valueCol] === ' ' || text[valueCol] === '\t') valueCol++;
    shape.valueCol = valueCol;
    shape.value = stripComment(text.slice(valueCol));
  } else {
    shape.value = stripComment(rest);
  }
  return shape;
}

/**
 * Shapes of a document's lines, computed once each, on demand, for one request. Not kept with
 * the document: finding an item's section can walk up every line of a large plan, and the
 * shapes of 100,000 lines would outweigh the rest of its analysis (see docs/performance.md).
 */
export class Shapes {
  private readonly cache: (LineShape | undefined)[] = [];

  /** @param contentItems where the analysis says content items start, when its tree can be trusted. */
  constructor(
    readonly lines: LineIndex,
    readonly contentItems?: ContentItems,
  ) {}

  get count(): number {
    return this.lines.lineCount;
  }

  at(line: number): LineShape {
    return (this.cache[line] ??= shapeOf(this.lines.lineText(line)));
  }

  /**
   * The line's indentation (spaces and tabs), whether a `- ` list marker follows it and whether
   * it is blank (as LineShape.blank), read without shaping the line: scanning up past the
   * thousands of items of a large plan looks at little more than this.
   */
  indent(line: number): { col: number; dash: boolean; blank: boolean } {
    const { text } = this.lines;
    const start = this.lines.lineStart(line);
    const end = this.lines.lineEnd(line);
    const i = firstNonBlank(text, start, end);
    return { col: i - start, dash: isListMarker(text, i, end), blank: i === end || text[i] === '#' };
  }

  /** The column `indent` gives, or -1 for a blank or comment line; allocates nothing (the upward scans call it for up to every line of a plan). */
  leadColumn(line: number): number {
    const { text } = this.lines;
    const start = this.lines.lineStart(line);
    const end = this.lines.lineEnd(line);
    const i = firstNonBlank(text, start, end);
    return i === end || text.charCodeAt(i) === 0x23 /* # */ ? -1 : i - start;
  }
}

/** The offset of the first character in [start, end) that is not a space or a tab (end if none). */
function firstNonBlank(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) break;
    i++;
  }
  return i;
}

/** `-` followed by a space, a tab or the line's end (at `end`) starts a list item; `-foo` is a plain scalar. */
function isListMarker(text: string, i: number, end: number): boolean {
  return text[i] === '-' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t');
}

/** The text before a ` #` comment that is not inside quotes, without trailing spaces. */
export function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      // A quote starts a quoted scalar only where a scalar can start.
      if (i === 0 || /[\s,\[{:]/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1);
  if (t[0] === '"' || t[0] === "'") return t.slice(1);
  return t;
}

/** Characters that end an id or key being typed (ids contain `-`, never these). */
export const WORD_BREAK = /[\s,\[\]{}:#]/;

/** Span (columns) of the word around a column: what a completion replaces. */
export function wordAround(text: string, col: number): { start: number; end: number } {
  let start = col;
  while (start > 0 && !WORD_BREAK.test(text[start - 1])) start--;
  let end = col;
  while (end < text.length && !WORD_BREAK.test(text[end])) end++;
  return { start, end };
}

// Appends an item to a YAML list in the plan — block or flow, existing, empty or absent —
// touching only the text it must and following the file's own indentation and line breaks.
import type { Analysis } from '../analyze';
import type { Span } from '../lineIndex';
import type { FieldSpans } from '../plan';
import { noEdit, type TextEdit } from './textEdit';

export interface NewItem {
  /** The item as block lines, without indentation or dash: ['title: x', 'persona: y']. */
  block: string[];
  /** The item in flow style: '{ title: x, persona: y }'. */
  flow: string;
}

export interface ListPlace {
  /** The list's key and value, if the key is written. */
  field?: FieldSpans;
  /** The spans of the items already in it. */
  items: Span[];
  /** Where to add the key when it is absent (text to insert at an offset), e.g. top level at the end. */
  whenAbsent: { offset: number; keyIndent: number; key: string; prefix?: string[] };
}

export function appendToList(analysis: Analysis, place: ListPlace, item: NewItem): TextEdit {
  const { text, lines } = analysis;
  const eol = lines.eol;
  const { field, items } = place;

  if (field) {
    const value = text.slice(field.value.start, field.value.end);
    if (value.startsWith('[')) {
      // A flow list: add before the closing bracket (an unclosed one cannot take an item).
      const close = text.lastIndexOf(']', field.value.end - 1);
      if (close < field.value.start) return noEdit(field.value.end);
      const at = afterLastEntry(text, close);
      return { span: { start: at, end: at }, newText: `${flowSeparator(text, at, '')}${item.flow}` };
    }
    if (/^-([ \t\r\n]|$)/.test(value)) {
      // A block list: a new item after its last line, at its dash and content columns.
      const dashColumn = dashColumnOf(analysis, field.value.start + 1);
      const contentColumn = contentColumnOf(analysis, items[0]?.start ?? field.value.start + 2, dashColumn);
      const end = items.reduce((last, span) => Math.max(last, span.end), field.value.end);
      const at = lines.lineEnd(lines.position(end).line);
      return { span: { start: at, end: at }, newText: eol + blockItem(item, dashColumn, contentColumn, eol) };
    }
    // Anything else written there (a sentence, a mapping, an alias) is not a list to add to.
    if (value.trim() !== '') return noEdit(field.value.end);
  }

  if (field && inFlowMapping(text, field.key.start)) {
    // `{ …, content: }`: a flow list right after the colon.
    const colon = text.indexOf(':', field.key.end);
    if (colon < 0) return noEdit(field.value.end);
    // After an anchor or tag the empty value may carry (`content: &a }`).
    const at = Math.max(colon + 1, field.value.start);
    return { span: { start: at, end: at }, newText: ` [${item.flow}]` };
  }

  const unit = indentUnit(analysis);
  if (field) {
    // The key is there with nothing (or only comments) under it yet.
    const keyLine = lines.position(field.key.start).line;
    const keyColumn = lines.position(field.key.start).character;
    const at = lines.lineEnd(keyLine);
    const dashColumn = keyColumn + unit;
    return { span: { start: at, end: at }, newText: eol + blockItem(item, dashColumn, dashColumn + 2, eol) };
  }

  const { offset, keyIndent, key, prefix = [] } = place.whenAbsent;
  const braces = flowRoot(text, offset);
  if (braces) {
    // `{ journey: …, personas: […] }`: the new key goes inside the braces, in flow style too.
    const at = afterLastEntry(text, braces.close);
    const value = [...prefix, key].reduceRight((inner, name, i) => (i === prefix.length ? `${name}: [${inner}]` : `${name}: { ${inner} }`), item.flow);
    return { span: { start: at, end: at }, newText: `${flowSeparator(text, at, ' ')}${value}${at === braces.open + 1 ? ' ' : ''}` };
  }
  // At the start of a line the new lines end with a break; at the end of one they begin with it.
  const atLineStart = offset === 0 || text.charAt(offset - 1) === '\n';
  const keyLines = [...prefix, key].map((line, i) => ' '.repeat(keyIndent + i * unit) + line + ':');
  const dashColumn = keyIndent + prefix.length * unit + unit;
  const body = keyLines.join(eol) + eol + blockItem(item, dashColumn, dashColumn + 2, eol);
  const newText = atLineStart ? body + eol : eol + body;
  return { span: { start: offset, end: offset }, newText };
}

function blockItem(item: NewItem, dashColumn: number, contentColumn: number, eol: string): string {
  // The first line's content starts at the content column too, so the item's keys line up.
  const gap = ' '.repeat(Math.max(1, contentColumn - dashColumn - 1));
  return item.block.map((line, i) => (i === 0 ? `${' '.repeat(dashColumn)}-${gap}${line}` : `${' '.repeat(Math.max(contentColumn, dashColumn + 2))}${line}`)).join(eol);
}

/** The column of the `-` that starts the list item at `offset` (the item may start after `- `, `- &anchor `, …). */
function dashColumnOf(analysis: Analysis, offset: number): number {
  const { line, character } = analysis.lines.position(offset);
  const before = analysis.lines.lineText(line).slice(0, character);
  // The last dash standing alone: not one inside an anchor or tag name such as `&first-piece`.
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i] === '-' && (i === 0 || /[ \t]/.test(before[i - 1])) && (i + 1 === before.length || /[ \t]/.test(before[i + 1]))) return i;
  }
  return Math.max(0, character - 2);
}

/** The column an item's own lines are indented to: just after `- ` (not after an anchor or tag before the value). */
function contentColumnOf(analysis: Analysis, offset: number, dashColumn: number): number {
  const { line, character } = analysis.lines.position(offset);
  const text = analysis.lines.lineText(line);
  if (text.charAt(dashColumn) !== '-' || dashColumn >= character) return character;
  let column = dashColumn + 1;
  while (column < character && (text[column] === ' ' || text[column] === '\t')) column++;
  return column;
}

/** The braces of a plan written as one flow mapping (`{ journey: …, … }`) that ends before `end`; undefined otherwise. */
function flowRoot(text: string, end: number): { open: number; close: number } | undefined {
  // Skip what may come before the root: blank and comment lines, directives, a `---` start marker, an anchor or tag.
  const open = /^(?:\s+|#[^\r\n]*|%[^\r\n]*|---(?=\s|$)|[&!][^\s{]*)*/.exec(text)![0].length;
  if (open >= end || text.charAt(open) !== '{') return undefined;
  const close = text.lastIndexOf('}', end - 1);
  // Only comments may follow: `{ … }: value` is a block mapping whose first key is a flow mapping.
  // (Checked line by line: a regular expression with nested repetition backtracks exponentially on long blank runs.)
  const rest = text.slice(close + 1, end).split(/\r\n|\r|\n/);
  if (close <= open || !rest.every((line) => line.trimStart() === '' || line.trimStart().startsWith('#'))) return undefined;
  return { open, close };
}

/** How far this file indents a nested block: taken from the personas or content list, else 2. */
function indentUnit(analysis: Analysis): number {
  const { plan, lines } = analysis;
  const candidates: [FieldSpans | undefined, Span | undefined][] = [
    [plan.sections.personas, plan.personas.find((persona) => !persona.origin)?.span],
    [plan.sections.content, plan.pieces[0]?.span],
  ];
  for (const [field, first] of candidates) {
    if (!field || !first) continue;
    const keyColumn = lines.position(field.key.start).character;
    const dash = dashColumnOf(analysis, first.start);
    if (lines.position(first.start).line > lines.position(field.key.start).line && dash > keyColumn) return dash - keyColumn;
  }
  return 2;
}

/** The indentation of the plan's top-level keys: that of its first line with content (usually 0). */
export function rootIndent(analysis: Analysis): number {
  const { lines } = analysis;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (/^\s*(#.*)?$/.test(text) || /^(%|---(\s|$))/.test(text)) continue;
    // Spaces only: a byte-order mark or other odd whitespace before the first key is no indentation.
    return /^ */.exec(text.replace(/^\uFEFF/, ''))![0].length;
  }
  return 0;
}

/** The end of the plan, where a missing top-level section goes: the end of the text, or of the first YAML document in it. */
export function endOfText(analysis: Analysis): number {
  const { lines } = analysis;
  let content = false;
  let started = false;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    // `...` always ends a document; `---` starts the first one, or, after content, starts the next.
    if (/^\.\.\.(\s|$)/.test(text) || (/^---(\s|$)/.test(text) && (content || started))) return lines.lineStart(line);
    if (/^---(\s|$)/.test(text)) started = true;
    else if (!/^\s*(#.*)?$/.test(text) && !/^%/.test(text)) content = true;
  }
  return analysis.text.length;
}

/** Whether the key at `offset` is an entry of a flow mapping: what precedes it (line breaks aside) is `{` or `,`. */
function inFlowMapping(text: string, offset: number): boolean {
  let at = offset;
  while (at > 0 && /[ \t\r\n]/.test(text.charAt(at - 1))) at--;
  const before = text.charAt(at - 1);
  return before === '{' || before === ',';
}

/** What goes before a new entry at `at` in a flow collection: nothing more after the opening bracket (`first`), a space after a trailing comma, else `, `. */
export function flowSeparator(text: string, at: number, first: string): string {
  const before = text.charAt(at - 1);
  return before === '[' || before === '{' ? first : before === ',' ? ' ' : ', ';
}

/** In a flow collection, the offset just after its last entry (before spaces and the closing bracket). */
export function afterLastEntry(text: string, close: number): number {
  let at = close;
  while (at > 0 && /[ \t\r\n]/.test(text.charAt(at - 1))) at--;
  return at;
}

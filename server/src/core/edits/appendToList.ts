// Appends an item to a YAML list in the plan — block or flow, existing, empty or absent —
// touching only the text it must and following the file's own indentation and line breaks.
import type { Analysis } from '../analyze';
import type { Span } from '../lineIndex';
import type { FieldSpans } from '../plan';
import type { TextEdit } from './textEdit';

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

  if (field && text.charAt(field.value.start) === '[' && field.value.end > field.value.start) {
    // A flow list: add before the closing bracket.
    const at = afterLastEntry(text, text.lastIndexOf(']', field.value.end - 1));
    return { span: { start: at, end: at }, newText: text.charAt(at - 1) === '[' ? item.flow : `, ${item.flow}` };
  }

  if (field && items.length > 0) {
    const first = items[0];
    const dashColumn = dashColumnOf(analysis, first.start);
    const contentColumn = lines.position(first.start).character;
    const last = items[items.length - 1];
    const at = lines.lineEnd(lines.position(last.end).line);
    return { span: { start: at, end: at }, newText: eol + blockItem(item, dashColumn, contentColumn, eol) };
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
  // At the start of a line the new lines end with a break; at the end of one they begin with it.
  const atLineStart = offset === 0 || text.charAt(offset - 1) === '\n';
  const keyLines = [...prefix, key].map((line, i) => ' '.repeat(keyIndent + i * unit) + line + ':');
  const dashColumn = keyIndent + prefix.length * unit + unit;
  const body = keyLines.join(eol) + eol + blockItem(item, dashColumn, dashColumn + 2, eol);
  const newText = atLineStart ? body + eol : eol + body;
  return { span: { start: offset, end: offset }, newText };
}

function blockItem(item: NewItem, dashColumn: number, contentColumn: number, eol: string): string {
  return item.block.map((line, i) => (i === 0 ? `${' '.repeat(dashColumn)}- ${line}` : `${' '.repeat(contentColumn)}${line}`)).join(eol);
}

/** The column of the `-` that starts the list item at `offset` (the item may start after `- `). */
function dashColumnOf(analysis: Analysis, offset: number): number {
  const { line, character } = analysis.lines.position(offset);
  const before = analysis.lines.lineText(line).slice(0, character);
  const dash = before.lastIndexOf('-');
  return dash >= 0 ? dash : Math.max(0, character - 2);
}

/** How far this file indents a nested block: taken from the personas or content list, else 2. */
function indentUnit(analysis: Analysis): number {
  const { plan, lines } = analysis;
  const candidates: [FieldSpans | undefined, Span | undefined][] = [
    [plan.sections.personas, plan.personas[0]?.span],
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

/** The end of the text, where a missing top-level section goes. */
export function endOfText(analysis: Analysis): number {
  return analysis.text.length;
}

/** In a flow collection, the offset just after its last entry (before spaces and the closing bracket). */
export function afterLastEntry(text: string, close: number): number {
  let at = close;
  while (at > 0 && /[ \t\r\n]/.test(text.charAt(at - 1))) at--;
  return at;
}

// A text edit in core terms: replace a span with new text. The LSP adapter turns spans into ranges.
import type { Span } from '../lineIndex';

export interface TextEdit {
  span: Span;
  newText: string;
}

/** The edit that changes nothing: for a place an item cannot be added to. Quick fixes and the preview leave such edits out. */
export function noEdit(at: number): TextEdit {
  return { span: { start: at, end: at }, newText: '' };
}

export function isNoEdit(edit: TextEdit): boolean {
  return edit.newText === '' && edit.span.start === edit.span.end;
}

/** Applies non-overlapping edits (as an editor would), for tests and the CLI. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** A span without the quotes around a quoted scalar, so a replacement keeps the user's quoting. */
export function innerSpan(text: string, span: Span): Span {
  const first = text.charAt(span.start);
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text.charAt(span.end - 1) === first) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  return span;
}

/** A YAML scalar for generated text: plain when that is safe, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  if (/^[\p{L}\p{N}][\p{L}\p{N} ._\-/&()\u2019']*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/^[\d.\-]+$/.test(value)) {
    return value;
  }
  return JSON.stringify(value);
}

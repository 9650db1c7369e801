// The quick fixes of `overdue` and `review-due`: move the date to today, mark the piece as
// published, or push the plan's review three months out. Each is one minimal text edit that
// keeps the value's quoting and everything around it.
import type { Analysis } from '../analyze';
import { addMonths } from '../dates';
import type { Span } from '../lineIndex';
import type { Piece } from '../plan';
import { pieceFields } from '../pieceFields';
import { innerSpan, type TextEdit } from './textEdit';

/** How far "Set review-by to 3 months from today" pushes the review. */
export const REVIEW_INTERVAL_MONTHS = 3;

/** The piece an `overdue` diagnostic sits in (its date, or its title when the date is merged in). */
export function pieceAt(analysis: Analysis, offset: number): Piece | undefined {
  return analysis.plan.pieces.find((piece) => piece.span.start <= offset && offset < piece.span.end);
}

/** The piece's date, set to `today`; undefined when the date is not written in the piece itself. */
export function setDateToTodayEdit(analysis: Analysis, piece: Piece, today: string): TextEdit | undefined {
  const span = writtenValue(analysis.text, piece, piece.dateSpan, piece.date);
  return span && { span, newText: today };
}

/** `status: published`: the status value replaced, or a `status` line added after the date's line (or the piece's first). */
export function markPublishedEdit(analysis: Analysis, piece: Piece): TextEdit | undefined {
  const { text, lines } = analysis;
  const fields = pieceFields(text, piece);
  const status = writtenValue(text, piece, fields.get('status')?.value, piece.status);
  if (status) return { span: status, newText: 'published' };
  // The status is merged in with `<<`: a line of its own overrides it, after a key of the piece's
  // block mapping whose value ends on its line.
  for (const field of [fields.get('date'), fields.values().next().value]) {
    if (!field) continue;
    const line = lines.position(field.key.start).line;
    const before = text.slice(lines.lineStart(line), field.key.start);
    const end = lines.lineEnd(line);
    if (!/^ *(- +)?$/.test(before) || field.value.end > end) continue;
    return { span: { start: end, end }, newText: `${lines.eol}${' '.repeat(before.length)}status: published` };
  }
  return undefined;
}

/** The plan's `review-by`, set to three months from `today`. */
export function setReviewByEdit(analysis: Analysis, today: string): TextEdit | undefined {
  const reviewBy = analysis.plan.reviewBy;
  if (!reviewBy) return undefined;
  return { span: innerSpan(analysis.text, reviewBy.span), newText: addMonths(today, REVIEW_INTERVAL_MONTHS) };
}

/**
 * Where the value is written as it is, inside its quotes; undefined for a value merged in with
 * `<<`, whose span is the merged mapping's (or an anchor's elsewhere in the file).
 */
function writtenValue(text: string, piece: Piece, span: Span | undefined, value: string | undefined): Span | undefined {
  if (!span || value === undefined || span.start < piece.span.start || span.end > piece.span.end) return undefined;
  const inner = innerSpan(text, span);
  return text.slice(inner.start, inner.end) === value ? inner : undefined;
}

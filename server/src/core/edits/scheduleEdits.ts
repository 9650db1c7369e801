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
  const span = piece.dateSpan;
  if (!span || !within(span, piece.span)) return undefined;
  return { span: innerSpan(analysis.text, span), newText: today };
}

/** `status: published`: the status value replaced, or a `status` line added after the date's line. */
export function markPublishedEdit(analysis: Analysis, piece: Piece): TextEdit | undefined {
  const { text, lines } = analysis;
  const fields = pieceFields(text, piece);
  const status = fields.get('status');
  const value = status && innerSpan(text, status.value);
  if (value && text.slice(value.start, value.end) === piece.status) return { span: value, newText: 'published' };
  // The status is merged in with `<<` (its span is the merged mapping's): a line of its own overrides it, in a block mapping only.
  const date = fields.get('date');
  if (!date) return undefined;
  const line = lines.position(date.key.start).line;
  const before = text.slice(lines.lineStart(line), date.key.start);
  if (!/^ *(- +)?$/.test(before)) return undefined;
  const end = lines.lineEnd(line);
  return { span: { start: end, end }, newText: `${lines.eol}${' '.repeat(before.length)}status: published` };
}

/** The plan's `review-by`, set to three months from `today`. */
export function setReviewByEdit(analysis: Analysis, today: string): TextEdit | undefined {
  const reviewBy = analysis.plan.reviewBy;
  if (!reviewBy) return undefined;
  return { span: innerSpan(analysis.text, reviewBy.span), newText: addMonths(today, REVIEW_INTERVAL_MONTHS) };
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

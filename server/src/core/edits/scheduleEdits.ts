// The quick fixes of `overdue` and `review-due`: move the date to today, mark the piece as
// published, or push the plan's review three months out. Each is one minimal text edit that
// keeps the value's quoting and everything around it.
import type { Analysis } from '../analyze';
import { addMonths } from '../dates';
import type { Piece } from '../plan';
import { pieceFields } from '../pieceFields';
import { plainValue, statusEdit } from './pieceEdits';
import { innerSpan, type TextEdit } from './textEdit';

/** How far "Set review-by to 3 months from today" pushes the review. */
export const REVIEW_INTERVAL_MONTHS = 3;

/** The piece an `overdue` diagnostic sits in (its date, or its title when the date is merged in). */
export function pieceAt(analysis: Analysis, offset: number): Piece | undefined {
  return analysis.plan.pieces.find((piece) => piece.span.start <= offset && offset < piece.span.end);
}

/** The piece's date, set to `today`; undefined when the date is not written in the piece itself. */
export function setDateToTodayEdit(analysis: Analysis, piece: Piece, today: string): TextEdit | undefined {
  const span = plainValue(analysis.text, piece, piece.dateSpan, piece.date);
  return span && { span: span.inner, newText: today };
}

/** `status: published`: the status value replaced, or a `status` key added after the date's line (or the piece's first). */
export function markPublishedEdit(analysis: Analysis, piece: Piece): TextEdit | undefined {
  const fields = pieceFields(analysis.text, piece);
  return statusEdit(analysis, piece, fields, 'published', [fields.get('date')]);
}

/** The plan's `review-by`, set to three months from `today`. */
export function setReviewByEdit(analysis: Analysis, today: string): TextEdit | undefined {
  const reviewBy = analysis.plan.reviewBy;
  if (!reviewBy) return undefined;
  return { span: innerSpan(analysis.text, reviewBy.span), newText: addMonths(today, REVIEW_INTERVAL_MONTHS) };
}

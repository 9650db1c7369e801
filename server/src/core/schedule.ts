// Time in the plan: pieces whose date has passed while the work is unfinished (`overdue`), and a
// plan whose `review-by` date has passed (`review-due`). Both need today's date, an analysis
// option: without it (a caller that does not say what day it is) nothing is reported.
import { daysBetween } from './dates';
import type { Span } from './lineIndex';
import { UNFINISHED_STATUSES, type Piece, type PieceStatus, type Plan } from './plan';
import type { ReadContext } from './readPlan';

/**
 * Days a piece is late on `today` (≥ 1), or 0 when it is not overdue. A date equal to today is
 * not late. Takes a Piece or the matrix model's piece (the preview's), so both agree.
 */
export function overdueDays(piece: { date?: string | null; status?: string | null }, today: string): number {
  if (!piece.date || !piece.status || !UNFINISHED_STATUSES.includes(piece.status as PieceStatus)) return 0;
  // String order is date order for YYYY-MM-DD: only the late few need counting.
  return piece.date < today ? daysBetween(piece.date, today) : 0;
}

export function reportSchedule(plan: Plan, ctx: ReadContext, today: string | undefined): void {
  if (today === undefined) return;
  for (const piece of plan.pieces) {
    const days = overdueDays(piece, today);
    if (days > 0) ctx.report({ code: 'overdue', span: overdueSpan(piece), message: ctx.msg.overdue(piece.title ?? piece.id?.value, piece.status!, days) });
  }
  const reviewBy = plan.reviewBy;
  if (reviewBy && reviewBy.value < today) {
    ctx.report({ code: 'review-due', span: reviewBy.span, message: ctx.msg.reviewDue(reviewBy.value, daysBetween(reviewBy.value, today)) });
  }
}

/** The date's value, when it is written in the piece (not merged in from an anchor elsewhere); else the piece's title or first line. */
function overdueSpan(piece: Piece): Span {
  const { dateSpan, span } = piece;
  if (dateSpan && dateSpan.start >= span.start && dateSpan.end <= span.end) return dateSpan;
  return piece.titleSpan ?? { start: span.start, end: span.start };
}

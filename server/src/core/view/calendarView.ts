// The calendar view's pieces, from the matrix as the preview has it: each piece once, with the
// personas and phases of the cells naming it and how late it is (the core's `overdueDays`, the
// rule the `overdue` diagnostic reports), and the month the view opens on.
import type { MatrixView, ViewPiece } from '../../protocol/matrixView';
import { parts } from '../dates';
import { overdueDays } from '../schedule';

export interface CalendarPiece {
  piece: ViewPiece;
  date: string | null;
  owner: string | null;
  /** Days late on the matrix's today (0 when not overdue, or without a today). */
  overdueDays: number;
  personas: { id: string; name: string }[];
  /** In plan order; `index` is the phase's place in the plan (its colour). */
  phases: { id: string; name: string; index: number }[];
}

/** The pieces that pass `shown`, in plan order. */
export function calendarPieces(view: MatrixView, shown: (piece: ViewPiece) => boolean): CalendarPiece[] {
  const width = view.phases.length;
  const personasOf = view.pieces.map(() => new Set<number>());
  const phasesOf = view.pieces.map(() => new Set<number>());
  view.cells.forEach((cell, k) => {
    for (const i of cell.pieces) {
      personasOf[i].add(Math.floor(k / width));
      phasesOf[i].add(k % width);
    }
  });
  const inOrder = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const result: CalendarPiece[] = [];
  view.pieces.forEach((piece, i) => {
    if (!shown(piece)) return;
    result.push({
      piece,
      date: piece.date,
      owner: piece.owner,
      overdueDays: view.today ? overdueDays(piece, view.today) : 0,
      personas: inOrder(personasOf[i]).map((r) => view.personas[r]),
      phases: inOrder(phasesOf[i]).map((c) => ({ id: view.phases[c].id, name: view.phases[c].name, index: c })),
    });
  });
  return result;
}

/**
 * The month the calendar opens on: today's, when a piece is dated in it (or none is dated at
 * all); else the month of the first dated piece after today, else of the last one before it.
 */
export function initialMonth(dates: readonly (string | null)[], today: string): { year: number; month: number } {
  const month = today.slice(0, 7);
  const dated = dates.filter((date): date is string => date !== null).sort();
  const pick = dated.length === 0 || dated.some((date) => date.startsWith(month)) ? today : (dated.find((date) => date > today) ?? dated[dated.length - 1]);
  const [year, m] = parts(pick);
  return { year, month: m };
}

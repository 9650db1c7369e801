// The plan in time: each piece with a date as a calendar entry (its personas and phases by name,
// whether it is overdue), and the pieces without one. What the CLI's `journey calendar`, the
// `journey/calendar` request and every calendar format (iCalendar, Markdown, CSV, JSON) list.
import type { Analysis } from '../analyze';
import { WILDCARD } from '../fields';
import { pieceLines } from '../matrixModel';
import type { Reference } from '../plan';
import { overdueDays } from '../schedule';

export interface CalendarEntry {
  /** `YYYY-MM-DD`; null for an undated piece. */
  date: string | null;
  title: string;
  /** The piece's `id`, when it has one. */
  id: string | null;
  personas: { id: string; name: string }[];
  phases: { id: string; name: string }[];
  type: string | null;
  channel: string | null;
  status: string | null;
  owner: string | null;
  url: string | null;
  /** Days late on `today` (0 when not overdue, or when no today was given). */
  overdueDays: number;
  /** The plan's title, and its file when the caller knows it (the CLI); one calendar can list several plans. */
  plan: string;
  file: string | null;
  /** 1-based line of the piece's `-` in its file. */
  line: number;
}

export interface CalendarModel {
  title: string;
  today: string | null;
  /** The range asked for (`--from`, `--to`), inclusive; null for open. */
  from: string | null;
  to: string | null;
  /** Dated pieces in the range, by date, then plan, then line. */
  entries: CalendarEntry[];
  /** Pieces without a date, in plan order. */
  undated: CalendarEntry[];
}

export interface CalendarRange {
  from?: string;
  to?: string;
}

/** Every piece of one analysed plan as an entry, dated or not, in plan order. */
export function calendarEntries(analysis: Analysis, file: string | null = null): CalendarEntry[] {
  const { plan } = analysis;
  const lines = pieceLines(analysis);
  const personaNames = new Map(plan.personas.map((persona) => [persona.id, persona.name]));
  const phaseNames = new Map(plan.phases.map((phase) => [phase.id, phase.name]));
  return plan.pieces.map((piece) => ({
    date: piece.date ?? null,
    title: piece.title ?? '',
    id: piece.id?.value ?? null,
    personas: named(piece.personas, plan.personas, personaNames),
    phases: named(piece.phases, plan.phases, phaseNames),
    type: piece.type ?? null,
    channel: piece.channel ?? null,
    status: piece.status ?? null,
    owner: piece.owner ?? null,
    url: piece.url ?? null,
    overdueDays: analysis.today ? overdueDays(piece, analysis.today) : 0,
    plan: plan.title ?? '',
    file,
    line: lines[piece.index],
  }));
}

/** One calendar of one or more plans' entries: the dated ones within the range, sorted, and the undated ones apart. */
export function toCalendarModel(entries: CalendarEntry[], title: string, today: string | null, range: CalendarRange = {}): CalendarModel {
  const from = range.from ?? null;
  const to = range.to ?? null;
  const dated = entries.filter((entry): entry is CalendarEntry & { date: string } => entry.date !== null && (from === null || entry.date >= from) && (to === null || entry.date <= to));
  // A stable order: date, then the order of the plans as given, then the line in the plan.
  const order = new Map(entries.map((entry, i) => [entry, i]));
  dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order.get(a)! - order.get(b)!));
  return { title, today, from, to, entries: dated, undated: entries.filter((entry) => entry.date === null) };
}

/** A piece's personas or phases with their names; `*` stands for all of the plan's, in plan order. */
function named(refs: readonly Reference[], all: readonly { id: string; name: string }[], names: Map<string, string>): { id: string; name: string }[] {
  if (refs.some((ref) => ref.value === WILDCARD)) return all.map(({ id, name }) => ({ id, name }));
  const seen = new Set<string>();
  const result: { id: string; name: string }[] = [];
  for (const ref of refs) {
    if (seen.has(ref.value)) continue;
    seen.add(ref.value);
    result.push({ id: ref.value, name: names.get(ref.value) ?? ref.value });
  }
  return result;
}


// The agenda: what is late and what is due in the next four weeks, grouped by owner, so a team
// sees who has what on their plate. Pure over any dated items: the CLI's calendar lists entries,
// the preview the pieces it draws.
import { addDays } from '../dates';

/** "Next 4 weeks": today and the 27 days after it. */
export const AGENDA_DAYS = 28;

export interface AgendaItem {
  date: string | null;
  owner: string | null;
  overdueDays: number;
}

export interface OwnerGroup<T> {
  /** null for the items nobody owns: listed last. */
  owner: string | null;
  items: T[];
}

export interface Agenda<T> {
  /** The "next 4 weeks" window, inclusive. */
  from: string;
  to: string;
  overdue: OwnerGroup<T>[];
  upcoming: OwnerGroup<T>[];
}

export function agenda<T extends AgendaItem>(items: readonly T[], today: string): Agenda<T> {
  const to = addDays(today, AGENDA_DAYS - 1);
  const byDate = [...items].filter((item) => item.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return {
    from: today,
    to,
    overdue: byOwner(byDate.filter((item) => item.overdueDays > 0)),
    upcoming: byOwner(byDate.filter((item) => item.date! >= today && item.date! <= to)),
  };
}

/** Groups in owner order (as a person reads names: case and accents aside), each keeping the items' order. */
function byOwner<T extends AgendaItem>(items: T[]): OwnerGroup<T>[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const owner = item.owner?.trim() || null;
    let group = groups.get(owner);
    if (!group) groups.set(owner, (group = []));
    group.push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0)))
    .map(([owner, grouped]) => ({ owner, items: grouped }));
}

// The month view: a month as weeks from Monday to Sunday (as calendars in the Netherlands and
// Belgium show it), each day with its items; the days before and after the month fill the first
// and last week. Pure over any dated items, for the CLI's JSON and the preview alike.
import { addDays, daysInMonth, formatDate, parts, shiftMonth, weekday } from '../dates';

export interface MonthDay<T> {
  date: string;
  /** False for the days of the month before or after that fill the first and last week. */
  inMonth: boolean;
  items: T[];
}

export interface MonthGrid<T> {
  year: number;
  /** 1 = January. */
  month: number;
  weeks: MonthDay<T>[][];
}

export function monthGrid<T extends { date: string | null }>(year: number, month: number, items: readonly T[]): MonthGrid<T> {
  const first = formatDate(year, month, 1);
  const last = formatDate(year, month, daysInMonth(year, month));
  const start = addDays(first, -weekday(first));
  const end = addDays(last, 6 - weekday(last));
  const byDate = new Map<string, T[]>();
  for (const item of items) {
    if (item.date === null || item.date < start || item.date > end) continue;
    let list = byDate.get(item.date);
    if (!list) byDate.set(item.date, (list = []));
    list.push(item);
  }
  const weeks: MonthDay<T>[][] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (weekday(day) === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ date: day, inMonth: day >= first && day <= last, items: byDate.get(day) ?? [] });
  }
  return { year, month, weeks };
}

/** Every month from the earliest dated item's to the latest's, in order; none without dated items. */
export function monthsSpanned(items: readonly { date: string | null }[]): { year: number; month: number }[] {
  const dates = items.map((item) => item.date).filter((date): date is string => date !== null).sort();
  if (dates.length === 0) return [];
  const [firstYear, firstMonth] = parts(dates[0]);
  const [lastYear, lastMonth] = parts(dates[dates.length - 1]);
  const months: { year: number; month: number }[] = [];
  for (let k = 0; k <= (lastYear - firstYear) * 12 + lastMonth - firstMonth; k++) months.push(shiftMonth(firstYear, firstMonth, k));
  return months;
}

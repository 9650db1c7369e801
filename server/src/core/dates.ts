// Calendar dates as the plan writes them, `YYYY-MM-DD`, with the arithmetic the schedule needs.
// A date is a day, not an instant: everything is computed in UTC so no time zone or daylight
// saving change can move a day (string order is date order, too).

/** `YYYY-MM-DD` and a real calendar day (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A Date's local calendar day as `YYYY-MM-DD`: what "today" is for the person at the machine. */
export function localDate(now: Date): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from `from` to `to` (positive when `to` is later). Both must be real `YYYY-MM-DD` dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY);
}

/** The same day `months` later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const shifted = shiftMonth(year, month, months);
  return formatDate(shifted.year, shifted.month, Math.min(day, daysInMonth(shifted.year, shifted.month)));
}

/** The month `by` months after (or before) the given one (1 = January). */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const total = year * 12 + month - 1 + by;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Day of the week, 0 = Monday … 6 = Sunday (ISO 8601, as calendars in the Netherlands and Belgium start the week). */
export function weekday(date: string): number {
  return (new Date(toUtc(date)).getUTCDay() + 6) % 7;
}

/** The number of days in a month (1 = January). */
export function daysInMonth(year: number, month: number): number {
  const last = new Date(Date.UTC(2000, 0, 1));
  last.setUTCFullYear(year, month, 0);
  return last.getUTCDate();
}

export function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const DAY = 86_400_000;

function toUtc(date: string): number {
  const [year, month, day] = parts(date);
  const value = new Date(Date.UTC(2000, 0, 1));
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  value.setUTCFullYear(year, month - 1, day);
  return value.getTime();
}

function fromUtc(time: number): string {
  const value = new Date(time);
  return formatDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

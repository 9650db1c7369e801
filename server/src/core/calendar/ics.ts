// The calendar as iCalendar (RFC 5545), for Outlook, Google Calendar and Apple Calendar: one
// all-day VEVENT per dated piece. ical-generator writes the text (CRLF line ends, lines folded at
// 75 octets, escaping, VALUE=DATE); this module decides what goes in. The output depends only on
// the plan and `today` (DTSTAMP), so the same plan gives the same file.
import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { addDays, parts } from '../dates';
import type { Locale } from '../messages';
import type { CalendarEntry, CalendarModel } from './entries';
import { calendarLabels } from './labels';

export function renderCalendarIcs(model: CalendarModel, today: string, locale: Locale = 'en'): string {
  const label = calendarLabels(locale);
  const calendar = ical({
    name: model.title || 'Journey',
    prodId: { company: 'journey-tools', product: 'Journey', language: locale.toUpperCase() },
    // A calendar to add, not an invitation to answer: what Outlook expects of an imported file.
    method: ICalCalendarMethod.PUBLISH,
  });
  const uids = new Map<string, number>();
  for (const entry of model.entries) {
    const date = entry.date!;
    calendar.createEvent({
      id: uniqueUid(uidOf(entry), uids),
      allDay: true,
      start: utcDay(date),
      // An all-day event ends the next day (exclusive): Outlook wants DTEND written out.
      end: utcDay(addDays(date, 1)),
      // When the file was made: today, so the same plan on the same day gives the same bytes.
      stamp: utcDay(today),
      summary: entry.title || '—',
      description: describe(entry, label),
      categories: entry.phases.map((phase) => ({ name: phase.name })),
      url: entry.url,
    });
  }
  return calendar.toString() + '\r\n';
}

/**
 * Stable across runs and edits: the piece's `id` when it has one, else a hash of its title and
 * first persona and phase, which an edit of its date, status or notes leaves alone.
 */
export function uidOf(entry: CalendarEntry): string {
  if (entry.id) return `${entry.id}@journey`;
  const key = [entry.title, entry.personas[0]?.id ?? '', entry.phases[0]?.id ?? ''].join('\n');
  return `${createHash('sha256').update(key).digest('hex').slice(0, 24)}@journey`;
}

/** Two events with one UID would be one to a calendar: a repeat gets a counter (`…-2`). */
function uniqueUid(uid: string, seen: Map<string, number>): string {
  const count = (seen.get(uid) ?? 0) + 1;
  seen.set(uid, count);
  return count === 1 ? uid : uid.replace('@', `-${count}@`);
}

function describe(entry: CalendarEntry, label: ReturnType<typeof calendarLabels>): string {
  const lines: [string, string | null][] = [
    // Semicolons between names: a persona's name often has a comma of its own ("Carla, CFO").
    [label.persona, entry.personas.map((persona) => persona.name).join('; ') || null],
    [label.phase, entry.phases.map((phase) => phase.name).join('; ') || null],
    [label.type, entry.type],
    [label.status, entry.status],
    [label.owner, entry.owner],
    [label.channel, entry.channel],
    [label.plan, entry.plan || null],
  ];
  return lines.filter(([, value]) => value !== null).map(([name, value]) => `${name}: ${value}`).join('\n');
}

/** Midnight UTC of the day: ical-generator writes an all-day date from the UTC fields, whatever the time zone. */
function utcDay(date: string): Date {
  const [year, month, day] = parts(date);
  const value = new Date(Date.UTC(2000, 0, 1));
  value.setUTCFullYear(year, month - 1, day);
  return value;
}

// The words of the calendar exports, in English and Dutch. Month names are written out here, not
// asked of Intl, so the output is the same on every machine.
import type { Locale } from '../messages';
import { counted } from '../plural';

export interface CalendarLabels {
  calendar: string;
  today: string;
  range(from: string | null, to: string | null): string;
  overdue: string;
  nextWeeks(from: string, to: string): string;
  noOwner: string;
  undated: string;
  nothing: string;
  daysLate(days: number): string;
  date: string;
  title: string;
  persona: string;
  phase: string;
  type: string;
  status: string;
  owner: string;
  channel: string;
  plan: string;
  months: readonly string[];
}

const en: CalendarLabels = {
  calendar: 'Calendar',
  today: 'Today',
  range: (from, to) => (from && to ? `from ${from} to ${to}` : from ? `from ${from}` : to ? `up to ${to}` : ''),
  overdue: 'Overdue',
  nextWeeks: (from, to) => `Next 4 weeks (${from} to ${to})`,
  noOwner: 'No owner',
  undated: 'Undated',
  nothing: 'Nothing.',
  daysLate: (days) => `${counted(days, 'day', 'days')} late`,
  date: 'Date',
  title: 'Title',
  persona: 'Persona',
  phase: 'Phase',
  type: 'Type',
  status: 'Status',
  owner: 'Owner',
  channel: 'Channel',
  plan: 'Plan',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const nl: CalendarLabels = {
  calendar: 'Kalender',
  today: 'Vandaag',
  range: (from, to) => (from && to ? `van ${from} tot en met ${to}` : from ? `vanaf ${from}` : to ? `tot en met ${to}` : ''),
  overdue: 'Te laat',
  nextWeeks: (from, to) => `Komende 4 weken (${from} tot en met ${to})`,
  noOwner: 'Geen eigenaar',
  undated: 'Zonder datum',
  nothing: 'Niets.',
  daysLate: (days) => `${counted(days, 'dag', 'dagen')} te laat`,
  date: 'Datum',
  title: 'Titel',
  persona: 'Persona',
  phase: 'Fase',
  type: 'Type',
  status: 'Status',
  owner: 'Eigenaar',
  channel: 'Kanaal',
  plan: 'Plan',
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

const CATALOGUES: Record<Locale, CalendarLabels> = { en, nl };

export function calendarLabels(locale: Locale): CalendarLabels {
  return CATALOGUES[locale];
}

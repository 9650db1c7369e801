// The calendar as Markdown (the agenda, then the dated pieces month by month, then the undated),
// CSV (one row per dated piece, for a spreadsheet) and JSON (the model, its agenda and its month
// grids). The same list as the iCalendar file, for reports.
import { csvField } from '../export/csv';
import { escapeMarkdown } from '../export/markdown';
import type { Locale } from '../messages';
import { agenda, type Agenda, type OwnerGroup } from './agenda';
import type { CalendarEntry, CalendarModel } from './entries';
import { renderCalendarIcs } from './ics';
import { calendarLabels, type CalendarLabels } from './labels';
import { monthGrid, monthsSpanned, type MonthGrid } from './month';

import type { CalendarFormat } from '../../protocol/exportFormats';

export { CALENDAR_FORMATS, type CalendarFormat } from '../../protocol/exportFormats';

/** @param today the day the agenda and DTSTAMP are for: the analysis's `today`. */
export function renderCalendar(model: CalendarModel, format: CalendarFormat, today: string, locale: Locale = 'en'): string {
  switch (format) {
    case 'ics': return renderCalendarIcs(model, today, locale);
    case 'markdown': return renderCalendarMarkdown(model, today, locale);
    case 'csv': return renderCalendarCsv(model);
    case 'json': return JSON.stringify(calendarJson(model, today), null, 2) + '\n';
  }
}

/** The JSON output: the model, its agenda, and a month grid per month with dated pieces (items are indexes into `entries`). */
export interface CalendarJson extends CalendarModel {
  agenda: Agenda<number>;
  months: MonthGrid<number>[];
}

export function calendarJson(model: CalendarModel, today: string): CalendarJson {
  const indexed = model.entries.map((entry, index) => ({ ...entry, index }));
  const toIndexes = (groups: OwnerGroup<(typeof indexed)[number]>[]): OwnerGroup<number>[] => groups.map(({ owner, items }) => ({ owner, items: items.map((item) => item.index) }));
  const due = agenda(indexed, today);
  return {
    ...model,
    agenda: { from: due.from, to: due.to, overdue: toIndexes(due.overdue), upcoming: toIndexes(due.upcoming) },
    months: monthsSpanned(model.entries).map(({ year, month }) => {
      const grid = monthGrid(year, month, indexed);
      return { year, month, weeks: grid.weeks.map((week) => week.map((day) => ({ ...day, items: day.items.map((item) => item.index) }))) };
    }),
  };
}

const CSV_COLUMNS = ['date', 'title', 'piece_id', 'personas', 'persona_ids', 'phases', 'phase_ids', 'type', 'channel', 'status', 'owner', 'url', 'overdue_days', 'plan', 'file', 'line'];

export function renderCalendarCsv(model: CalendarModel): string {
  const rows = [CSV_COLUMNS];
  for (const entry of model.entries) {
    rows.push([
      entry.date!, entry.title, entry.id ?? '',
      entry.personas.map((p) => p.name).join('; '), entry.personas.map((p) => p.id).join('; '),
      entry.phases.map((p) => p.name).join('; '), entry.phases.map((p) => p.id).join('; '),
      entry.type ?? '', entry.channel ?? '', entry.status ?? '', entry.owner ?? '', entry.url ?? '',
      String(entry.overdueDays), entry.plan, entry.file ?? '', String(entry.line),
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function renderCalendarMarkdown(model: CalendarModel, today: string, locale: Locale = 'en'): string {
  const label = calendarLabels(locale);
  const severalPlans = new Set(model.entries.concat(model.undated).map((entry) => entry.file ?? entry.plan)).size > 1;
  const out: string[] = [`# ${label.calendar}${model.title ? `: ${escapeMarkdown(model.title)}` : ''}`, ''];
  out.push([`${label.today}: ${today}`, label.range(model.from, model.to)].filter(Boolean).join(' · '), '');

  const due = agenda(model.entries, today);
  out.push(`## ${label.overdue}`, '', ...ownerLists(due.overdue, label, true), `## ${label.nextWeeks(due.from, due.to)}`, '', ...ownerLists(due.upcoming, label, false));

  for (const { year, month } of monthsSpanned(model.entries)) {
    const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (!model.entries.some((entry) => entry.date!.startsWith(prefix))) continue;
    const monthName = label.months[month - 1];
    out.push(`## ${monthName.charAt(0).toUpperCase()}${monthName.slice(1)} ${year}`, '');
    const header = [label.date, label.title, label.persona, label.phase, label.type, label.status, label.owner, ...(severalPlans ? [label.plan] : [])];
    out.push(row(header), row(header.map(() => '---')));
    for (const entry of model.entries) {
      if (!entry.date!.startsWith(prefix)) continue;
      const late = entry.overdueDays > 0 ? ` (${label.daysLate(entry.overdueDays)})` : '';
      out.push(row([entry.date!, escapeMarkdown(entry.title || '—'), names(entry.personas), names(entry.phases), text(entry.type), text(entry.status) + late, text(entry.owner), ...(severalPlans ? [text(entry.plan)] : [])]));
    }
    out.push('');
  }

  if (model.undated.length > 0) {
    out.push(`## ${label.undated}`, '');
    for (const entry of model.undated) out.push(`- ${describe(entry)}`);
    out.push('');
  }
  return out.join('\n');
}

function ownerLists(groups: OwnerGroup<CalendarEntry>[], label: CalendarLabels, late: boolean): string[] {
  if (groups.length === 0) return [label.nothing, ''];
  const out: string[] = [];
  for (const group of groups) {
    out.push(`### ${group.owner === null ? label.noOwner : escapeMarkdown(group.owner)}`, '');
    for (const entry of group.items) out.push(`- ${entry.date} — ${describe(entry)}${late ? ` — ${label.daysLate(entry.overdueDays)}` : ''}`);
    out.push('');
  }
  return out;
}

/** **Title** (personas · phases · status). */
function describe(entry: CalendarEntry): string {
  const details = [names(entry.personas), names(entry.phases), text(entry.status)].filter(Boolean).join(' · ');
  return `**${escapeMarkdown(entry.title || '—')}**${details ? ` (${details})` : ''}`;
}

/** Names joined with semicolons: a persona's name often has a comma of its own ("Carla, CFO"). */
function names(list: { name: string }[]): string {
  return list.map((item) => escapeMarkdown(item.name)).join('; ');
}

function text(value: string | null): string {
  return value ? escapeMarkdown(value) : '';
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

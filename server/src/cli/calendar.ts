// `journey calendar FILE…`: the plans' dated pieces as an editorial calendar: iCalendar for
// Outlook, Google and Apple Calendar, or Markdown, CSV and JSON for reports and spreadsheets.
import { analyze, type AnalysisOptions } from '../core';
import { DiskBases } from './bases';
import { calendarEntries, CALENDAR_FORMATS, renderCalendar, toCalendarModel } from '../core/calendar';
import { dateOption, oneOf, parseArgs, UsageError } from './args';
import { readPlanFile, shownName } from './files';
import type { Io } from './io';
import { wholeNumber } from './lint';
import { warnOfErrors, writeOutput } from './output';

export const CALENDAR_HELP = `Usage: journey calendar [options] FILE…

Lists the plans' dated pieces by date: an agenda of what is overdue and what is due in the next
4 weeks (grouped by owner), then every dated piece, then the undated ones.

Options:
  --format ics|markdown|csv|json    output format (default: markdown); ics: an iCalendar file
                                    with one all-day event per dated piece, for Outlook, Google
                                    Calendar and Apple Calendar
  --from YYYY-MM-DD                 leave out pieces dated before this day
  --to YYYY-MM-DD                   leave out pieces dated after this day
  --today YYYY-MM-DD                the day to count from (default: today's local date)
  -o, --output FILE                 write to FILE instead of standard output
  --max-file-size BYTES             larger files get one file-too-large warning (default: 5242880)
  --locale en|nl                    language of the labels (default: from LANG)
  -h, --help                        show this help

Exit status: 0 done, 1 a plan has errors (the calendar is still written), 2 usage error or unreadable file.
`;

export function calendar(argv: string[], io: Io, base: AnalysisOptions): number {
  const args = parseArgs(argv, ['--format', '--output', '--from', '--to', '--today', '--locale', '--max-file-size'], ['--help']);
  if (args.options.has('--help')) {
    io.out(CALENDAR_HELP);
    return 0;
  }
  const format = oneOf(args.options.get('--format'), CALENDAR_FORMATS, '--format', 'markdown');
  const from = dateOption(args.options.get('--from'), '--from');
  const to = dateOption(args.options.get('--to'), '--to');
  if (from && to && from > to) throw new UsageError('--from must not be after --to');
  const maxFileSize = wholeNumber(args.options.get('--max-file-size'), '--max-file-size');
  if (args.positional.length === 0) throw new UsageError('give at least one plan file');
  const options: AnalysisOptions = { ...base, ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
  const today = options.today!;

  const bases = new DiskBases(options);
  let errors = 0;
  const titles: string[] = [];
  const entries = args.positional.flatMap((file) => {
    const name = shownName(file);
    const analysis = analyze(readPlanFile(file, io), options, undefined, bases.of(file));
    errors += warnOfErrors(analysis, name, name, io);
    titles.push(analysis.plan.title ?? name);
    return calendarEntries(analysis, name);
  });
  const model = toCalendarModel(entries, titles.join(' · '), today, { from, to });
  writeOutput(renderCalendar(model, format, today, options.locale), args.options.get('--output'), io);
  return errors > 0 ? 1 : 0;
}

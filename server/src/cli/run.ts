// Dispatches `journey <command>`; returns the exit status instead of exiting, so tests can call it.
import { localDate, toLocale, type Locale } from '../core';
import { dateOption, UsageError } from './args';
import { calendar } from './calendar';
import { diff } from './diff';
import { FileError } from './files';
import type { Io } from './io';
import { lint } from './lint';
import { matrix } from './matrix';
import { version } from './version';

export const HELP = `Usage: journey <command> [options]

Commands:
  lint PATH…      check plans and report errors, gaps and overdue work (for CI)
  matrix FILE     print the persona × phase matrix (json, markdown, csv, html, mermaid)
  calendar FILE…  print the dated pieces as a calendar (ics, markdown, csv, json)
  diff OLD NEW    what a change does to coverage (also: diff --git REF [PATH…])

Run "journey <command> --help" for a command's options.
`;

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    const locale = localeFrom(rest, io.env);
    const today = todayFrom(rest);
    switch (command) {
      case 'lint':
        return lint(rest, io, { locale, today });
      case 'matrix':
        return matrix(rest, io, { locale });
      case 'calendar':
        return calendar(rest, io, { locale, today });
      case 'diff':
        return diff(rest, io, { locale });
      case '--version':
      case '-v':
        io.out(`${version()}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`journey: ${error.message}\nRun "journey --help" for usage.\n`);
      return 2;
    }
    if (error instanceof FileError) {
      io.err(`journey: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** `--locale` wins; otherwise the usual POSIX variables, as `ls` or `git` read them. */
function localeFrom(argv: string[], env: Io['env']): Locale {
  const i = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (i >= 0) {
    const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    if (value !== 'en' && value !== 'nl') throw new UsageError('--locale must be en or nl');
    return value;
  }
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `--today` wins (for CI and reproducible output); otherwise the local date. */
function todayFrom(argv: string[]): string {
  const i = argv.findIndex((arg) => arg === '--today' || arg.startsWith('--today='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : (argv[i + 1] ?? true);
  return dateOption(value, '--today') ?? localDate(new Date());
}

// `journey lint PATH…`: the editor's diagnostics, for CI.
import { analyze, type AnalysisOptions } from '../core';
import { counted } from '../core/plural';
import { oneOf, parseArgs, UsageError } from './args';
import { DiskBases } from './bases';
import { findPlans, readPlanFile, shownName } from './files';
import { toGithubCommands } from './githubFormat';
import type { Io } from './io';
import { toReported, type FileReport } from './lintReport';
import { toSarif } from './sarifFormat';
import { version } from './version';

export const LINT_HELP = `Usage: journey lint [options] PATH…

Checks .journey plans (files, folders searched for *.journey, or - for standard input, shown
as <stdin>) and prints one line per diagnostic, "file:line:col severity code message", then a
summary.

Options:
  --format text|json|github|sarif
                         output format (default: text); github: GitHub Actions workflow
                         commands (annotations on a pull request); sarif: SARIF 2.1.0 for
                         code scanning
  --max-warnings N       fail when there are more than N warnings
  --min-per-cell N       min-per-cell for plans that set none (default: 1)
  --max-file-size BYTES  larger files get one file-too-large warning (default: 5242880)
  --today YYYY-MM-DD     the day overdue and review-due are reported for (default: today's
                         local date); fix it for reproducible output in CI
  --locale en|nl         language of the messages (default: from LANG)
  -h, --help             show this help

Exit status: 0 no errors, 1 errors (or more warnings than allowed), 2 usage error or unreadable file.
`;

export function lint(argv: string[], io: Io, base: AnalysisOptions): number {
  const args = parseArgs(argv, ['--format', '--max-warnings', '--min-per-cell', '--locale', '--max-file-size', '--today'], ['--help']);
  if (args.options.has('--help')) {
    io.out(LINT_HELP);
    return 0;
  }
  const format = oneOf(args.options.get('--format'), ['text', 'json', 'github', 'sarif'] as const, '--format', 'text');
  const maxWarnings = wholeNumber(args.options.get('--max-warnings'), '--max-warnings');
  const minPerCell = wholeNumber(args.options.get('--min-per-cell'), '--min-per-cell');
  if (args.positional.length === 0) throw new UsageError('give at least one file or folder to lint');
  const maxFileSize = wholeNumber(args.options.get('--max-file-size'), '--max-file-size');
  const options: AnalysisOptions = { ...base, ...(minPerCell !== undefined ? { minPerCell } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };

  const files = findPlans(args.positional);
  const bases = new DiskBases(options);
  const reports: FileReport[] = files.map((file) => ({ file: shownName(file), diagnostics: analyze(readPlanFile(file, io), options, undefined, bases.of(file)).diagnostics.map(toReported) }));
  const all = reports.flatMap((report) => report.diagnostics);
  const errorCount = all.filter((d) => d.severity === 'error').length;
  const warningCount = all.filter((d) => d.severity === 'warning').length;

  if (format === 'json') {
    io.out(JSON.stringify({ files: reports, errorCount, warningCount }, null, 2) + '\n');
  } else if (format === 'sarif') {
    io.out(JSON.stringify(toSarif(reports, base.locale ?? 'en', version(), process.cwd()), null, 2) + '\n');
  } else if (format === 'github') {
    io.out(toGithubCommands(reports));
    if (files.length === 0) io.err('journey: no .journey files found\n');
  } else {
    for (const report of reports) {
      for (const d of report.diagnostics) io.out(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
    }
    const infoCount = all.length - errorCount - warningCount;
    io.out(`${counted(files.length, 'plan', 'plans')} checked: ${counted(errorCount, 'error', 'errors')}, ${counted(warningCount, 'warning', 'warnings')}, ${infoCount} information.\n`);
    if (files.length === 0) io.err('journey: no .journey files found\n');
  }
  if (maxWarnings !== undefined && warningCount > maxWarnings && (format === 'text' || format === 'github')) {
    io.err(`journey: ${warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  return errorCount > 0 || (maxWarnings !== undefined && warningCount > maxWarnings) ? 1 : 0;
}

export function wholeNumber(value: string | true | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (value === true || !/^\d+$/.test(value)) throw new UsageError(`${option} needs a whole number of 0 or more`);
  return Number(value);
}

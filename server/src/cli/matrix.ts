// `journey matrix FILE`: the persona × phase matrix as JSON, Markdown, CSV, a standalone HTML page
// or a Mermaid journey diagram.
import { analyze, toMatrixModel, type AnalysisOptions } from '../core';
import { DiskBases } from './bases';
import { EXPORT_FORMATS, renderMatrix } from '../core/export';
import { oneOf, parseArgs, UsageError } from './args';
import { readPlanFile, shownName } from './files';
import type { Io } from './io';
import { wholeNumber } from './lint';
import { warnOfErrors, writeOutput } from './output';

export const MATRIX_HELP = `Usage: journey matrix [options] FILE

Prints the plan's persona × phase matrix: which content fills each cell, and the gaps.
FILE - reads the plan from standard input.

Options:
  --format json|markdown|csv|html|mermaid
                                    output format (default: markdown); mermaid: a Mermaid
                                    journey diagram, one section per phase, one task per piece
  -o, --output FILE                 write to FILE instead of standard output
  --min-per-cell N                  min-per-cell for plans that set none (default: 1)
  --max-file-size BYTES             larger files get one file-too-large warning (default: 5242880)
  --locale en|nl                    language of phase names and labels (default: from LANG)
  -h, --help                        show this help

Exit status: 0 done, 1 the plan has errors (the matrix is still written), 2 usage error or unreadable file.
`;

export function matrix(argv: string[], io: Io, base: AnalysisOptions): number {
  const args = parseArgs(argv, ['--format', '--output', '--min-per-cell', '--locale', '--max-file-size'], ['--help']);
  if (args.options.has('--help')) {
    io.out(MATRIX_HELP);
    return 0;
  }
  const format = oneOf(args.options.get('--format'), EXPORT_FORMATS, '--format', 'markdown');
  const minPerCell = wholeNumber(args.options.get('--min-per-cell'), '--min-per-cell');
  if (args.positional.length !== 1) throw new UsageError('give exactly one plan file');
  const file = args.positional[0];
  const name = shownName(file);
  const maxFileSize = wholeNumber(args.options.get('--max-file-size'), '--max-file-size');
  const options: AnalysisOptions = { ...base, ...(minPerCell !== undefined ? { minPerCell } : {}), ...(maxFileSize !== undefined ? { maxFileSize } : {}) };
  const analysis = analyze(readPlanFile(file, io), options, undefined, new DiskBases(options).of(file));
  writeOutput(renderMatrix(toMatrixModel(analysis), format, base.locale), args.options.get('--output'), io);
  return warnOfErrors(analysis, name, file, io) > 0 ? 1 : 0;
}

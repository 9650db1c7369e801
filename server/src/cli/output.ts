// Where a command's output goes: the file given with -o/--output, else standard output.
import { writeFileSync } from 'node:fs';
import type { Analysis } from '../core';
import { counted } from '../core/plural';
import { FileError } from './files';
import type { Io } from './io';

/** Says on standard error how many errors the plan has and how to see them (`journey lint TARGET`); returns how many. */
export function warnOfErrors(analysis: Analysis, name: string, target: string, io: Io): number {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) io.err(`journey: ${name} has ${counted(errors, 'error', 'errors')}; run "journey lint ${target}" to see them\n`);
  return errors;
}

export function writeOutput(output: string, target: string | true | undefined, io: Io): void {
  if (typeof target !== 'string') {
    io.out(output);
    return;
  }
  try {
    writeFileSync(target, output);
  } catch (error) {
    throw new FileError(`cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

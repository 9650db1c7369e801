// Where a command's output goes: the file given with -o/--output, else standard output.
import { writeFileSync } from 'node:fs';
import { FileError } from './files';
import type { Io } from './io';

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

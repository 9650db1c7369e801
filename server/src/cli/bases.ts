// The CLI's bases for `extends`: read from disk relative to the plan that names them (standard
// input: relative to the working folder), each file read and analysed once per run however many
// plans extend it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, asBase, type AnalysisOptions, type BaseLookup, type PlanBases } from '../core';
import { isPlanFile } from '../core/planFiles';
import { STDIN } from './files';

export class DiskBases {
  private readonly read = new Map<string, BaseLookup>();

  constructor(
    private readonly options: AnalysisOptions,
    private readonly cwd = process.cwd(),
  ) {}

  /** The bases of the plan at `file` (`-`: standard input). */
  of(file: string): PlanBases {
    return { path: file === STDIN ? undefined : resolve(this.cwd, file), lookup: (from, ref) => this.lookup(from, ref) };
  }

  private lookup(from: string | undefined, ref: string): BaseLookup {
    const path = resolve(from === undefined ? this.cwd : dirname(from), ref);
    let found = this.read.get(path);
    if (!found) {
      found = isPlanFile(path) ? this.readBase(path) : { path, problem: existsSync(path) ? 'not-a-plan' : 'missing' };
      this.read.set(path, found);
    }
    return found;
  }

  private readBase(path: string): BaseLookup {
    let text: string;
    try {
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return { path, problem: 'missing' };
    }
    // Only the base's own plan is used: its own bases are looked up from it, by the plan being checked.
    return asBase(path, analyze(text, this.options));
  }
}

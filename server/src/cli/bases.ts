// The CLI's bases for `extends`: read relative to the plan that names them (standard input:
// relative to the working folder) from the working tree — or, for the old versions of
// `journey diff --git REF`, from that revision — each read and analysed once per run however
// many plans extend it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { analyze, asBase, type AnalysisOptions, type BaseLookup, type PlanBases } from '../core';
import { isPlanFile } from '../core/planFiles';
import { STDIN } from './files';

/** Where bases are read from: their text (undefined: no such file), and whether a path exists at all. */
export interface BaseSource {
  read(path: string): string | undefined;
  exists(path: string): boolean;
}

export const WORKING_TREE: BaseSource = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: existsSync,
};

export class DiskBases {
  private readonly read = new Map<string, BaseLookup>();

  constructor(
    private readonly options: AnalysisOptions,
    private readonly cwd = process.cwd(),
    private readonly source: BaseSource = WORKING_TREE,
  ) {}

  /** The bases of the plan at `file` (`-`: standard input). */
  of(file: string): PlanBases {
    return { path: file === STDIN ? undefined : resolve(this.cwd, file), lookup: (from, ref) => this.lookup(from, ref) };
  }

  private lookup(from: string | undefined, ref: string): BaseLookup {
    const path = resolve(from === undefined ? this.cwd : dirname(from), ref);
    let found = this.read.get(path);
    if (!found) {
      found = isPlanFile(path) ? this.readBase(path) : { path, problem: this.source.exists(path) ? 'not-a-plan' : 'missing' };
      this.read.set(path, found);
    }
    return found;
  }

  private readBase(path: string): BaseLookup {
    const text = this.source.read(path)?.replace(/^\uFEFF/, '');
    if (text === undefined) return { path, problem: 'missing' };
    // Only the base's own plan is used: its own bases are looked up from it, by the plan being checked.
    return asBase(path, analyze(text, this.options));
  }
}

// `journey diff OLD NEW` and `journey diff --git REF [PATH…]`: what a change does to coverage —
// the cells filled and emptied, coverage before → after, new and resolved gaps.
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { analyze, type AnalysisOptions } from '../core';
import { DiskBases, WORKING_TREE } from './bases';
import { isPlanFile, SKIPPED_FOLDERS } from '../core/planFiles';
import { DIFF_FORMATS, renderDiff, type PlanChange } from '../core/export/diffReport';
import { diffPlans, isUnchanged } from '../core/planDiff';
import { oneOf, parseArgs, UsageError } from './args';
import { FileError, findPlans, readPlanFile } from './files';
import type { Io } from './io';
import { wholeNumber } from './lint';

export const DIFF_HELP = `Usage: journey diff [options] OLD NEW
       journey diff [options] --git REF [PATH…]

Compares two versions of a plan: the cells filled and emptied, coverage before → after, and
the new and resolved gaps. With --git, every plan under PATH (default: the current folder) is
compared with its version at the git revision REF (a branch, tag or commit), as in a pull request.

Options:
  --format text|markdown|json  output format (default: text); markdown is written to be pasted
                               into a pull request comment
  --git REF                    compare the plans with their versions at REF
  --fail-on-new-gaps           exit 1 when the change opens new gaps, or when a new version
                               has errors (a half-typed plan would seem to close every gap)
  --min-per-cell N             min-per-cell for plans that set none (default: 1)
  --locale en|nl               language of the output (default: from LANG)
  -h, --help                   show this help

Exit status: 0 done, 1 new gaps (or errors) with --fail-on-new-gaps, 2 usage error or unreadable file.
`;

export function diff(argv: string[], io: Io, base: AnalysisOptions): number {
  const args = parseArgs(argv, ['--format', '--git', '--min-per-cell', '--locale'], ['--help', '--fail-on-new-gaps']);
  if (args.options.has('--help')) {
    io.out(DIFF_HELP);
    return 0;
  }
  const format = oneOf(args.options.get('--format'), DIFF_FORMATS, '--format', 'text');
  const minPerCell = wholeNumber(args.options.get('--min-per-cell'), '--min-per-cell');
  const options: AnalysisOptions = { ...base, ...(minPerCell !== undefined ? { minPerCell } : {}) };
  const ref = args.options.get('--git');
  if (ref === true) throw new UsageError('--git needs a revision');

  const changes = ref === undefined ? compareFiles(args.positional, options, io) : compareWithGit(ref, args.positional, options, io);
  io.out(renderDiff(changes, format, base.locale));
  // A version with errors (YAML that does not read, an unknown id) has a matrix that may miss
  // content: its "resolved" gaps prove nothing, so the gate does not pass on them.
  const failing = changes.some((change) => change.diff.newGaps.length > 0 || (change.diff.after?.errors ?? 0) > 0);
  return failing && args.options.has('--fail-on-new-gaps') ? 1 : 0;
}

function compareFiles(paths: string[], options: AnalysisOptions, io: Io): PlanChange[] {
  if (paths.length !== 2) throw new UsageError('give two plan files, OLD and NEW, or --git REF');
  const bases = new DiskBases(options);
  const [before, after] = paths.map((path) => analyze(readPlanFile(path, io), options, undefined, bases.of(path)));
  const planDiff = diffPlans(before, after);
  return [{ path: paths[1], status: isUnchanged(planDiff) ? 'unchanged' : 'changed', diff: planDiff }];
}

function compareWithGit(ref: string, paths: string[], options: AnalysisOptions, io: Io): PlanChange[] {
  const roots = paths.length > 0 ? paths : ['.'];
  const cwd = process.cwd();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], `${ref} is not a git revision here`);
  const toKey = (path: string): string => relative(cwd, resolve(cwd, path)).split(sep).join('/');
  const now = new Map(findPlans(roots).map((path) => [toKey(path), path]));
  // ls-tree names the files under the paths relative to the current folder, as findPlans does;
  // like findPlans, it leaves out dependencies and build output (dist/, out/, node_modules/).
  const then = new Set(git(['ls-tree', '-r', '--name-only', ref, '--', ...roots], `cannot list the plans at ${ref}`)
    .split('\n').filter((path) => now.has(path) || (isPlanFile(path) && !path.split('/').some((folder) => SKIPPED_FOLDERS.has(folder)))));
  const keys = [...new Set([...now.keys(), ...then])].sort();
  // An old version extends its bases as they were at the revision: a base's change shows in the
  // plans that extend it. A base git does not track (outside the repository, ignored, not yet
  // added) has no past there: it is read from the working tree, as the new version reads it.
  const tracked = (path: string): boolean => gitOrUndefined(['ls-files', '--error-unmatch', '--', path]) !== undefined;
  const basesThen = new DiskBases(options, cwd, {
    read: (path) => (tracked(path) ? gitOrUndefined(['show', `${ref}:./${toKey(path)}`]) : WORKING_TREE.read(path)),
    exists: (path) => (tracked(path) ? gitOrUndefined(['cat-file', '-e', `${ref}:./${toKey(path)}`]) !== undefined : WORKING_TREE.exists(path)),
  });
  const basesNow = new DiskBases(options);
  return keys.map((key): PlanChange => {
    const before = then.has(key) ? analyze(git(['show', `${ref}:./${key}`], `cannot read ${key} at ${ref}`).replace(/^\uFEFF/, ''), options, undefined, basesThen.of(key)) : null;
    const current = now.get(key);
    const after = current !== undefined ? analyze(readPlanFile(current, io), options, undefined, basesNow.of(current)) : null;
    const planDiff = diffPlans(before, after);
    const status = !before ? 'added' : !after ? 'removed' : isUnchanged(planDiff) ? 'unchanged' : 'changed';
    return { path: current ?? key, status, diff: planDiff };
  });
}

/** What git prints, or undefined when it fails (a file not at the revision, a path it does not track). */
function gitOrUndefined(args: string[]): string | undefined {
  try {
    return git(args, '');
  } catch {
    return undefined;
  }
}

function git(args: string[], failure: string): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    throw new FileError(stderr ? `${failure} (git: ${stderr})` : failure);
  }
}

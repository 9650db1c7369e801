// Finds plans: files as given, folders searched for `*.journey` (skipping dependencies and VCS folders).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPlanFile, SKIPPED_FOLDERS } from '../core/planFiles';
import type { Io } from './io';

export class FileError extends Error {}

/** The file name that means standard input (`cat plan.journey | journey lint -`), as eslint and markdownlint read it. */
export const STDIN = '-';

/** How a plan is named in the output: standard input as `<stdin>`. */
export function shownName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

export function findPlans(paths: string[]): string[] {
  const found: string[] = [];
  if (paths.filter((path) => path === STDIN).length > 1) throw new FileError('standard input (-) can be read only once');
  for (const path of paths) {
    if (path === STDIN) {
      found.push(path);
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new FileError(`cannot read ${path}: no such file or folder`);
    }
    if (isFolder) for (const file of walk(path)) found.push(file);
    else found.push(path);
  }
  return found;
}

/** The plans below a folder, in name order, a folder's plans where the folder sorts; a loop, so no depth is too deep. Links are not followed. */
function walk(root: string): string[] {
  const found: string[] = [];
  const stack: { path: string; folder: boolean }[] = [{ path: root, folder: true }];
  while (stack.length > 0) {
    const { path, folder } = stack.pop()!;
    if (!folder) {
      found.push(path);
      continue;
    }
    const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const next = entries
      .filter((entry) => (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) || (entry.isFile() && isPlanFile(entry.name)))
      .map((entry) => ({ path: join(path, entry.name), folder: entry.isDirectory() }));
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return found;
}

/** Reads a plan (a file, or standard input for `-`) as VS Code would show it: UTF-8, without a byte-order mark. */
export function readPlanFile(path: string, io: Io): string {
  try {
    if (path === STDIN && !io.stdin) throw new Error('no standard input');
    return (path === STDIN ? io.stdin!() : readFileSync(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new FileError(`cannot read ${shownName(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error)}`);
  }
}

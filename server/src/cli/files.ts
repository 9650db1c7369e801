// Finds plans: files as given, folders searched for `*.journey` (skipping dependencies and VCS folders).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from './io';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

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

function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) for (const file of walk(path)) found.push(file);
    else if (entry.isFile() && entry.name.endsWith('.journey')) found.push(path);
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

// Finds plans: files as given, folders searched for `*.journey` (skipping dependencies and VCS folders).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export class FileError extends Error {}

export function findPlans(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new FileError(`cannot read ${path}: no such file or folder`);
    }
    if (isFolder) found.push(...walk(path));
    else found.push(path);
  }
  return found;
}

function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(path));
    else if (entry.isFile() && entry.name.endsWith('.journey')) found.push(path);
  }
  return found;
}

/** Reads a plan as VS Code would show it: UTF-8, without a byte-order mark. */
export function readPlanFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new FileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

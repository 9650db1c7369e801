// Which files are plans, and which folders a search for them skips: the CLI's `journey lint
// FOLDER` and the server's workspace-wide check find the same plans.
export const PLAN_EXTENSION = '.journey';

/** Dependencies, build output and version control: never plans of the user's own. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export function isPlanFile(name: string): boolean {
  return name.endsWith(PLAN_EXTENSION);
}

// Problems for every plan in the workspace, not only the open ones: plans on disk are read and
// analysed once at start and again when a file event says they changed, and their diagnostics
// published without a version. An open plan is the editor's: its document wins over the disk.
// A plan with bases (`extends`) keeps its read (PlanGraph): when a base changes, only the check
// against the bases runs again. Every change re-checks the plans that depend on the file.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/node';
import { analyze, reanalyze, type Analysis, type AnalysisOptions } from '../core';
import { isPlanFile, SKIPPED_FOLDERS } from '../core/planFiles';
import { toLspDiagnostic } from './convert';
import type { PlanDocument } from './planDocument';
import type { PlanGraph } from './planGraph';
import type { WorkspaceOverview } from './workspaceOverview';

/** Workspaces with fewer plans are checked too fast for a progress bar to help. */
const PROGRESS_FROM_PLANS = 20;

export interface CheckProgress {
  report(done: number): void;
  done(): void;
}

export class WorkspacePlans {
  /** Closed plans whose diagnostics are published, by file path. */
  private readonly published = new Map<string, string>();
  private folders: string[] = [];
  /** One check at a time, in order: a later event for a file is never overtaken by an earlier one. */
  private queue: Promise<void> = Promise.resolve();
  /** Plans to check again because a file they depend on changed; drained by one queued job. */
  private readonly stale = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<PlanDocument>,
    private readonly optionsFor: (uri: string) => Promise<AnalysisOptions>,
    private readonly plans: PlanGraph,
    /** Publishes an open plan again (a base of it changed). */
    private readonly republishOpen: (uri: string) => void,
    /** Told each closed plan's analysis, for the workspace overview. */
    private readonly overview?: WorkspaceOverview,
    /** Shows the editor how far the first check of a large workspace is. */
    private readonly progress?: (total: number) => Promise<CheckProgress>,
  ) {}

  /** Sets the workspace folders (file: URIs; others are left to the editor) and checks every plan in them. */
  setFolders(uris: readonly string[]): Promise<void> {
    this.folders = uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
    return this.enqueue(async () => {
      const paths: string[] = [];
      for (const folder of this.folders) paths.push(...(await findPlans(folder)));
      const seen = new Set(paths);
      // Each plan's problems appear as it is checked; a large workspace takes seconds (the YAML
      // parse of every file), so the editor is told how far the check is.
      const progress = paths.length >= PROGRESS_FROM_PLANS ? await this.progress?.(paths.length) : undefined;
      try {
        for (const [i, path] of paths.entries()) {
          await this.checkNow(path);
          progress?.report(i + 1);
        }
      } finally {
        progress?.done();
      }
      for (const path of [...this.published.keys()]) if (!seen.has(path)) await this.clearNow(path);
    });
  }

  /** `workspace/didChangeWatchedFiles`: created, changed and deleted plans, also renames (a delete and a create). */
  onFileEvents(events: readonly FileEvent[]): Promise<void> {
    return this.enqueue(async () => {
      for (const event of events) {
        if (!event.uri.startsWith('file:')) continue;
        const path = fileURLToPath(event.uri);
        if (!isPlanFile(path) || !this.covers(path)) continue;
        if (event.type === FileChangeType.Deleted) {
          if (!this.isOpen(path)) this.plans.forget(path);
          await this.clearNow(path);
        } else await this.checkNow(path);
        this.dependentsChanged(path);
      }
    });
  }

  /**
   * The file changed (an edit in the editor, a save, a file event): the plans that extend it,
   * directly or through other bases, are checked again — open ones by their document.
   */
  dependentsChanged(path: string): void {
    const dependents = this.plans.dependentsOf(path);
    if (dependents.length === 0) return;
    const drain = this.stale.size === 0;
    for (const dependent of dependents) this.stale.add(dependent);
    // Edits come faster than 200 plans are checked: one job takes all that are stale when it runs.
    if (!drain) return;
    void this.enqueue(async () => {
      const paths = [...this.stale].sort();
      this.stale.clear();
      for (const dependent of paths) {
        const open = this.plans.openDocument(dependent);
        if (open) this.republishOpen(open.uri);
        else if (this.published.has(dependent)) await this.checkNow(dependent);
      }
    });
  }

  /** A plan closed in the editor: its saved text's problems if it is in the workspace, else none. */
  onClosed(uri: string): Promise<void> {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    if (path === undefined || !this.covers(path)) {
      return this.enqueue(() => this.connection.sendDiagnostics({ uri, diagnostics: [] }));
    }
    this.published.set(path, uri);
    return this.enqueue(async () => {
      await this.checkNow(path);
      this.dependentsChanged(path); // the disk's text is the plan again
    });
  }

  /** Settings changed: analyse the closed plans again. */
  recheck(): Promise<void> {
    return this.enqueue(async () => {
      for (const path of [...this.published.keys()]) await this.checkNow(path);
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error) => this.connection.console.error(`Journey: workspace check failed: ${error?.stack ?? error}`));
    return this.queue;
  }

  private async checkNow(path: string): Promise<void> {
    if (this.isOpen(path)) return;
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      this.plans.forget(path);
      return this.clearNow(path);
    }
    const uri = this.published.get(path) ?? pathToFileURL(path).href;
    const options = await this.optionsFor(uri);
    // Between files, let requests and edits of open plans go first.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.isOpen(path)) return;
    // The same text with the same settings is not read again: only its bases may have changed.
    const known = this.plans.diskPlan(path);
    const read = known && known.text === text && known.options === options ? known.analysis : analyze(text, options);
    this.plans.setDisk(path, { text, options, analysis: read });
    const analysis = await this.withBases(path, read, options);
    if (this.isOpen(path)) return;
    this.published.set(path, uri);
    this.overview?.setClosed(path, uri, analysis);
    await this.connection.sendDiagnostics({ uri, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
  }

  /** A plan with `extends` checked against its bases as they are now. */
  private async withBases(path: string, read: Analysis, options: AnalysisOptions): Promise<Analysis> {
    if (!read.own) return read;
    await this.plans.preload(path, read);
    const analysis = reanalyze(read, options, this.plans.basesOf(path));
    this.plans.setDisk(path, { text: read.text, options, analysis });
    return analysis;
  }

  private async clearNow(path: string): Promise<void> {
    this.overview?.deleteClosed(path);
    const uri = this.published.get(path);
    if (uri === undefined) return;
    this.published.delete(path);
    if (!this.isOpen(path)) await this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private isOpen(path: string): boolean {
    return this.documents.all().some((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path);
  }

  /** Is the file inside one of the workspace folders? */
  covers(path: string): boolean {
    return this.folders.some((folder) => {
      const inside = relative(folder, path);
      return !inside.startsWith('..') && !isAbsolute(inside);
    });
  }
}

/** The plans below a folder, skipping dependencies and version control; a loop, never recursion. Links are not followed. */
async function findPlans(root: string): Promise<string[]> {
  const found: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) folders.push(join(folder, entry.name));
      else if (entry.isFile() && isPlanFile(entry.name)) found.push(join(folder, entry.name));
    }
  }
  return found.sort();
}

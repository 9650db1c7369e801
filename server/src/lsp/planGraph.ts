// The plans of the workspace as bases for one another (`extends`): where each base's text comes
// from (the open document first, else the disk) and which plans depend on which file. A base is
// read once and shared; a plan checked against its bases records every file its lookups touched,
// so an edit, save, create or delete of any of them re-checks exactly the plans that see it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import { analyze, asBase, type Analysis, type AnalysisOptions, type BaseLookup, type PlanBases } from '../core';
import { isPlanFile } from '../core/planFiles';
import type { Analyses } from './analyses';
import type { PlanDocument } from './planDocument';

/** A plan on disk as last read: its text and its latest analysis (its own read serves as a base). */
export interface DiskPlan {
  text: string;
  /** The options it was read with: other settings read it again. */
  options: AnalysisOptions;
  analysis: Analysis;
}

export class PlanGraph {
  /** Plans read from disk (closed ones, and bases outside the workspace), by path; null: no such file. */
  private readonly disk = new Map<string, DiskPlan | null>();
  /** For each plan checked with bases (by path): every file its lookups named. */
  private readonly looked = new Map<string, Set<string>>();
  /** Goes up whenever any plan's text changes: a plan with bases checked at an older one is checked again. */
  generation = 0;

  constructor(
    private readonly documents: TextDocuments<PlanDocument>,
    private readonly analyses: Analyses,
    private readonly optionsFor: (uri: string) => Promise<AnalysisOptions>,
  ) {}

  /** Something changed under a plan's text (an edit, a save, a file event). */
  changed(): void {
    this.generation++;
  }

  diskPlan(path: string): DiskPlan | null | undefined {
    return this.disk.get(path);
  }

  setDisk(path: string, plan: DiskPlan | null): void {
    if (this.disk.get(path)?.text !== plan?.text || plan === null) this.generation++;
    this.disk.set(path, plan);
  }

  /** The file is gone from the workspace's checks: its record goes; as a base it reads as missing. */
  forget(path: string): void {
    this.looked.delete(path);
    this.setDisk(path, null);
  }

  /** Plans whose last check looked up this file (directly or through other bases). */
  dependentsOf(path: string): string[] {
    return [...this.looked].flatMap(([plan, paths]) => (plan !== path && paths.has(path) ? [plan] : [])).sort();
  }

  /**
   * Reads every base below the plan that is not read yet (a loop over the chain, each file
   * once), so the synchronous lookups of `basesOf` find them all.
   */
  async preload(path: string, own: Analysis): Promise<void> {
    const seen = new Set<string>([path]);
    const queue: { from: string; analysis: Analysis }[] = [{ from: path, analysis: own }];
    while (queue.length > 0) {
      const { from, analysis } = queue.shift()!;
      for (const ref of (analysis.own?.plan ?? analysis.plan).extends) {
        const base = resolve(dirname(from), ref.value);
        if (seen.has(base) || !isPlanFile(base)) continue;
        seen.add(base);
        const read = await this.read(base);
        if (read) queue.push({ from: base, analysis: read });
      }
    }
  }

  /** The bases of the plan at `path`, as they are now; the lookups are recorded for `dependentsOf`. */
  basesOf(path: string): PlanBases {
    // A cached analysis makes no lookups: the record is replaced only by a check that does.
    let looked: Set<string> | undefined;
    return {
      path,
      lookup: (from, ref): BaseLookup => {
        const base = resolve(dirname(from ?? path), ref);
        if (!looked) this.looked.set(path, (looked = new Set()));
        looked.add(base);
        // `extends: ./tea` while `./team.journey` is being typed: missing, not "not a plan".
        if (!isPlanFile(base)) return { path: base, problem: existsSync(base) ? 'not-a-plan' : 'missing' };
        const analysis = this.current(base);
        return analysis ? asBase(base, analysis) : { path: base, problem: 'missing' };
      },
    };
  }

  /** A base's analysis as it is now, without reading anything: the open document's, else the disk's. */
  private current(path: string): Analysis | undefined {
    const document = this.openDocument(path);
    if (document) return this.analyses.latestRead(document.uri);
    return this.disk.get(path)?.analysis;
  }

  /** Reads a base for `preload`: the open document's read (made if need be), else the disk's (read once). */
  private async read(path: string): Promise<Analysis | undefined> {
    const document = this.openDocument(path);
    if (document) return this.analyses.read(document, await this.optionsFor(document.uri));
    const known = this.disk.get(path);
    if (known !== undefined) return known?.analysis;
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    } catch {
      this.disk.set(path, null);
      return undefined;
    }
    // Only its own read is used as a base: its own bases are looked up by whoever extends it.
    const options = await this.optionsFor(pathToFileURL(path).href);
    const analysis = analyze(text, options);
    this.setDisk(path, { text, options, analysis });
    return analysis;
  }

  /** Every plan the server knows of (read from disk or open), by path, sorted: what `extends` may name. */
  knownPlans(): string[] {
    const open = this.documents.all().flatMap((document) => (document.uri.startsWith('file:') ? [fileURLToPath(document.uri)] : []));
    const read = [...this.disk].flatMap(([path, plan]) => (plan ? [path] : []));
    return [...new Set([...open, ...read])].filter((path) => isPlanFile(path)).sort();
  }

  openDocument(path: string): PlanDocument | undefined {
    return this.documents.all().find((document) => document.uri.startsWith('file:') && fileURLToPath(document.uri) === path);
  }
}

// One analysis per document version: every feature (diagnostics, matrix, completion, …) reads
// the cached result instead of parsing again. Each document keeps an incremental analyzer, so a
// new version re-reads only the parts of the plan an edit touched (see core/incremental). A plan
// with bases (`extends`) keeps its read of the version and is checked against its bases again
// when they changed (a newer PlanGraph generation), without parsing its own text again.
import type { PlanDocument } from './planDocument';
import { reanalyze, type Analysis, type AnalysisOptions, type PlanBases } from '../core';
import { IncrementalAnalyzer } from '../core/incremental';

interface Entry {
  version: number;
  options: AnalysisOptions;
  /** The version as its own text says (a plan with `extends` before its bases). */
  read: Analysis;
  /** A plan with `extends`: checked against its bases as they were at that generation. */
  checked?: { generation: number; analysis: Analysis };
  analyzer: IncrementalAnalyzer;
}

export class Analyses {
  private readonly byUri = new Map<string, Entry>();

  /** The analysis of this exact version of the document (with its bases as of `generation`), computed at most once. */
  get(document: PlanDocument, options: AnalysisOptions, bases?: PlanBases, generation = 0): Analysis {
    const read = this.read(document, options);
    if (!read.own || !bases) return read;
    const entry = this.byUri.get(document.uri)!;
    if (entry.checked?.generation !== generation) entry.checked = { generation, analysis: reanalyze(read, options, bases) };
    return entry.checked.analysis;
  }

  /** The version as its own text says: all a plan that extends this one needs of it. */
  read(document: PlanDocument, options: AnalysisOptions): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.options === options) return cached.read;
    // The analyzer compares the text with the one it saw last (common start and end) unless the
    // document's last changes say what they kept of it; new options start it afresh.
    const analyzer = cached?.analyzer ?? new IncrementalAnalyzer();
    const read = analyzer.update(document.getText(), options, document.lines, document.edited);
    // Taken: kept, it would keep the text before the edit alive (5 MB at 10,000 pieces).
    document.edited = undefined;
    this.byUri.set(document.uri, { version: document.version, options, read, analyzer });
    return read;
  }

  /** The latest read of a document, whatever its version, if there is one. */
  latestRead(uri: string): Analysis | undefined {
    return this.byUri.get(uri)?.read;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

// One analysis per document version: every feature (diagnostics, matrix, completion, …) reads
// the cached result instead of parsing again. Each document keeps an incremental analyzer, so a
// new version re-reads only the parts of the plan an edit touched (see core/incremental).
import type { PlanDocument } from './planDocument';
import type { Analysis, AnalysisOptions } from '../core';
import { IncrementalAnalyzer } from '../core/incremental';

interface Entry {
  version: number;
  options: AnalysisOptions;
  analysis: Analysis;
  analyzer: IncrementalAnalyzer;
}

export class Analyses {
  private readonly byUri = new Map<string, Entry>();

  /** The analysis of this exact version of the document, computed at most once. */
  get(document: PlanDocument, options: AnalysisOptions): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.options === options) return cached.analysis;
    // The analyzer compares the text with the one it saw last (common start and end), so it
    // needs no change events; new options start it afresh.
    const analyzer = cached?.analyzer ?? new IncrementalAnalyzer();
    const analysis = analyzer.update(document.getText(), options, document.lines);
    this.byUri.set(document.uri, { version: document.version, options, analysis, analyzer });
    return analysis;
  }

  /** The latest analysis of a document, whatever its version, if there is one. */
  latest(uri: string): Analysis | undefined {
    return this.byUri.get(uri)?.analysis;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

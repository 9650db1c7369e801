// One analysis per document version: every feature (diagnostics, matrix, completion, …) reads
// the cached result instead of parsing again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis, type AnalysisOptions } from '../core';

interface Entry {
  version: number;
  options: AnalysisOptions;
  analysis: Analysis;
}

export class Analyses {
  private readonly byUri = new Map<string, Entry>();

  /** The analysis of this exact version of the document, computed at most once. */
  get(document: TextDocument, options: AnalysisOptions): Analysis {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.options === options) return cached.analysis;
    const analysis = analyze(document.getText(), options);
    this.byUri.set(document.uri, { version: document.version, options, analysis });
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

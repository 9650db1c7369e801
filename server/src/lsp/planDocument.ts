// The server's copy of an open plan: its text and the text's LineIndex, kept up to date from
// the client's ranged changes. vscode-languageserver-textdocument would keep an array of line
// offsets of its own beside the analysis' LineIndex; at 10,000 pieces that is a second 1 MB
// array. Here the document's index is the one the analysis reads. Positions are converted by
// the analysis (LineIndex), so a document has no positionAt/offsetAt of its own.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { LineIndex } from '../core';
import { updateLineIndex, type Edited } from '../core/incremental';

export class PlanDocument {
  /** What the last changes kept of the text before them, until the analysis takes it: it then need not compare 2 MB texts to find the edit. */
  edited?: Edited;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    public lines: LineIndex,
  ) {}

  getText(): string {
    return this.lines.text;
  }

  /** Applies changes in order, as LSP says: each range is in the text the previous one left. */
  apply(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    // Each change keeps a start and an end of the text before it; all of them together keep the
    // shortest ones — counted from the text the analysis saw last, when it has not taken the last hint yet.
    let edited: Edited | undefined = this.edited ?? { from: this.lines.text, prefix: Infinity, suffix: Infinity };
    for (const change of changes) {
      if (!('range' in change)) {
        this.lines = new LineIndex(change.text);
        edited = undefined;
        continue;
      }
      const old = this.lines.text;
      let start = this.lines.offset(change.range.start);
      let end = this.lines.offset(change.range.end);
      if (start > end) [start, end] = [end, start];
      const text = old.slice(0, start) + change.text + old.slice(end);
      this.lines = updateLineIndex(this.lines, old, text, start, old.length - end);
      if (edited) edited = { from: edited.from, prefix: Math.min(edited.prefix, start), suffix: Math.min(edited.suffix, old.length - end) };
    }
    this.edited = edited && edited.prefix !== Infinity ? edited : undefined;
    this.version = version;
  }
}

export const PLAN_DOCUMENTS: TextDocumentsConfiguration<PlanDocument> = {
  create: (uri, languageId, version, text) => new PlanDocument(uri, languageId, version, new LineIndex(text)),
  update: (document, changes, version) => {
    document.apply(changes, version);
    return document;
  },
};

// Where the analysis says the content list's items start. Finding the list a piece's `- ` belongs
// to from indentation alone means walking up past every item above it: at 10,000 pieces that is
// 112,000 lines, 2–3 ms of every keystroke's completion. A well-formed text's tree has the answer;
// while the YAML is broken, the lines decide (structure.ts).
import type { Analysis } from '../analyze';
import type { LineIndex } from '../lineIndex';
import type { Piece } from '../plan';
import type { Node } from './structure';

export class ContentItems {
  private constructor(
    private readonly lines: LineIndex,
    private readonly pieces: readonly Piece[],
    /** The `content:` key: the parent of the list every piece is an item of. */
    readonly key: Node,
  ) {}

  /** Only for a well-formed plan of its own (a plan's bases add no pieces, but its own read may be broken). */
  static of(analysis: Analysis): ContentItems | undefined {
    const key = analysis.plan.sections.content?.key;
    if (!analysis.wellFormed || analysis.own || !key || analysis.plan.pieces.length === 0) return undefined;
    const at = analysis.lines.position(key.start);
    return new ContentItems(analysis.lines, analysis.plan.pieces, { line: at.line, col: at.character, mode: 'map' });
  }

  /** Is the first `- ` of `line`, at `col`, the start of a content item? Pieces are in text order: a binary search. */
  startsItem(line: number, col: number): boolean {
    const start = this.lines.lineStart(line);
    const end = this.lines.lineEnd(line);
    let low = 0;
    let high = this.pieces.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.pieces[mid].span.start < start) low = mid + 1;
      else high = mid;
    }
    // The item's node starts on the line, right of its dash.
    const first = this.pieces[low]?.span.start;
    return first !== undefined && first < end && first > start + col;
  }
}

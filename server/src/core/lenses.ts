// Code lenses: above each persona, how its row of the matrix stands ("12 pieces · 5/6 phases ·
// 1 gap"); above `content:`, the plan's coverage. Read from the matrix, never counted anew.
import type { Analysis } from './analyze';
import type { Span } from './lineIndex';
import { coverageOf } from './matrix';
import type { Locale } from './messages';
import type { Piece } from './plan';
import { counted } from './plural';

export interface Lens {
  /** The line the lens stands above: the persona's item, or the `content:` key. */
  span: Span;
  title: string;
  /** For a persona's lens: its id (a click opens the preview on its row). */
  persona?: string;
}

interface LensLabels {
  pieces(n: number): string;
  phases(covered: number, expected: number): string;
  gaps(n: number): string;
  coverage(filled: number, expected: number): string;
}

const LABELS: Record<Locale, LensLabels> = {
  en: {
    pieces: (n) => counted(n, 'piece', 'pieces'),
    phases: (covered, expected) => `${covered}/${expected} phases`,
    gaps: (n) => (n === 0 ? 'no gaps' : counted(n, 'gap', 'gaps')),
    coverage: (filled, expected) => `Coverage ${filled}/${expected} cells`,
  },
  nl: {
    pieces: (n) => counted(n, 'stuk', 'stukken'),
    phases: (covered, expected) => `${covered}/${expected} fasen`,
    gaps: (n) => (n === 0 ? 'geen gaten' : counted(n, 'gat', 'gaten')),
    coverage: (filled, expected) => `Dekking ${filled}/${expected} cellen`,
  },
};

export function lenses(analysis: Analysis, locale: Locale = 'en'): Lens[] {
  const { matrix, plan } = analysis;
  const labels = LABELS[locale];
  const result: Lens[] = [];
  if (!matrix.tooLarge) {
    const width = matrix.phases.length;
    matrix.personas.forEach((persona, row) => {
      if (persona.origin) return; // defined in a base: no line of its own here
      const cells = matrix.cells.slice(row * width, (row + 1) * width);
      const pieces = new Set<Piece>();
      for (const cell of cells) for (const piece of cell.pieces) if (piece.status !== 'retired') pieces.add(piece);
      const expected = cells.filter((cell) => !cell.ignored);
      const gaps = expected.filter((cell) => cell.gap).length;
      const title = [labels.pieces(pieces.size), labels.phases(expected.length - gaps, expected.length), labels.gaps(gaps)].join(' · ');
      result.push({ span: persona.span, title, persona: persona.id });
    });
  }
  const content = plan.sections.content;
  if (content) {
    const { filled, expected } = coverageOf(matrix);
    result.push({ span: content.key, title: `${labels.coverage(filled, expected)} · ${labels.gaps(expected - filled)}` });
  }
  return result;
}

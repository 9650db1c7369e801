// Mermaid export: the plan as a Mermaid `journey` diagram for slides, wikis and pull requests.
// One section per phase (journey order), one task per piece in it, the personas as actors.
//
//   journey
//     title <plan title>
//     section <phase name>
//       <piece title>: <score>: <persona name>, <persona name>
//       ⚠ Gap: <persona name>: 1: <persona name>
//
// Mermaid draws a task's score as a face, from 1 (sad) to 5 (happy): how the customer feels.
// So where the journey map gives a cell an emotion (-2 … 2), that is the score of the cell's
// tasks (emotionScore: -2 → 1 … 2 → 5); a piece whose cells in one phase feel different is one
// task per score. Where no emotion is given, the score says how far the piece is (MERMAID_SCORES).
// A piece appears in every section of a phase it names, with the personas of its cells in that
// phase as actors (a retired piece too: it is listed in its cells). A gap cell (below
// min-per-cell, not ignored) becomes a task "⚠ Gap: <persona>", score 1 or the cell's emotion,
// and a phase with neither (every cell ignored) a task "(no content expected)", so it still shows.
import { emotionScore } from '../mapViews';
import type { Locale } from '../messages';
import type { MatrixModel, MatrixPiece } from '../matrixModel';
import type { PieceStatus } from '../plan';

/** How finished a piece is, as a Mermaid journey score (1–5). */
export const MERMAID_SCORES: Readonly<Record<PieceStatus, number>> = {
  idea: 1,
  planned: 2,
  draft: 3,
  review: 3,
  scheduled: 4,
  published: 5,
  retired: 1,
};
/** A piece without a status: the neutral middle of the scale. */
export const MERMAID_SCORE_WITHOUT_STATUS = 3;
export const MERMAID_GAP_SCORE = 1;

const LABELS: Record<Locale, { gap: string; untitled: string; notExpected: string }> = {
  en: { gap: '⚠ Gap', untitled: '(no title)', notExpected: '(no content expected)' },
  nl: { gap: '⚠ Gat', untitled: '(geen titel)', notExpected: '(geen content verwacht)' },
};

export function renderMatrixMermaid(model: MatrixModel, locale: Locale = 'en'): string {
  const label = LABELS[locale];
  const personaName = new Map(model.personas.map((persona) => [persona.id, persona.name || persona.id]));
  const lines = ['journey'];
  if (model.title.trim() !== '') lines.push(`  title ${escapeMermaid(model.title, 'text')}`);
  for (const phase of model.phases) {
    lines.push(`  section ${escapeMermaid(phase.name || phase.id, 'text')}`);
    const cells = model.cells.filter((cell) => cell.phase === phase.id);
    // The same piece is listed in each of its cells; gather it once per score, with every persona it serves here.
    const tasks = new Map<string, { piece: MatrixPiece; score: number; personas: string[] }>();
    for (const cell of cells) {
      for (const piece of cell.content) {
        const score = cell.map.emotion !== null ? emotionScore(cell.map.emotion) : scoreOf(piece.status);
        const key = `${score} ${JSON.stringify(piece)}`;
        const task = tasks.get(key) ?? { piece, score, personas: [] };
        if (!task.personas.includes(cell.persona)) task.personas.push(cell.persona);
        tasks.set(key, task);
      }
    }
    const ordered = [...tasks.values()].sort((a, b) => a.piece.line - b.piece.line);
    for (const { piece, score, personas } of ordered) {
      const name = piece.title.trim() === '' ? label.untitled : piece.title;
      lines.push(task(name, score, personas.map((id) => personaName.get(id) ?? id)));
    }
    const gaps = cells.filter((cell) => cell.gap);
    for (const cell of gaps) {
      const persona = personaName.get(cell.persona) ?? cell.persona;
      lines.push(task(`${label.gap}: ${persona}`, cell.map.emotion !== null ? emotionScore(cell.map.emotion) : MERMAID_GAP_SCORE, [persona]));
    }
    // Mermaid draws a section only through its tasks; a phase where every cell is ignored would vanish.
    if (ordered.length === 0 && gaps.length === 0) lines.push(task(label.notExpected, MERMAID_SCORE_WITHOUT_STATUS, []));
  }
  return lines.join('\n') + '\n';
}

function scoreOf(status: string | null): number {
  return status !== null && status in MERMAID_SCORES ? MERMAID_SCORES[status as PieceStatus] : MERMAID_SCORE_WITHOUT_STATUS;
}

function task(name: string, score: number, actors: string[]): string {
  const line = `    ${escapeMermaid(name, 'task')}: ${score}`;
  return actors.length === 0 ? line : `${line}: ${actors.map((actor) => escapeMermaid(actor, 'actor')).join(', ')}`;
}

// Mermaid's journey lexer ends a text at `#`, `;` and `:` (and `#` starts a comment), `%` can
// start a comment, and a title goes through an HTML sanitiser that drops tags. Mermaid decodes
// `#<code point>;` entity codes only after parsing, so writing those characters as codes keeps
// the text exactly. `&` is coded so the sanitiser cannot turn it into `&amp;`; `¶` and `ﬂ`
// because Mermaid's own entity markers are made of them; line breaks and control characters
// so a text stays on its line.
const SPECIAL = /[#;:%<>&\u00b6\ufb02\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
/** Actors are split at commas (and trimmed), so a comma in a persona name is coded too. */
const ACTOR_SPECIAL = /[#;:%<>&\u00b6\ufb02,\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
/** A task line that starts with a keyword would be read as that keyword's line. */
const KEYWORD_START = /^(?:journey|title|section|acctitle|accdescr)/i;

function code(char: string): string {
  return `#${char.codePointAt(0)};`;
}

/**
 * Writes text so Mermaid reads it back unchanged: `a: b; c # d` → `a#58; b#59; c #35; d`.
 * Spaces at either end are coded as well, since Mermaid trims them.
 */
export function escapeMermaid(text: string, context: 'text' | 'task' | 'actor'): string {
  let escaped = text.replace(context === 'actor' ? ACTOR_SPECIAL : SPECIAL, code);
  escaped = escaped.replace(/^\s+|\s+$/gu, (spaces) => [...spaces].map(code).join(''));
  if (context === 'task' && KEYWORD_START.test(escaped)) escaped = code(escaped.charAt(0)) + escaped.slice(1);
  return escaped;
}

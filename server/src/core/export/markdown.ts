// Markdown export: the matrix as a table a wiki or a pull request shows as it is.
import type { Locale } from '../messages';
import type { MatrixModel } from '../matrixModel';

const LABELS: Record<Locale, { persona: string; coverage: string; gap: string; ignored: string; of: string; cells: string; buyer: string; customer: string }> = {
  en: { persona: 'Persona', coverage: 'Coverage', gap: 'gap', ignored: 'not expected', of: 'of', cells: 'cells filled', buyer: 'buyer', customer: 'customer' },
  nl: { persona: 'Persona', coverage: 'Dekking', gap: 'gat', ignored: 'niet verwacht', of: 'van', cells: 'cellen gevuld', buyer: 'koper', customer: 'klant' },
};

export function renderMatrixMarkdown(model: MatrixModel, locale: Locale = 'en'): string {
  const label = LABELS[locale];
  const lines: string[] = [];
  if (model.title) lines.push(`# ${escapeMarkdown(model.title)}`, '');
  lines.push(`${label.coverage}: ${model.coverage.filled} ${label.of} ${model.coverage.expected} ${label.cells}.`, '');
  const header = [label.persona, ...model.phases.map((phase) => `${escapeMarkdown(phase.name)} (${label[phase.stage]})`)];
  lines.push(row(header), row(header.map(() => '---')));
  const width = model.phases.length;
  model.personas.forEach((persona, r) => {
    const cells = model.cells.slice(r * width, r * width + width).map((cell) => {
      if (cell.ignored) return `_${label.ignored}_`;
      const pieces = cell.content.map((piece) => {
        const details = [piece.type, piece.status].filter(Boolean).join(', ');
        return escapeMarkdown(piece.title || '—') + (details ? ` (${escapeMarkdown(details)})` : '');
      });
      if (cell.gap) pieces.push(`**${label.gap}**`);
      return pieces.join('<br>');
    });
    lines.push(row([escapeMarkdown(persona.name), ...cells]));
  });
  return lines.join('\n') + '\n';
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Escapes what Markdown or a table would read as syntax, and keeps text on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}\[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

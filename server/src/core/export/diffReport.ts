// `journey diff` as text (a terminal), Markdown (a pull request comment) or JSON (scripts).
import type { Locale } from '../messages';
import { escapeMarkdown } from './markdown';
import type { DiffCell, DiffSide, PlanDiff } from '../planDiff';
import { counted } from '../plural';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export type PlanStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** One plan of the comparison: its path as given or as in the repository. */
export interface PlanChange {
  path: string;
  status: PlanStatus;
  diff: PlanDiff;
}

const LABELS = {
  en: {
    heading: 'Journey coverage',
    plan: 'Plan', coverage: 'Coverage', newGaps: 'New gaps', resolvedGaps: 'Resolved gaps',
    filled: 'Filled', emptied: 'Emptied',
    added: 'new plan', removed: 'removed', unchanged: 'no change in coverage',
    errors: (n: number) => `${counted(n, 'error', 'errors')}: its matrix may miss content`,
    gaps: (added: number, resolved: number) => `${counted(added, 'new gap', 'new gaps')}, ${resolved} resolved`,
    compared: (plans: number) => `${counted(plans, 'plan', 'plans')} compared`,
    none: 'No plans to compare.',
  },
  nl: {
    heading: 'Journey-dekking',
    plan: 'Plan', coverage: 'Dekking', newGaps: 'Nieuwe gaten', resolvedGaps: 'Opgeloste gaten',
    filled: 'Gevuld', emptied: 'Leeggemaakt',
    added: 'nieuw plan', removed: 'verwijderd', unchanged: 'dekking niet veranderd',
    errors: (n: number) => `${counted(n, 'fout', 'fouten')}: de matrix kan content missen`,
    gaps: (added: number, resolved: number) => `${counted(added, 'nieuw gat', 'nieuwe gaten')}, ${resolved} opgelost`,
    compared: (plans: number) => `${counted(plans, 'plan', 'plannen')} vergeleken`,
    none: 'Geen plannen om te vergelijken.',
  },
} as const;

type Labels = (typeof LABELS)[Locale];

export function renderDiff(changes: readonly PlanChange[], format: DiffFormat, locale: Locale = 'en'): string {
  const labels = LABELS[locale];
  switch (format) {
    case 'json': return JSON.stringify({ plans: changes, newGaps: total(changes, 'newGaps'), resolvedGaps: total(changes, 'resolvedGaps') }, null, 2) + '\n';
    case 'markdown': return renderMarkdown(changes, labels);
    case 'text': return renderText(changes, labels);
  }
}

function renderText(changes: readonly PlanChange[], labels: Labels): string {
  let out = '';
  for (const { path, status, diff } of changes) {
    out += `${path}: ${coverageLine(diff, status, labels)}\n`;
    for (const note of errorNotes(diff, labels)) out += `  ${note}\n`;
    for (const [label, cells] of lists(diff, labels)) out += `  ${label.toLowerCase()} (${cells.length}): ${cells.map(cellName).join('; ')}\n`;
  }
  out += `${summary(changes, labels)}\n`;
  return out;
}

function renderMarkdown(changes: readonly PlanChange[], labels: Labels): string {
  let out = `### ${labels.heading}\n\n`;
  if (changes.length === 0) return out + `${labels.none}\n`;
  out += `| ${labels.plan} | ${labels.coverage} | ${labels.newGaps} | ${labels.resolvedGaps} |\n|---|---|---:|---:|\n`;
  for (const { path, status, diff } of changes) {
    out += `| \`${code(path)}\` | ${coverageLine(diff, status, labels)} | ${diff.newGaps.length} | ${diff.resolvedGaps.length} |\n`;
  }
  out += `\n${summary(changes, labels)}\n`;
  for (const { path, diff } of changes) {
    const sections = lists(diff, labels);
    const notes = errorNotes(diff, labels);
    if (sections.length === 0 && notes.length === 0) continue;
    out += `\n<details><summary><code>${html(path)}</code>: ${labels.gaps(diff.newGaps.length, diff.resolvedGaps.length)}</summary>\n\n`;
    for (const note of notes) out += `> ${markdownText(note)}\n\n`;
    for (const [label, cells] of sections) {
      out += `**${label}**\n\n${cells.map((cell) => `- ${markdownText(cellName(cell))}`).join('\n')}\n\n`;
    }
    out += '</details>\n';
  }
  return out;
}

/** "18/24 → 16/24 (75% → 67%)", or what happened to a plan that has one side only. */
function coverageLine(diff: PlanDiff, status: PlanStatus, labels: Labels): string {
  const side = (s: DiffSide | null): string => (s ? `${s.coverage.filled}/${s.coverage.expected}` : '—');
  const percent = (s: DiffSide | null): string => (s ? `${s.coverage.expected === 0 ? 100 : Math.round((100 * s.coverage.filled) / s.coverage.expected)}%` : '—');
  const line = `${side(diff.before)} → ${side(diff.after)} (${percent(diff.before)} → ${percent(diff.after)})`;
  if (status === 'added') return `${line}, ${labels.added}`;
  if (status === 'removed') return `${line}, ${labels.removed}`;
  if (status === 'unchanged') return `${line}, ${labels.unchanged}`;
  return line;
}

function errorNotes(diff: PlanDiff, labels: Labels): string[] {
  return diff.after && diff.after.errors > 0 ? [labels.errors(diff.after.errors)] : [];
}

function lists(diff: PlanDiff, labels: Labels): [string, DiffCell[]][] {
  const all: [string, DiffCell[]][] = [
    [labels.filled, diff.filled],
    [labels.emptied, diff.emptied],
    [labels.newGaps, diff.newGaps],
    [labels.resolvedGaps, diff.resolvedGaps],
  ];
  return all.filter(([, cells]) => cells.length > 0);
}

function cellName(cell: DiffCell): string {
  return `${cell.personaName} × ${cell.phaseName}`;
}

function summary(changes: readonly PlanChange[], labels: Labels): string {
  if (changes.length === 0) return labels.none;
  return `${labels.compared(changes.length)}: ${labels.gaps(total(changes, 'newGaps'), total(changes, 'resolvedGaps'))}.`;
}

function total(changes: readonly PlanChange[], list: 'newGaps' | 'resolvedGaps'): number {
  return changes.reduce((sum, change) => sum + change.diff[list].length, 0);
}

// Plan text lands in a pull request comment: it must never become markup, a heading, a link or
// a mention (a zero-width space after "@" keeps GitHub from reading one). Named entities, not
// escapeHtml's numeric ones: Markdown escaping would break their "#".
function markdownText(text: string): string {
  return escapeMarkdown(html(text)).replace(/@/g, '@\u200b');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|');
}


// Markdown export: the matrix as a table a wiki or a pull request shows as it is, then the
// journey map (one row per cell it says something about) and the lessons-learned grid.
import { actionsByQuadrant, cellKpis, type KpiRow } from '../mapViews';
import type { Locale } from '../messages';
import type { MatrixAction, MatrixCell, MatrixModel } from '../matrixModel';
import { VIEW_LABELS } from '../view/labels';
import { MAP_LABELS, type MapLabels } from '../view/mapLabels';

interface Labels extends MapLabels {
  persona: string;
  phase: string;
  coverage: string;
  gap: string;
  ignored: string;
  of: string;
  cells: string;
  buyer: string;
  customer: string;
}

const LABELS: Record<Locale, Labels> = {
  en: {
    ...MAP_LABELS.en,
    persona: 'Persona', phase: 'Phase', coverage: 'Coverage', gap: 'gap', ignored: 'not expected', of: 'of', cells: 'cells filled', buyer: 'buyer', customer: 'customer',
  },
  nl: {
    ...MAP_LABELS.nl,
    persona: 'Persona', phase: 'Fase', coverage: 'Dekking', gap: 'gat', ignored: 'niet verwacht', of: 'van', cells: 'cellen gevuld', buyer: 'koper', customer: 'klant',
  },
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
      const pieces = cell.content.map((piece) => {
        const details = [piece.type, piece.status].filter(Boolean).join(', ');
        return escapeMarkdown(piece.title || '—') + (details ? ` (${escapeMarkdown(details)})` : '');
      });
      if (cell.ignored) return [`_${cell.ignoredBy === 'stage' ? VIEW_LABELS[locale].notInJourney : label.ignored}_`, ...pieces].join('<br>');
      if (cell.map.momentOfTruth) pieces.unshift(`★ _${label.momentOfTruth}_`);
      if (cell.gap) pieces.push(`**${label.gap}**`);
      return pieces.join('<br>');
    });
    lines.push(row([escapeMarkdown(persona.name), ...cells]));
  });
  lines.push(...mapSection(model, label), ...actionsSection(model.actions, label));
  return lines.join('\n') + '\n';
}

/** One row per cell the journey map says something about, personas then phases. */
function mapSection(model: MatrixModel, label: Labels): string[] {
  const personaName = new Map(model.personas.map((persona) => [persona.id, persona.name]));
  const phaseName = new Map(model.phases.map((phase) => [phase.id, phase.name]));
  const rows = model.cells.filter(hasMap).map((cell) => {
    const list = (items: string[]) => items.map(escapeMarkdown).join('<br>');
    const emotion = cell.map.emotion === null ? '' : signed(cell.map.emotion);
    return row([
      escapeMarkdown(personaName.get(cell.persona) ?? cell.persona),
      escapeMarkdown(phaseName.get(cell.phase) ?? cell.phase) + (cell.map.momentOfTruth ? ` ★ _${label.momentOfTruth}_` : ''),
      emotion,
      list(cell.map.questions),
      list(cell.map.touchpoints),
      list(cell.map.pains),
      list(cell.map.delights),
      cellKpis(cell).map(kpiText).join('<br>'),
    ]);
  });
  if (rows.length === 0) return [];
  const header = [label.persona, label.phase, label.emotion, label.questions, label.touchpoints, label.pains, label.delights, label.kpi];
  return ['', `## ${label.map}`, '', row(header), row(header.map(() => '---')), ...rows];
}

/** The 2 × 2 grid: high impact on top, short term on the left. */
function actionsSection(actions: MatrixAction[], label: Labels): string[] {
  if (actions.length === 0) return [];
  const grid = actionsByQuadrant(actions);
  const cell = (items: MatrixAction[]) => items.map((action) => escapeMarkdown(action.title) + (action.owner ? ` (${escapeMarkdown(action.owner)})` : '')).join('<br>');
  return [
    '',
    `## ${label.actions}`,
    '',
    row(['', label.term.short, label.term.long]),
    row(['---', '---', '---']),
    row([`**${label.impact.high}**`, cell(grid['short-high']), cell(grid['long-high'])]),
    row([`**${label.impact.low}**`, cell(grid['short-low']), cell(grid['long-low'])]),
  ];
}

export function hasMap(cell: MatrixCell): boolean {
  const { map } = cell;
  return map.emotion !== null || map.momentOfTruth || map.questions.length + map.touchpoints.length + map.pains.length + map.delights.length > 0 || Object.keys(map.kpiTarget).length > 0;
}

/** `leads 20 / 40`, or `leads 20` without a target. */
export function kpiText(kpi: KpiRow): string {
  return `${escapeMarkdown(kpi.metric)} ${kpi.actual}${kpi.target === null ? '' : ` / ${kpi.target}`}`;
}

function signed(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : String(emotion);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Escapes what Markdown or a table would read as syntax, and keeps text on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}\[\]<>()#+!|~]/g, (c) => `\\${c}`);
}

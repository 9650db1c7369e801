// The journey map in the HTML export: per cell its moment of truth, emotion, questions,
// touchpoints, pains, delights and kpis; per phase column its kpis; the emotion curve per
// persona as inline SVG; and the lessons-learned grid. Every text goes through escapeHtml.
import { actionsByQuadrant, cellKpis, curveRuns, emotionSeries, hasEmotions, phaseKpis, QUADRANTS, type KpiRow, type Quadrant } from '../mapViews';
import type { MatrixAction, MatrixCell, MatrixModel } from '../matrixModel';
import { escapeHtml } from './escape';
import type { MapLabels } from '../view/mapLabels';

/** A cell's journey map, before its pieces; empty when the map says nothing about it. */
export function renderCellMap(cell: MatrixCell, l: MapLabels): string {
  const { map } = cell;
  const parts: string[] = [];
  if (map.momentOfTruth) parts.push(`<p class="mot">★ ${escapeHtml(l.momentOfTruth)}</p>`);
  if (map.emotion !== null) parts.push(`<p class="emotion" data-emotion="${map.emotion}">${escapeHtml(l.emotion)}: ${signed(map.emotion)} (${escapeHtml(l.emotions[String(map.emotion)])})</p>`);
  const lists: [string, string[]][] = [
    [l.questions, map.questions],
    [l.touchpoints, map.touchpoints],
    [l.pains, map.pains],
    [l.delights, map.delights],
  ];
  const written = lists.filter(([, items]) => items.length > 0);
  if (written.length > 0) {
    parts.push('<dl class="map">', ...written.map(([name, items]) => `<dt>${escapeHtml(name)}</dt>${items.map((item) => `<dd>${escapeHtml(item)}</dd>`).join('')}`), '</dl>');
  }
  const kpis = cellKpis(cell);
  if (kpis.length > 0) parts.push(renderKpis(kpis, l));
  return parts.join('');
}

/** Target against actual, one line per metric; below target is marked. */
export function renderKpis(kpis: KpiRow[], l: MapLabels): string {
  const rows = kpis.map((kpi) => {
    const below = kpi.target !== null && kpi.actual < kpi.target;
    return `<li${below ? ' class="below"' : ''} data-metric="${escapeHtml(kpi.metric)}">${escapeHtml(kpi.metric)} ${kpi.actual}${kpi.target === null ? '' : ` / ${kpi.target}`}</li>`;
  });
  return `<ul class="kpis" aria-label="${escapeHtml(l.kpi)}">${rows.join('')}</ul>`;
}

/** The kpis of each phase column, for the column headers: phase id → HTML. */
export function phaseKpiHtml(model: MatrixModel, l: MapLabels): Map<string, string> {
  return new Map(phaseKpis(model, (cell) => cell.content).map(({ phase, kpis }) => [phase, kpis.length > 0 ? renderKpis(kpis, l) : '']));
}

// A colour per persona, readable on white; repeats after eight personas.
const CURVE_COLOURS = ['#0969da', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#0550ae', '#57606a'];
const COLUMN = 120;
const ROW = 28;
const TOP = 16;
const LEFT = 110;

/** The emotion curve per persona across the phases, as inline SVG; empty when no cell has an emotion. */
export function renderEmotionCurve(model: MatrixModel, l: MapLabels): string {
  if (!hasEmotions(model)) return '';
  const width = LEFT + model.phases.length * COLUMN;
  const height = TOP + 4 * ROW + 40;
  const x = (column: number) => LEFT + column * COLUMN + COLUMN / 2;
  const level = (emotion: number) => TOP + (2 - emotion) * ROW;
  const out: string[] = [`<section class="curve"><h2>${escapeHtml(l.curve)}</h2>`, `<svg role="img" aria-label="${escapeHtml(l.curve)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`];
  for (let emotion = 2; emotion >= -2; emotion--) {
    out.push(`<line class="grid" x1="${LEFT}" x2="${width}" y1="${level(emotion)}" y2="${level(emotion)}"/>`, `<text class="axis" x="${LEFT - 8}" y="${level(emotion) + 4}" text-anchor="end">${signed(emotion)} ${escapeHtml(l.emotions[String(emotion)])}</text>`);
  }
  model.phases.forEach((phase, column) => out.push(`<text class="axis" x="${x(column)}" y="${height - 12}" text-anchor="middle">${escapeHtml(phase.name)}</text>`));
  const series = emotionSeries(model);
  series.forEach((line, row) => {
    const colour = CURVE_COLOURS[row % CURVE_COLOURS.length];
    // Personas who feel the same would hide each other's line: each is drawn a little apart.
    const apart = (row - (series.length - 1) / 2) * 3;
    const y = (emotion: number) => TOP + (2 - emotion) * ROW + apart;
    out.push(`<g class="series" data-persona="${escapeHtml(line.persona)}" stroke="${colour}" fill="${colour}">`);
    for (const run of curveRuns(line.points)) {
      if (run.length > 1) out.push(`<polyline fill="none" stroke-width="2" points="${run.map((point) => `${x(point.column)},${y(point.emotion)}`).join(' ')}"/>`);
      for (const point of run) {
        const phase = model.phases[point.column].id;
        const mot = point.momentOfTruth ? ' data-moment-of-truth="true"' : '';
        out.push(`<circle cx="${x(point.column)}" cy="${y(point.emotion)}" r="${point.momentOfTruth ? 7 : 4}" data-phase="${escapeHtml(phase)}" data-emotion="${point.emotion}"${mot}/>`);
      }
    }
    out.push('</g>');
  });
  out.push('</svg>');
  const legend = model.personas.map((persona, row) => `<span class="key"><span class="swatch" style="background:${CURVE_COLOURS[row % CURVE_COLOURS.length]}"></span> ${escapeHtml(persona.name)}</span>`);
  out.push(`<p class="curve-legend">${legend.join(' ')} <span class="key">⬤ ${escapeHtml(l.momentOfTruth)}</span></p></section>`);
  return out.join('\n');
}

/** The 2 × 2 grid of short/long term × low/high impact; empty without actions. */
export function renderActions(actions: readonly MatrixAction[], l: MapLabels): string {
  if (actions.length === 0) return '';
  const grid = actionsByQuadrant(actions);
  const quadrant = (name: Quadrant): string => {
    const [term, impact] = name.split('-') as [keyof MapLabels['term'], keyof MapLabels['impact']];
    const items = grid[name].map((action) => {
      const meta = [action.owner, action.status].filter((part): part is string => !!part);
      return `<li data-line="${action.line}">${escapeHtml(action.title)}${meta.length ? ` <span class="meta">${meta.map(escapeHtml).join(' · ')}</span>` : ''}</li>`;
    });
    return `<div class="quadrant" data-term="${term}" data-impact="${impact}"><h3>${escapeHtml(l.impact[impact])} · ${escapeHtml(l.term[term])}</h3><ul>${items.join('')}</ul></div>`;
  };
  return `<section class="actions"><h2>${escapeHtml(l.actions)}</h2><div class="grid">${QUADRANTS.map(quadrant).join('')}</div></section>`;
}

function signed(emotion: number): string {
  return emotion > 0 ? `+${emotion}` : String(emotion);
}

export const MAP_STYLE = `
.mot { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #9a6700; }
td[data-moment-of-truth="true"] { box-shadow: inset 0 0 0 2px #d4a72c; }
td.gap[data-moment-of-truth="true"] { box-shadow: inset 0 0 0 3px var(--gap-border); }
.emotion { margin: 0 0 4px; font-size: 12px; }
dl.map { margin: 0 0 4px; font-size: 11px; }
dl.map dt { font-weight: 600; color: var(--muted); }
dl.map dd { margin: 0 0 0 8px; }
ul.kpis { list-style: none; margin: 0 0 4px; padding: 0; font-size: 11px; }
ul.kpis li.below { color: #a40e26; font-weight: 600; }
section.curve, section.actions { margin-top: 16px; break-inside: avoid; }
section.curve svg { max-width: 100%; height: auto; }
section.curve line.grid { stroke: var(--border); }
section.curve text.axis { font-size: 11px; fill: var(--muted); }
.curve-legend { font-size: 12px; color: var(--muted); }
.curve-legend .swatch { display: inline-block; width: 12px; height: 4px; vertical-align: middle; }
section.actions .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
section.actions .quadrant { border: 1px solid var(--border); border-radius: 4px; padding: 6px 8px; }
section.actions .quadrant[data-impact="high"][data-term="short"] { background: #dafbe1; }
section.actions h3 { font-size: 12px; margin: 0 0 4px; }
section.actions ul { margin: 0; padding-left: 18px; }
`.trim();

// HTML export: the matrix as one standalone, printable page that looks like the preview.
// Self-contained (inline CSS, no script, no remote resources) so it can be mailed or printed;
// every text from the plan goes through `escapeHtml`, and only http(s) urls become links.
import type { Locale } from '../messages';
import type { MatrixCell, MatrixModel, MatrixPiece } from '../matrixModel';
import { VIEW_LABELS, type ViewLabels } from '../view/labels';
import { cellKind, cellNote, countLine, stageGroups, STATUSES, statusClass } from '../view/matrixView';
import { safeHttpUrl } from '../view/safeUrl';

export { safeHttpUrl };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMatrixHtml(model: MatrixModel, locale: Locale = 'en'): string {
  const l = VIEW_LABELS[locale];
  const title = model.title || l.page;
  const width = model.phases.length;
  const rows = model.personas.map((persona, r) => ({ persona, cells: model.cells.slice(r * width, r * width + width) }));
  const columns = model.phases.map((phase, c) => ({ phase, cells: rows.map((row) => row.cells[c]).filter(Boolean) }));
  const stages = stageGroups(model.phases);

  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="coverage">${escapeHtml(l.coverageTitle)}: <strong>${model.coverage.filled}/${model.coverage.expected}</strong> ${escapeHtml(l.cellsFilled)}` +
      ` · ${escapeHtml(l.minPerCell(model.minPerCell))}</p>`,
    '</header>',
  );
  const error = model.syntaxErrors[0];
  if (error) out.push(`<p class="banner" role="alert">${escapeHtml(l.brokenPlan(error.line, error.message))}</p>`);

  out.push('<table class="matrix">', `<caption>${escapeHtml(title)}</caption>`, '<thead>');
  if (stages.length > 0) {
    out.push('<tr>', '<td class="corner"></td>');
    for (const group of stages) {
      out.push(`<th scope="colgroup" colspan="${group.span}" class="stage stage-${group.stage}">${escapeHtml(l.stages[group.stage])}</th>`);
    }
    out.push('</tr>');
  }
  out.push('<tr>', `<th scope="col" class="persona-head">${escapeHtml(l.persona)}</th>`);
  for (const { phase, cells } of columns) {
    out.push(
      `<th scope="col" class="phase stage-${phase.stage}" data-phase="${escapeHtml(phase.id)}">${escapeHtml(phase.name)}` +
        `<span class="counts">${escapeHtml(countLine(cells, content, l))}</span></th>`,
    );
  }
  out.push('</tr>', '</thead>', '<tbody>');
  for (const { persona, cells } of rows) {
    out.push(
      `<tr data-persona="${escapeHtml(persona.id)}">`,
      `<th scope="row" class="persona">${escapeHtml(persona.name)}<span class="counts">${escapeHtml(countLine(cells, content, l))}</span></th>`,
    );
    for (const cell of cells) out.push(renderCell(cell, model.minPerCell, l));
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  out.push(renderLegend(l), '</body>', '</html>');
  return out.join('\n') + '\n';
}

function renderCell(cell: MatrixCell, min: number, l: ViewLabels): string {
  const classes = ['cell', cellKind(cell)];
  const attrs =
    `class="${classes.join(' ')}" data-persona="${escapeHtml(cell.persona)}" data-phase="${escapeHtml(cell.phase)}" data-gap="${cell.gap}"` +
    (cell.ignored ? ' data-ignored="true"' : '');
  const parts: string[] = [];
  const note = cellNote(cell, min, l);
  if (note) parts.push(`<p class="${note.className}">${escapeHtml(note.text)}</p>`);
  if (cell.content.length > 0) {
    parts.push('<ul class="pieces">');
    for (const piece of cell.content) parts.push(renderPiece(piece, l));
    parts.push('</ul>');
  }
  return `<td ${attrs}>${parts.join('')}</td>`;
}

function renderPiece(piece: MatrixPiece, l: ViewLabels): string {
  const title = escapeHtml(piece.title || l.untitled);
  const url = safeHttpUrl(piece.url);
  const heading = url ? `<a class="title" href="${escapeHtml(url)}">${title}</a>` : `<span class="title">${title}</span>`;
  const meta = [piece.type, piece.channel, piece.owner, piece.date].filter((part): part is string => !!part);
  const badge = piece.status ? `<span class="badge ${statusClass(piece.status)}">${escapeHtml(piece.status)}</span>` : '';
  const retired = piece.status === 'retired' ? ' retired' : '';
  return (
    `<li class="piece${retired}" data-line="${piece.line}">${heading} ${badge}` +
    (meta.length ? `<span class="meta">${meta.map(escapeHtml).join(' · ')}</span>` : '') +
    '</li>'
  );
}

function renderLegend(l: ViewLabels): string {
  const badges = STATUSES.map((status) => `<span class="badge status-${status}">${status}</span>`).join(' ');
  return (
    `<footer class="legend"><h2>${escapeHtml(l.legend)}</h2><p>${badges}</p>` +
    `<p><span class="swatch gap"></span> ${escapeHtml(l.gapLegend)} <span class="swatch ignored"></span> ${escapeHtml(l.ignoredLegend)}` +
    ` <span class="badge status-retired">retired</span> ${escapeHtml(l.retiredLegend)}</p></footer>`
  );
}

const content = (cell: MatrixCell): MatrixPiece[] => cell.content;

// Light theme on screen and on paper; the status colours match the preview's.
const STYLE = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --head: #f6f8fa; --gap: #fff1e5; --gap-border: #d1242f; --ignored: #f2f2f2; }
* { box-sizing: border-box; }
body { font: 14px/1.4 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 14px; margin: 0 0 4px; }
.coverage { margin: 0 0 16px; color: var(--muted); }
.coverage strong { color: var(--fg); font-size: 18px; }
.banner { border: 1px solid #d1242f; background: #ffebe9; padding: 8px 12px; border-radius: 4px; }
table.matrix { border-collapse: collapse; width: 100%; table-layout: fixed; }
caption { position: absolute; left: -10000px; }
th, td { border: 1px solid var(--border); padding: 6px 8px; vertical-align: top; text-align: left; }
thead th { background: var(--head); }
th.stage { text-align: center; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
th.stage-buyer.stage { background: #ddf4ff; }
th.stage-customer.stage { background: #dafbe1; }
th.persona, th.persona-head { width: 14em; background: var(--head); }
.counts { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
td.gap { background: var(--gap); box-shadow: inset 0 0 0 2px var(--gap-border); }
td.ignored { background: var(--ignored); color: var(--muted); }
.note { margin: 0 0 4px; font-size: 12px; font-style: italic; }
.gap-reason { color: #a40e26; font-weight: 600; font-style: normal; }
ul.pieces { list-style: none; margin: 0; padding: 0; }
li.piece { margin: 0 0 6px; padding: 4px 6px; border: 1px solid var(--border); border-radius: 4px; background: #fff; break-inside: avoid; }
li.piece.retired { opacity: .6; }
li.piece.retired .title { text-decoration: line-through; }
.title { font-weight: 600; color: var(--fg); }
a.title { color: #0969da; }
.meta { display: block; font-size: 11px; color: var(--muted); }
.badge { display: inline-block; font-size: 10px; line-height: 1.5; padding: 0 6px; border-radius: 8px; border: 1px solid transparent; white-space: nowrap; }
.status-idea { background: #eaeef2; color: #424a53; }
.status-planned { background: #ddf4ff; color: #0550ae; }
.status-draft { background: #fff8c5; color: #7d4e00; }
.status-review { background: #fbefff; color: #6e40c9; }
.status-scheduled { background: #ffeff7; color: #99286e; }
.status-published { background: #dafbe1; color: #116329; }
.status-retired { background: #f6f8fa; color: #59636e; border-color: #d1d9e0; }
.status-none { background: #f6f8fa; color: #59636e; }
.legend { margin-top: 16px; font-size: 12px; color: var(--muted); }
.legend p { margin: 4px 0; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: middle; border: 1px solid var(--border); }
.swatch.gap { background: var(--gap); border: 2px solid var(--gap-border); }
.swatch.ignored { background: var(--ignored); }
@media print {
  @page { size: landscape; margin: 12mm; }
  body { margin: 0; font-size: 11px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a.title { color: var(--fg); text-decoration: none; }
}
`.trim();

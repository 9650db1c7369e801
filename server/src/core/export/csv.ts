// CSV export in long form — one row per cell and piece, a row with no piece for an empty
// cell — so a spreadsheet can filter and pivot it. The journey map's columns follow the piece's,
// repeated on each row of their cell. Fields are quoted per RFC 4180, and text that a
// spreadsheet would run as a formula is defused.
import type { MatrixCell, MatrixModel } from '../matrixModel';

const COLUMNS = [
  'persona_id', 'persona', 'phase_id', 'phase', 'stage', 'gap', 'ignored', 'count', 'piece_id', 'title', 'type', 'status', 'channel', 'owner', 'date', 'url', 'line',
  'ignored_by', 'emotion', 'moment_of_truth', 'questions', 'touchpoints', 'pains', 'delights', 'kpi_target', 'kpi',
];

export function renderMatrixCsv(model: MatrixModel): string {
  const personas = new Map(model.personas.map((persona) => [persona.id, persona]));
  const phases = new Map(model.phases.map((phase) => [phase.id, phase]));
  const rows: string[][] = [COLUMNS];
  for (const cell of model.cells) {
    const persona = personas.get(cell.persona);
    const phase = phases.get(cell.phase);
    const prefix = [cell.persona, persona?.name ?? cell.persona, cell.phase, phase?.name ?? cell.phase, phase?.stage ?? '', String(cell.gap), String(cell.ignored), String(cell.count)];
    const map = mapColumns(cell);
    if (cell.content.length === 0) rows.push([...prefix, '', '', '', '', '', '', '', '', '', ...map]);
    for (const piece of cell.content) {
      rows.push([...prefix, piece.id ?? '', piece.title, piece.type ?? '', piece.status ?? '', piece.channel ?? '', piece.owner ?? '', piece.date ?? '', piece.url ?? '', String(piece.line), ...map]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Lists joined with `; `, kpis as `metric=value; …`. */
function mapColumns(cell: MatrixCell): string[] {
  const { map } = cell;
  const metrics = (values: Record<string, number>) => Object.entries(values).map(([metric, value]) => `${metric}=${value}`).join('; ');
  return [
    cell.ignoredBy ?? '',
    map.emotion === null ? '' : String(map.emotion),
    String(map.momentOfTruth),
    map.questions.join('; '),
    map.touchpoints.join('; '),
    map.pains.join('; '),
    map.delights.join('; '),
    metrics(map.kpiTarget),
    metrics(cell.kpi),
  ];
}

export function csvField(value: string): string {
  // A plain negative number (an emotion of -1) is no formula; anything else starting like one is defused.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// CSV export in long form — one row per cell and piece, a row with no piece for an empty
// cell — so a spreadsheet can filter and pivot it. Fields are quoted per RFC 4180, and text
// that a spreadsheet would run as a formula is defused.
import type { MatrixModel } from '../matrixModel';

const COLUMNS = ['persona_id', 'persona', 'phase_id', 'phase', 'stage', 'gap', 'ignored', 'count', 'piece_id', 'title', 'type', 'status', 'channel', 'owner', 'date', 'url', 'line'];

export function renderMatrixCsv(model: MatrixModel): string {
  const personas = new Map(model.personas.map((persona) => [persona.id, persona]));
  const phases = new Map(model.phases.map((phase) => [phase.id, phase]));
  const rows: string[][] = [COLUMNS];
  for (const cell of model.cells) {
    const persona = personas.get(cell.persona);
    const phase = phases.get(cell.phase);
    const prefix = [cell.persona, persona?.name ?? cell.persona, cell.phase, phase?.name ?? cell.phase, phase?.stage ?? '', String(cell.gap), String(cell.ignored), String(cell.count)];
    if (cell.content.length === 0) rows.push([...prefix, '', '', '', '', '', '', '', '', '']);
    for (const piece of cell.content) {
      rows.push([...prefix, piece.id ?? '', piece.title, piece.type ?? '', piece.status ?? '', piece.channel ?? '', piece.owner ?? '', piece.date ?? '', piece.url ?? '', String(piece.line)]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

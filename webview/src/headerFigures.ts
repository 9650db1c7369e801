// What the matrix's row and column headers show: each persona row's and phase column's counts
// ("4 pieces · 4/6 filled", as `countLine` counts them) and each column's kpis (`columnKpis`),
// kept from one matrix to the next and updated only where a delta changed cells. A delta keeps
// the objects of what it did not change (`applyMatrixResult`), so a cell is unchanged when it is
// the same object listing the same piece objects: one pointer compare per piece listed. A row's
// or column's pieces are kept as a count per line, so a changed cell costs its own pieces, not
// its row's. A newline typed gives every later piece a new object (its line moved): the cells
// listing them count again.
import type { MatrixView } from '../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../server/src/core/view/labels';
import { countedLine, countText } from '../../server/src/core/view/matrixView';
import { addsKpis, columnKpis, type KpiRow } from '../../server/src/core/mapViews';

export interface Figures {
  /** Per persona row: its counts. */
  rows: string[];
  /** Per phase column: its counts, and its kpis against the targets. */
  columns: { counts: string; kpis: KpiRow[] }[];
}

/** A row or a column: its cells (indexes into the matrix's cells), and per line how often its cells list a piece that counts there. */
interface Line {
  cells: number[];
  lines: Map<number, number>;
}

/** The figures of the matrix last given to `of`, with what they were counted from. */
export class HeaderFigures {
  private model: MatrixView | null = null;
  private rows: Line[] = [];
  private columns: Line[] = [];
  private figures: Figures = { rows: [], columns: [] };

  constructor(private readonly labels: ViewLabels) {}

  /** The figures of `model`: those of the last model, updated where its cells differ. */
  of(model: MatrixView): Figures {
    if (model === this.model) return this.figures;
    const before = this.model;
    const unchanged = before && unchangedCells(before, model);
    this.figures = before && unchanged?.includes(true) ? this.update(before, model, unchanged) : this.build(model);
    this.model = model;
    return this.figures;
  }

  private build(model: MatrixView): Figures {
    const width = model.phases.length;
    this.rows = model.personas.map((_, r) => newLine(model.phases.map((_, c) => r * width + c)));
    this.columns = model.phases.map((_, c) => newLine(model.personas.map((_, r) => r * width + c)));
    for (const line of [...this.rows, ...this.columns]) for (const k of line.cells) count(line, model, k, 1);
    return {
      rows: this.rows.map((row) => this.counts(row, model)),
      columns: this.columns.map((column) => ({ counts: this.counts(column, model), kpis: kpisOf(column, model) })),
    };
  }

  private update(before: MatrixView, model: MatrixView, unchanged: boolean[]): Figures {
    /** The line's changed cells, counted again. */
    const recount = (line: Line): number[] => {
      const changed = line.cells.filter((k) => !unchanged[k]);
      const listed = (m: MatrixView, cells: number[]) => cells.reduce((sum, k) => sum + m.cells[k].pieces.length, 0);
      // Taking out and adding again costs twice the changed cells' pieces: past half the line's, counting it afresh is cheaper.
      if (2 * listed(model, changed) > listed(model, line.cells)) {
        line.lines.clear();
        for (const k of line.cells) count(line, model, k, 1);
      } else {
        for (const k of changed) {
          count(line, before, k, -1);
          count(line, model, k, 1);
        }
      }
      return changed;
    };
    return {
      rows: this.rows.map((row, r) => (recount(row).length === 0 ? this.figures.rows[r] : this.counts(row, model))),
      columns: this.columns.map((column, c) => {
        const changed = recount(column);
        if (changed.length === 0) return this.figures.columns[c];
        const kpisKept = changed.every((k) => sameKpiInputs(before, model, k));
        return { counts: this.counts(column, model), kpis: kpisKept ? this.figures.columns[c].kpis : kpisOf(column, model) };
      }),
    };
  }

  private counts(line: Line, model: MatrixView): string {
    return countText(line.lines.size, line.cells.map((k) => model.cells[k]), this.labels);
  }
}

/** Per cell of `model`: is it `before`'s very cell, listing the very same pieces? Null when the two differ in shape. */
export function unchangedCells(before: MatrixView, model: MatrixView): boolean[] | null {
  if (before.personas.length !== model.personas.length || before.phases.length !== model.phases.length) return null;
  const samePieces = before.pieces === model.pieces;
  return model.cells.map((cell, k) => cell === before.cells[k] && (samePieces || cell.pieces.every((i) => model.pieces[i] === before.pieces[i])));
}

function newLine(cells: number[]): Line {
  return { cells, lines: new Map() };
}

/** Adds (by 1) or takes out (by -1) the pieces cell `k` of `model` lists to the line's counts. */
function count(line: Line, model: MatrixView, k: number, by: 1 | -1): void {
  for (const i of model.cells[k].pieces) {
    const key = countedLine(model.pieces[i]);
    if (key === null) continue;
    const n = (line.lines.get(key) ?? 0) + by;
    if (n === 0) line.lines.delete(key);
    else line.lines.set(key, n);
  }
}

function kpisOf(column: Line, model: MatrixView): KpiRow[] {
  return columnKpis(
    column.cells.map((k) => model.cells[k]),
    (cell) => cell.pieces.map((i) => model.pieces[i]),
  );
}

/** Does cell k give its column's kpis the same in both: the same targets, and the same pieces with kpis (line and kpis), in the same order? */
function sameKpiInputs(before: MatrixView, model: MatrixView, k: number): boolean {
  const [a, b] = [before.cells[k], model.cells[k]];
  if (a.ignored !== b.ignored || !sameNumbers(a.map.kpiTarget, b.map.kpiTarget)) return false;
  // The two cells' pieces with kpis side by side, up to the first that differs.
  let [i, j] = [0, 0];
  for (;;) {
    while (i < a.pieces.length && !addsKpis(before.pieces[a.pieces[i]])) i++;
    while (j < b.pieces.length && !addsKpis(model.pieces[b.pieces[j]])) j++;
    if (i === a.pieces.length || j === b.pieces.length) return i === a.pieces.length && j === b.pieces.length;
    const [x, y] = [before.pieces[a.pieces[i++]], model.pieces[b.pieces[j++]]];
    if (x !== y && (x.line !== y.line || !sameNumbers(x.kpi!, y.kpi!))) return false;
  }
}

/** The same metrics, in the same order, with the same values. */
function sameNumbers(a: Record<string, number>, b: Record<string, number>): boolean {
  const [x, y] = [Object.entries(a), Object.entries(b)];
  return x.length === y.length && x.every(([metric, value], j) => metric === y[j][0] && value === y[j][1]);
}

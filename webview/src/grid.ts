// Keyboard access to the matrix, as a grid: one tab stop; arrow keys, Home/End (with Ctrl: the
// corners) and PageUp/PageDown move between cells; Enter or F2 goes into a cell, where the
// arrows move between its buttons and Escape (or F2) comes back to the cell.

interface GridOptions {
  /** Rows below the drawn ones exist: moving past the last drawn row draws more first. */
  more: boolean;
  drawMore(): void;
}

const cellsOf = (table: Element): HTMLElement[][] =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll<HTMLElement>('td.cell')]).filter((row) => row.length > 0);

const itemsOf = (cell: Element): HTMLButtonElement[] => [...cell.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];

export function handleGridKey(event: KeyboardEvent, options: GridOptions): void {
  const target = event.target as HTMLElement;
  const table = target.closest('table');
  const cell = target.closest<HTMLElement>('td.cell');
  if (!table || !cell) return;

  if (target !== cell) {
    const items = itemsOf(cell);
    const i = items.indexOf(target as HTMLButtonElement);
    if (event.key === 'Escape' || event.key === 'F2') cell.focus();
    else if (event.key === 'ArrowDown' && i >= 0) items[Math.min(i + 1, items.length - 1)].focus();
    else if (event.key === 'ArrowUp' && i >= 0) items[Math.max(i - 1, 0)].focus();
    else return;
    event.preventDefault();
    return;
  }

  const grid = cellsOf(table);
  const r = grid.findIndex((row) => row.includes(cell));
  const c = grid[r].indexOf(cell);
  const last = grid.length - 1;
  const move = (to: HTMLElement | undefined) => to?.focus();
  if (options.more && r === last && ['ArrowDown', 'PageDown', 'End'].includes(event.key)) options.drawMore();
  switch (event.key) {
    case 'ArrowRight': move(grid[r][Math.min(c + 1, grid[r].length - 1)]); break;
    case 'ArrowLeft': move(grid[r][Math.max(c - 1, 0)]); break;
    case 'ArrowDown': move(grid[Math.min(r + 1, last)][c]); break;
    case 'ArrowUp': move(grid[Math.max(r - 1, 0)][c]); break;
    case 'Home': move(event.ctrlKey ? grid[0][0] : grid[r][0]); break;
    case 'End': move(event.ctrlKey ? grid[last][grid[last].length - 1] : grid[r][grid[r].length - 1]); break;
    case 'PageDown': move(grid[last][c]); break;
    case 'PageUp': move(grid[0][c]); break;
    case 'Enter':
    case 'F2': move(itemsOf(cell)[0]); break;
    default:
      return;
  }
  event.preventDefault();
}

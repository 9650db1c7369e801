// The matrix view: personas as rows, phases as columns grouped by stage, a cell per pair. Large
// plans stay readable: a cell lists its first few pieces and "N more"; the compact mode shows
// counts shaded by fullness (large plans open in it); rows are drawn as they scroll into view.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MatrixView as Matrix, ViewCell } from '../../../server/src/protocol/matrixView';
import { COMPACT_FROM_PIECES, countLine, stageGroups } from '../../../server/src/core/view/matrixView';
import { safeHttpUrl } from '../../../server/src/core/view/safeUrl';
import { Cell } from '../components/Cell';
import { handleGridKey } from '../grid';
import type { ViewProps } from './index';

/** Rows drawn at first, and added each time the last drawn one scrolls near. */
const ROW_BATCH = 40;

export function MatrixView({ model, stale, state, labels, actions }: ViewProps) {
  const compact = state.compact ?? model.pieces.length > COMPACT_FROM_PIECES;
  const width = model.phases.length;
  const [rowsDrawn, setRowsDrawn] = useState(ROW_BATCH);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [active, setActive] = useState<{ persona: string; phase: string } | null>(null);
  const sentinel = useRef<HTMLTableRowElement>(null);
  const rows = model.personas.slice(0, rowsDrawn);

  useEffect(() => {
    const row = sentinel.current;
    if (!row) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setRowsDrawn((n) => n + ROW_BATCH);
    }, { rootMargin: '400px' });
    observer.observe(row);
    return () => observer.disconnect();
  }, [rowsDrawn, model.personas.length]);

  const contentOf = (cell: ViewCell) => cell.pieces.map((i) => model.pieces[i]);
  const cellAt = (r: number, c: number) => model.cells[r * width + c];
  const activeIndex = findActive(model, active);
  const groups = stageGroups(model.phases);

  return (
    <>
      <div class="view-options">
        <button type="button" class="button secondary compact-toggle" aria-pressed={compact} title={labels.compactHint} onClick={() => actions.setCompact(!compact)}>
          {labels.compact}
        </button>
      </div>
      <table
        class={`matrix${compact ? ' compact' : ''}`}
        role="grid"
        aria-labelledby="plan-title"
        aria-describedby="coverage-text"
        onKeyDown={(event) => handleGridKey(event, { more: rowsDrawn < model.personas.length, drawMore: () => setRowsDrawn((n) => n + ROW_BATCH) })}
        onFocusIn={(event) => {
          const td = (event.target as HTMLElement).closest('td.cell');
          if (td) setActive({ persona: td.getAttribute('data-persona') ?? '', phase: td.getAttribute('data-phase') ?? '' });
        }}
        onClick={(event) => onMatrixClick(event, actions.post, (k) => setExpanded((set) => new Set(set).add(k)))}
      >
        <caption class="visually-hidden">{labels.caption}</caption>
        <colgroup class="persona-col" />
        {groups.map((group) => (
          <colgroup class={`stage-${group.stage}`} span={group.span} />
        ))}
        <thead>
          <tr class="stage-row">
            <td class="corner" />
            {groups.map((group) => (
              <th class={`stage stage-${group.stage}`} scope="colgroup" colSpan={group.span}>
                {labels.stages[group.stage]}
              </th>
            ))}
          </tr>
          <tr class="phase-row">
            <th class="persona-head" scope="col">
              {labels.persona}
            </th>
            {model.phases.map((phase, c) => (
              <th class={`phase stage-${phase.stage}`} scope="col" data-phase={phase.id}>
                <span class="phase-name">{phase.name}</span>
                <span class="counts">{countLine(model.personas.map((_, r) => cellAt(r, c)), contentOf, labels)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((persona, r) => (
            <tr data-persona={persona.id} key={persona.id}>
              <th class="persona" scope="row">
                <span class="persona-name">{persona.name}</span>
                <span class="counts">{countLine(model.cells.slice(r * width, (r + 1) * width), contentOf, labels)}</span>
              </th>
              {model.phases.map((phase, c) => {
                const k = r * width + c;
                return (
                  <Cell
                    key={phase.id}
                    index={k}
                    cell={model.cells[k]}
                    pieces={model.pieces}
                    persona={persona}
                    phase={phase}
                    minPerCell={model.minPerCell}
                    stale={stale}
                    filters={state.filters}
                    compact={compact}
                    expanded={expanded.has(k)}
                    tabStop={k === activeIndex}
                    labels={labels}
                  />
                );
              })}
            </tr>
          ))}
          {rows.length < model.personas.length && (
            <tr class="rows-pending" ref={sentinel}>
              <td colSpan={width + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </>
  );
}

/** The cell holding the grid's single tab stop: the last one focused, else the first. */
function findActive(model: Matrix, active: { persona: string; phase: string } | null): number {
  if (!active) return 0;
  const r = model.personas.findIndex((p) => p.id === active.persona);
  const c = model.phases.findIndex((p) => p.id === active.phase);
  return r < 0 || c < 0 ? 0 : r * model.phases.length + c;
}

/** A click on a piece (go to its line), its link, "N more", or "Add a content piece here". */
function onMatrixClick(event: MouseEvent, post: ViewProps['actions']['post'], expand: (cell: number) => void): void {
  const action = (event.target as HTMLElement).closest('[data-action]');
  if (!(action instanceof HTMLButtonElement) || action.disabled) return;
  const cell = action.closest('td.cell');
  switch (action.dataset.action) {
    case 'reveal': {
      const line = Number(action.closest('li.piece')?.getAttribute('data-line'));
      if (Number.isInteger(line) && line >= 1) post({ type: 'reveal', line });
      return;
    }
    case 'link': {
      const url = action.dataset.url;
      if (url && safeHttpUrl(url)) post({ type: 'openLink', url });
      return;
    }
    case 'more': {
      const index = Number(cell?.getAttribute('data-index'));
      if (Number.isInteger(index)) expand(index);
      return;
    }
    case 'add': {
      const persona = cell?.getAttribute('data-persona');
      const phase = cell?.getAttribute('data-phase');
      if (persona && phase) post({ type: 'addPiece', persona, phase });
      return;
    }
  }
}

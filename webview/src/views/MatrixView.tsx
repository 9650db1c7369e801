// The matrix view: personas as rows, phases as columns grouped by stage, a cell per pair. Large
// plans stay readable: a cell lists its first few pieces and "N more"; the compact mode shows
// counts shaded by fullness (large plans open in it); rows are drawn as they scroll into view.
// Pieces can be dragged to another cell (pieceActions.ts); the piece the editor's cursor is in is
// highlighted, and its cell — or the persona row the code lens asked for — scrolled into view.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MatrixView as Matrix } from '../../../server/src/protocol/matrixView';
import { COMPACT_FROM_PIECES, stageGroups } from '../../../server/src/core/view/matrixView';
import { safeHttpUrl } from '../../../server/src/core/view/safeUrl';
import { hasEmotions } from '../../../server/src/core/mapViews';
import { Cell } from '../components/Cell';
import { KpiList } from '../components/CellMap';
import { EmotionCurve } from '../components/EmotionCurve';
import { handleGridKey } from '../grid';
import { HeaderFigures } from '../headerFigures';
import { pieceDragging, pieceShortcut } from '../pieceActions';
import type { ViewProps } from './index';

/** Rows drawn at first, and added each time the last drawn one scrolls near. */
const ROW_BATCH = 40;

export function MatrixView({ model, stale, state, labels, actions }: ViewProps) {
  // A large plan's cells come before its pieces: until they do, the cells show their counts only.
  const loading = state.piecesToCome !== null;
  // Without its pieces yet a cell can only show its count: compact, whatever was chosen.
  const compact = loading || (state.compact ?? model.pieces.length > COMPACT_FROM_PIECES);
  const width = model.phases.length;
  const [rowsDrawn, setRowsDrawn] = useState(ROW_BATCH);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [active, setActive] = useState<{ persona: string; phase: string } | null>(null);
  const sentinel = useRef<HTMLTableRowElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const dragging = useMemo(() => pieceDragging(() => modelRef.current, actions.post), [actions.post]);
  const selected = state.selectedLine === null ? -1 : model.pieces.findIndex((piece) => piece.line === state.selectedLine);
  // The rows the selected piece or the asked-for persona is in are drawn, however far down.
  const wanted = Math.max(lastRowOf(model, selected), model.personas.findIndex((p) => p.id === state.showPersona?.persona));
  const rows = model.personas.slice(0, Math.max(rowsDrawn, wanted + 1));

  // Scroll only when the cursor moves to another piece, or the code lens asks: not on every redraw.
  useEffect(() => {
    if (selected < 0) return;
    const at = table.current?.querySelector('li.piece[data-selected="true"]') ?? table.current?.querySelector('td.cell[data-selected="true"]');
    at?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [state.selectedLine, selected >= 0]);
  useEffect(() => {
    const persona = state.showPersona?.persona;
    if (persona === undefined) return;
    const row = [...(table.current?.querySelectorAll('tbody tr[data-persona]') ?? [])].find((tr) => tr.getAttribute('data-persona') === persona);
    row?.scrollIntoView({ block: 'start', inline: 'nearest' });
  }, [state.showPersona?.seq]);

  useEffect(() => {
    const row = sentinel.current;
    if (!row) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setRowsDrawn((n) => n + ROW_BATCH);
    }, { rootMargin: '400px' });
    observer.observe(row);
    return () => observer.disconnect();
  }, [rowsDrawn, model.personas.length]);

  const activeIndex = findActive(model, active);
  const groups = stageGroups(model.phases);
  // The counts of every row and column and each column's kpis: not counted again on a cursor
  // move or a focus change, and a delta counts again only the cells it changed.
  const headerFigures = useMemo(() => new HeaderFigures(labels), [labels]);
  const figures = loading ? null : headerFigures.of(model);

  return (
    <>
      {hasEmotions(model) && <EmotionCurve model={model} labels={labels} />}
      <div class="view-options">
        <button type="button" class="button secondary compact-toggle" aria-pressed={compact} title={labels.compactHint} onClick={() => actions.setCompact(!compact)}>
          {labels.compact}
        </button>
      </div>
      <table
        ref={table}
        class={`matrix${compact ? ' compact' : ''}`}
        role="grid"
        aria-labelledby="plan-title"
        aria-describedby="coverage-text"
        onKeyDown={(event) => {
          if (!stale && pieceShortcut(event, model, actions.post)) return;
          handleGridKey(event, { more: rowsDrawn < model.personas.length, drawMore: () => setRowsDrawn((n) => n + ROW_BATCH) });
        }}
        onDragStart={stale ? undefined : dragging.onDragStart}
        onDragOver={stale ? undefined : dragging.onDragOver}
        onDragLeave={dragging.onDragLeave}
        onDrop={stale ? undefined : dragging.onDrop}
        onDragEnd={dragging.onDragEnd}
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
                <span class="counts">{figures?.columns[c].counts}</span>
                {figures && figures.columns[c].kpis.length > 0 && <KpiList kpis={figures.columns[c].kpis} label={labels.map.kpi} />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((persona, r) => (
            <tr data-persona={persona.id} key={persona.id}>
              <th class="persona" scope="row">
                <span class="persona-name">{persona.name}</span>
                <span class="counts">{figures?.rows[r]}</span>
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
                    loading={loading}
                    expanded={expanded.has(k)}
                    tabStop={k === activeIndex}
                    selected={selected >= 0 && model.cells[k].pieces.includes(selected) ? selected : -1}
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

/** The last persona row with a cell listing the piece; -1 for none. */
function lastRowOf(model: Matrix, piece: number): number {
  if (piece < 0) return -1;
  const width = model.phases.length;
  for (let k = model.cells.length - 1; k >= 0; k--) if (model.cells[k].pieces.includes(piece)) return Math.floor(k / width);
  return -1;
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

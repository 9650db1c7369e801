// One cell of the matrix: its note (gap, not expected), its pieces — the first few, then
// "N more" — or, in compact mode, how many it has, shaded by how full it is; and for a gap,
// "Add a content piece here". Memoized: a redraw after a keystroke draws only the cells whose
// content changed.
import { memo } from 'preact/compat';
import type { ViewCell, ViewPiece } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { cellKind, cellNote, FIRST_PIECES, fullness } from '../../../server/src/core/view/matrixView';
import type { Filters } from '../state';
import { matches } from './FilterBar';
import { PieceItem } from './PieceItem';

interface CellProps {
  index: number;
  cell: ViewCell;
  /** The plan's pieces, which `cell.pieces` index. */
  pieces: readonly ViewPiece[];
  persona: { id: string; name: string };
  phase: { id: string; name: string };
  minPerCell: number;
  stale: boolean;
  filters: Filters;
  compact: boolean;
  expanded: boolean;
  tabStop: boolean;
  labels: ViewLabels;
}

function CellView({ index, cell, pieces, persona, phase, minPerCell, stale, filters, compact, expanded, tabStop, labels }: CellProps) {
  const content = cell.pieces.map((i) => pieces[i]);
  const shown = Object.keys(filters).length === 0 ? content : content.filter((piece) => matches(piece, filters));
  const hidden = content.length - shown.length;
  const note = cellNote(cell, minPerCell, labels);
  let summary = cell.ignored ? labels.notExpectedLabel : cell.gap ? labels.gapLabel(cell.count, minPerCell) : labels.pieces(cell.count);
  const retired = content.filter((piece) => piece.status === 'retired').length;
  if (retired > 0) summary += `, ${labels.retired(retired)}`;
  if (hidden > 0) summary += `, ${labels.hidden(hidden)}`;
  const listed = expanded ? shown : shown.slice(0, FIRST_PIECES);
  const kind = cellKind(cell);
  return (
    <td
      class={compact ? `cell ${kind} compact fill-${fullness(cell, minPerCell)}` : `cell ${kind}`}
      role="gridcell"
      data-persona={persona.id}
      data-phase={phase.id}
      data-gap={String(cell.gap)}
      data-ignored={cell.ignored ? 'true' : undefined}
      data-index={index}
      tabIndex={tabStop ? 0 : -1}
      aria-label={`${persona.name} × ${phase.name}: ${summary}`}
    >
      {note && <p class={note.className}>{note.text}</p>}
      {compact ? (
        <p class="cell-count">{shown.length}</p>
      ) : (
        <>
          {listed.length > 0 && (
            <ul class="pieces">
              {listed.map((piece) => (
                <PieceItem piece={piece} labels={labels} />
              ))}
            </ul>
          )}
          {listed.length < shown.length && (
            <button type="button" class="more-pieces" tabIndex={-1} data-action="more">
              {labels.more(shown.length - listed.length)}
            </button>
          )}
        </>
      )}
      {hidden > 0 && <p class="note hidden-note">{labels.hidden(hidden)}</p>}
      {cell.gap && (
        <button
          // A new element when the plan breaks or is fixed: a removed title would stay behind as title="".
          key={stale ? 'waiting' : 'ready'}
          type="button"
          class="add-piece"
          tabIndex={-1}
          data-action="add"
          aria-label={labels.addLabel(persona.name, phase.name)}
          disabled={stale}
          title={stale ? labels.fixFirst : undefined}
        >
          {labels.add}
        </button>
      )}
    </td>
  );
}

/** Same cell, same referenced pieces, same settings: nothing to draw. */
function unchanged(a: CellProps, b: CellProps): boolean {
  if (a.cell !== b.cell || a.filters !== b.filters || a.stale !== b.stale || a.compact !== b.compact || a.expanded !== b.expanded ||
    a.tabStop !== b.tabStop || a.minPerCell !== b.minPerCell || a.labels !== b.labels || a.index !== b.index ||
    a.persona.id !== b.persona.id || a.persona.name !== b.persona.name || a.phase.id !== b.phase.id || a.phase.name !== b.phase.name) return false;
  return a.pieces === b.pieces || b.cell.pieces.every((i) => a.pieces[i] === b.pieces[i]);
}

export const Cell = memo(CellView, unchanged);

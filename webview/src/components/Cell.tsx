// One cell of the matrix: its note (gap, not expected), its pieces — the first few, then
// "N more" — or, in compact mode, how many it has, shaded by how full it is; and for a gap,
// "Add a content piece here" (any cell has it in its context menu, and as N). Memoized: a
// redraw after a keystroke draws only the cells whose content changed.
import { Component } from 'preact';
import type { ViewCell, ViewPiece } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { cellKind, cellNote, FIRST_PIECES, fullness } from '../../../server/src/core/view/matrixView';
import type { Filters } from '../state';
import { matches } from './FilterBar';
import { CellMap } from './CellMap';
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
  /** The plan's pieces are still on their way (`cell.pieces` indexes them already): the count only. */
  loading: boolean;
  expanded: boolean;
  tabStop: boolean;
  /** The piece the editor's cursor is in, when this cell lists it (index into `pieces`); else -1. */
  selected: number;
  labels: ViewLabels;
}

function CellView({ index, cell, pieces, persona, phase, minPerCell, stale, filters, compact, loading, expanded, tabStop, selected, labels }: CellProps) {
  const content = loading ? [] : cell.pieces.map((i) => pieces[i]);
  const shown = Object.keys(filters).length === 0 ? content : content.filter((piece) => matches(piece, filters));
  const hidden = content.length - shown.length;
  const note = cellNote(cell, minPerCell, labels);
  let summary = cell.ignored ? (cell.ignoredBy === 'stage' ? labels.notInJourneyLabel : labels.notExpectedLabel) : cell.gap ? labels.gapLabel(cell.count, minPerCell) : labels.pieces(cell.count);
  if (cell.map.momentOfTruth) summary += `, ${labels.map.momentOfTruth}`;
  const retired = content.filter((piece) => piece.status === 'retired').length;
  if (retired > 0) summary += `, ${labels.retired(retired)}`;
  if (hidden > 0) summary += `, ${labels.hidden(hidden)}`;
  let listed = expanded ? shown : shown.slice(0, FIRST_PIECES);
  // The piece the cursor is in is listed even past the first few.
  const selectedPiece = selected >= 0 ? pieces[selected] : undefined;
  if (selectedPiece && !listed.includes(selectedPiece) && shown.includes(selectedPiece)) listed = [...listed, selectedPiece];
  const target = { persona: persona.id, phase: phase.id };
  const kind = cellKind(cell);
  return (
    <td
      class={`${compact ? `cell ${kind} compact fill-${fullness(cell, minPerCell)}` : `cell ${kind}`}${selectedPiece ? ' selected' : ''}`}
      role="gridcell"
      data-persona={persona.id}
      data-phase={phase.id}
      data-gap={String(cell.gap)}
      data-ignored={cell.ignored ? 'true' : undefined}
      data-expected={cell.ignored ? 'false' : undefined}
      data-ignored-by={cell.ignoredBy ?? undefined}
      data-moment-of-truth={cell.map.momentOfTruth ? 'true' : undefined}
      data-index={index}
      data-selected={selectedPiece ? 'true' : undefined}
      data-vscode-context={JSON.stringify({ webviewSection: stale ? 'stale' : 'cell', preventDefaultContextMenuItems: true, ...target })}
      aria-keyshortcuts={stale ? '' : 'N'}
      tabIndex={tabStop ? 0 : -1}
      aria-label={`${persona.name} × ${phase.name}: ${summary}`}
    >
      {note && <p class={note.className}>{note.text}</p>}
      {compact ? (
        <p class="cell-count">{loading ? cell.pieces.length : shown.length}</p>
      ) : (
        <>
          <CellMap cell={cell} labels={labels} />
          {listed.length > 0 && (
            <ul class="pieces">
              {listed.map((piece) => (
                <PieceItem piece={piece} cell={target} selected={piece === selectedPiece} editable={!stale} labels={labels} />
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
  if (a.cell !== b.cell || a.filters !== b.filters || a.stale !== b.stale || a.compact !== b.compact || a.loading !== b.loading || a.expanded !== b.expanded ||
    a.tabStop !== b.tabStop || a.selected !== b.selected || a.minPerCell !== b.minPerCell || a.labels !== b.labels || a.index !== b.index ||
    a.persona.id !== b.persona.id || a.persona.name !== b.persona.name || a.phase.id !== b.phase.id || a.phase.name !== b.phase.name) return false;
  return a.pieces === b.pieces || b.cell.pieces.every((i) => a.pieces[i] === b.pieces[i]);
}

// A class for shouldComponentUpdate rather than preact/compat's memo: compat would rewrite the props of every element drawn.
export class Cell extends Component<CellProps> {
  override shouldComponentUpdate(next: CellProps): boolean {
    return !unchanged(this.props, next);
  }

  override render(props: CellProps) {
    return CellView(props);
  }
}

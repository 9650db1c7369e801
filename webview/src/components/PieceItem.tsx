// A piece in a cell: a button that goes to its line (title, type chip, status badge, channel ·
// owner · date), and — for an http(s) url only — a button that opens it. It can be dragged to
// another cell, and its context menu (data-vscode-context) moves it or changes its status.
import type { ViewPiece } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { statusClass } from '../../../server/src/core/view/matrixView';
import { safeHttpUrl } from '../../../server/src/core/view/safeUrl';

interface PieceItemProps {
  piece: ViewPiece;
  /** The cell it is drawn in: what a move changes, and its context menu's argument. */
  cell: { persona: string; phase: string };
  /** The editor's cursor is in it. */
  selected: boolean;
  /** Drags and edits are off while the matrix is not the text's (a syntax error). */
  editable: boolean;
  labels: ViewLabels;
}

export function PieceItem({ piece, cell, selected, editable, labels }: PieceItemProps) {
  const title = piece.title || labels.untitled;
  const meta = [piece.channel, piece.owner, piece.date].filter((part): part is string => !!part);
  const described = [title, piece.type, piece.status, ...meta].filter(Boolean).join(', ');
  const url = safeHttpUrl(piece.url);
  return (
    <li
      class={`piece ${statusClass(piece.status)}${piece.status === 'retired' ? ' retired' : ''}${selected ? ' selected' : ''}`}
      data-line={String(piece.line)}
      data-selected={selected ? 'true' : undefined}
      draggable={editable}
      // A matrix under a syntax error banner is not the text's: its menu has no edits ('stale').
      data-vscode-context={JSON.stringify({ webviewSection: editable ? 'piece' : 'stale', preventDefaultContextMenuItems: true, line: piece.line, title: piece.title, ...cell })}
    >
      <button
        type="button"
        class="piece-open"
        tabIndex={-1}
        data-action="reveal"
        aria-label={`${described}. ${labels.goTo(piece.line)}`}
        aria-keyshortcuts={editable ? 'M S N' : ''}
        aria-current={selected ? 'true' : undefined}
        title={labels.goTo(piece.line)}
      >
        <span class="piece-title">{title}</span>
        <span class="piece-tags">
          {piece.type && <span class="chip">{piece.type}</span>}
          {piece.status && <span class={`badge ${statusClass(piece.status)}`}>{piece.status}</span>}
        </span>
        {meta.length > 0 && <span class="piece-meta">{meta.join(' · ')}</span>}
      </button>
      {url && (
        <button type="button" class="piece-link" tabIndex={-1} data-action="link" data-url={piece.url ?? ''} title={piece.url ?? ''} aria-label={labels.open(piece.url ?? '')}>
          ↗
        </button>
      )}
    </li>
  );
}

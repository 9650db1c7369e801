// A piece in a cell: a button that goes to its line (title, type chip, status badge, channel ·
// owner · date), and — for an http(s) url only — a button that opens it.
import type { ViewPiece } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { statusClass } from '../../../server/src/core/view/matrixView';
import { safeHttpUrl } from '../../../server/src/core/view/safeUrl';

export function PieceItem({ piece, labels }: { piece: ViewPiece; labels: ViewLabels }) {
  const title = piece.title || labels.untitled;
  const meta = [piece.channel, piece.owner, piece.date].filter((part): part is string => !!part);
  const described = [title, piece.type, piece.status, ...meta].filter(Boolean).join(', ');
  const url = safeHttpUrl(piece.url);
  return (
    <li class={`piece ${statusClass(piece.status)}${piece.status === 'retired' ? ' retired' : ''}`} data-line={String(piece.line)}>
      <button type="button" class="piece-open" tabIndex={-1} data-action="reveal" aria-label={`${described}. ${labels.goTo(piece.line)}`} title={labels.goTo(piece.line)}>
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

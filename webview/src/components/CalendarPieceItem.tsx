// A piece in the calendar view (a day, the undated list, the agenda): a button that goes to its
// line, with its phases (a colour each, and the name), status badge, personas and owner, and how
// late it is. `data-date`, `data-line` and `data-overdue` say what the piece is to a test or a tool.
import type { ViewLabels } from '../../../server/src/core/view/labels';
import type { CalendarPiece } from '../../../server/src/core/view/calendarView';
import { statusClass } from '../../../server/src/core/view/matrixView';

/** Phase colours (media/preview.css: phase-color-0 … 5), repeated for longer journeys. */
const PHASE_COLORS = 6;

export function CalendarPieceItem({ item, labels }: { item: CalendarPiece; labels: ViewLabels }) {
  const { piece } = item;
  const title = piece.title || labels.untitled;
  const personas = item.personas.map((persona) => persona.name).join(', ');
  const meta = [personas, piece.owner].filter((part): part is string => !!part);
  const late = item.overdueDays > 0 ? labels.calendar.daysLate(item.overdueDays) : null;
  const described = [title, ...item.phases.map((phase) => phase.name), piece.status, ...meta, piece.date, late].filter(Boolean).join(', ');
  return (
    <li
      class={`cal-piece ${statusClass(piece.status)}${piece.status === 'retired' ? ' retired' : ''}${late ? ' overdue' : ''}`}
      data-date={piece.date ?? undefined}
      data-line={String(piece.line)}
      data-overdue={String(late !== null)}
    >
      <button type="button" class="piece-open" data-action="reveal" aria-label={`${described}. ${labels.goTo(piece.line)}`} title={labels.goTo(piece.line)}>
        <span class="piece-title">{title}</span>
        <span class="piece-tags">
          {item.phases.map((phase) => (
            <span class={`phase-tag phase-color-${phase.index % PHASE_COLORS}`} data-phase={phase.id}>
              {phase.name}
            </span>
          ))}
          {piece.status && <span class={`badge ${statusClass(piece.status)}`}>{piece.status}</span>}
          {late && <span class="overdue-mark">{late}</span>}
        </span>
        {meta.length > 0 && <span class="piece-meta">{meta.join(' · ')}</span>}
      </button>
    </li>
  );
}

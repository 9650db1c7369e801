// The calendar view: the month's dated pieces day by day (weeks from Monday, as the core's
// `monthGrid` lays them out), a way to move between months, the undated pieces apart, and the
// agenda — overdue and the next 4 weeks, grouped by owner (the core's `agenda`). The matrix's
// filters apply. It opens on today's month, or on the nearest month with a dated piece when
// today's has none (initialMonth); the month chosen is kept with the page's state.
import { useMemo } from 'preact/hooks';
import { agenda, type OwnerGroup } from '../../../server/src/core/calendar/agenda';
import { monthGrid } from '../../../server/src/core/calendar/month';
import { formatDate, localDate, shiftMonth } from '../../../server/src/core/dates';
import { calendarPieces, initialMonth, type CalendarPiece } from '../../../server/src/core/view/calendarView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { CalendarPieceItem } from '../components/CalendarPieceItem';
import { matches } from '../components/FilterBar';
import type { ViewProps } from './index';

export function CalendarView({ model, state, labels, actions }: ViewProps) {
  const filters = state.filters;
  const items = useMemo(() => calendarPieces(model, (piece) => matches(piece, filters)), [model, filters]);
  // The server's today (overdue and the agenda need it); the page's own only to pick a month without one.
  const today = model.today ?? localDate(new Date());
  // From every piece, not the filtered ones: a filter does not move the month.
  const shown = state.month ? { year: Number(state.month.slice(0, 4)), month: Number(state.month.slice(5, 7)) } : initialMonth(model.pieces.map((piece) => piece.date), today);
  const grid = monthGrid(shown.year, shown.month, items);
  const undated = items.filter((item) => item.date === null);
  const toMonth = (by: number) => {
    const next = shiftMonth(shown.year, shown.month, by);
    actions.setMonth(monthKey(next.year, next.month));
  };

  return (
    <div
      class="calendar-view"
      onClick={(event) => {
        const button = (event.target as HTMLElement).closest('[data-action="reveal"]');
        const line = Number(button?.closest('li.cal-piece')?.getAttribute('data-line'));
        if (button && Number.isInteger(line) && line >= 1) actions.post({ type: 'reveal', line });
      }}
    >
      <div class="view-options calendar-nav">
        <button type="button" class="button secondary" data-nav="previous" aria-label={labels.previousMonth} title={labels.previousMonth} onClick={() => toMonth(-1)}>
          ‹
        </button>
        <h2 id="calendar-month" class="calendar-month" aria-live="polite" data-month={monthKey(shown.year, shown.month)}>
          {`${labels.calendar.months[shown.month - 1]} ${shown.year}`}
        </h2>
        <button type="button" class="button secondary" data-nav="next" aria-label={labels.nextMonth} title={labels.nextMonth} onClick={() => toMonth(1)}>
          ›
        </button>
        <button type="button" class="button secondary" data-nav="today" onClick={() => actions.setMonth(today.slice(0, 7))}>
          {labels.calendar.today}
        </button>
      </div>
      <table class="calendar" aria-labelledby="calendar-month">
        <caption class="visually-hidden">{labels.calendarCaption}</caption>
        <thead>
          <tr>
            {labels.weekdays.map((day) => (
              <th scope="col">{day}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr>
              {week.map((day) => (
                <td class={`day${day.inMonth ? '' : ' outside'}${day.date === today ? ' today' : ''}`} data-day={day.date} aria-current={day.date === today ? 'date' : undefined}>
                  <span class="day-number">{String(Number(day.date.slice(8, 10)))}</span>
                  {day.items.length > 0 && <PieceList items={day.items} labels={labels} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section class="undated" aria-labelledby="undated-title">
        <h2 id="undated-title">{labels.calendar.undated}</h2>
        {undated.length > 0 ? <PieceList items={undated} labels={labels} /> : <p class="note">{labels.calendar.nothing}</p>}
      </section>
      {model.today && <Agenda items={items} today={model.today} labels={labels} />}
    </div>
  );
}

/** `YYYY-MM`, as the page's state keeps the month. */
const monthKey = (year: number, month: number) => formatDate(year, month, 1).slice(0, 7);

function Agenda({ items, today, labels }: { items: CalendarPiece[]; today: string; labels: ViewLabels }) {
  const { from, to, overdue, upcoming } = agenda(items, today);
  return (
    <section class="agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{labels.agenda}</h2>
      <OwnerGroups id="agenda-overdue" title={labels.calendar.overdue} groups={overdue} labels={labels} />
      <OwnerGroups id="agenda-upcoming" title={labels.calendar.nextWeeks(from, to)} groups={upcoming} labels={labels} />
    </section>
  );
}

function OwnerGroups({ id, title, groups, labels }: { id: string; title: string; groups: OwnerGroup<CalendarPiece>[]; labels: ViewLabels }) {
  return (
    <section id={id} class="agenda-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {groups.length === 0 && <p class="note">{labels.calendar.nothing}</p>}
      {groups.map((group) => (
        <div class="owner-group" data-owner={group.owner ?? ''}>
          <h4>{group.owner ?? labels.calendar.noOwner}</h4>
          <PieceList items={group.items} labels={labels} />
        </div>
      ))}
    </section>
  );
}

function PieceList({ items, labels }: { items: CalendarPiece[]; labels: ViewLabels }) {
  return (
    <ul class="pieces">
      {items.map((item) => (
        <CalendarPieceItem key={item.piece.line} item={item} labels={labels} />
      ))}
    </ul>
  );
}

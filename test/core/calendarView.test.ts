// The calendar view's pieces (from the matrix as the preview has it) and the month it opens on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { MatrixResults } from '../../server/src/core/matrixResults';
import { calendarPieces, initialMonth } from '../../server/src/core/view/calendarView';
import { applyMatrixResult } from '../../server/src/protocol/matrixView';

const PLAN = `journey: Kalender
model: b2b
personas:
  - id: cfo
    name: Carla, CFO
  - id: it
    name: Ivo, IT
content:
  - title: Everyone
    persona: "*"
    phase: [engage, awareness]
    status: draft
    owner: Sanne
    date: 2026-03-02
  - title: Done
    persona: it
    phase: purchase
    status: published
    date: 2026-03-01
  - title: No date
    persona: cfo
    phase: awareness
`;

const viewOn = (today: string | undefined) => applyMatrixResult(null, new MatrixResults().answer(analyze(PLAN, { today })))!;

describe('calendar view pieces', () => {
  test('the server sends its today with the matrix', () => {
    assert.equal(viewOn('2026-03-15').today, '2026-03-15');
    assert.equal(viewOn(undefined).today, null);
  });

  test('each piece once, with the personas and phases of its cells in plan order, and days late by the core\'s rule', () => {
    const items = calendarPieces(viewOn('2026-03-15'), () => true);
    assert.deepEqual(items.map((item) => [item.piece.title, item.date, item.owner, item.overdueDays]), [
      ['Everyone', '2026-03-02', 'Sanne', 13],
      ['Done', '2026-03-01', null, 0],
      ['No date', null, null, 0],
    ]);
    assert.deepEqual(items[0].personas, [{ id: 'cfo', name: 'Carla, CFO', stage: 'both' }, { id: 'it', name: 'Ivo, IT', stage: 'both' }]);
    assert.deepEqual(items[0].phases, [{ id: 'awareness', name: 'Awareness', index: 0 }, { id: 'engage', name: 'Engage', index: 4 }]);
    assert.deepEqual(items[1].phases, [{ id: 'purchase', name: 'Purchase', index: 2 }]);
  });

  test('without a today nothing is late; a filter leaves pieces out', () => {
    assert.deepEqual(calendarPieces(viewOn(undefined), () => true).map((item) => item.overdueDays), [0, 0, 0]);
    assert.deepEqual(calendarPieces(viewOn('2026-03-15'), (piece) => piece.status === 'published').map((item) => item.piece.title), ['Done']);
  });
});

describe('the month the calendar opens on', () => {
  test('today\'s, when a piece is dated in it or none is dated', () => {
    assert.deepEqual(initialMonth(['2026-01-04', '2026-03-31', null], '2026-03-15'), { year: 2026, month: 3 });
    assert.deepEqual(initialMonth([null], '2026-03-15'), { year: 2026, month: 3 });
  });

  test('else the first dated month after today, else the last before it', () => {
    assert.deepEqual(initialMonth(['2026-09-01', '2026-01-04', '2026-05-20'], '2026-03-15'), { year: 2026, month: 5 });
    assert.deepEqual(initialMonth(['2025-11-30', '2026-01-04'], '2026-03-15'), { year: 2026, month: 1 });
  });
});

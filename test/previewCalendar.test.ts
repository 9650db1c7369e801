// Render tests of the preview's Calendar view, in headless Chromium: the month grid (Monday
// first), each piece's data-date / data-line / data-overdue, the undated list, moving between
// months (kept with the page's state), the shared filters, going to the source, the agenda.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type PreviewPage, previewsInChromium, update, wholeResult } from './preview/harness';
import { modelFromPlan } from './preview/models';

const TODAY = '2026-03-15';

const PLAN = `journey: Kalendertest
model: b2b
personas:
  - id: cfo
    name: Carla, CFO
  - id: it
    name: Ivo, IT
content:
  - title: Late draft
    persona: cfo
    phase: awareness
    status: draft
    owner: Sanne
    date: 2026-03-02
  - title: Published earlier
    persona: it
    phase: consideration
    status: published
    owner: Bram
    date: 2026-03-05
  - title: Due today
    persona: "*"
    phase: purchase
    status: review
    date: 2026-03-15
  - title: Next month
    persona: it
    phase: [awareness, engage]
    status: planned
    owner: Bram
    date: 2026-04-02
  - title: Undated idea
    persona: cfo
    phase: awareness
    status: idea
    owner: Sanne
`;


/** A preview of PLAN on TODAY, switched to the Calendar view. */
const withCalendar = previewsInChromium(async (preview) => {
  await preview.send(update(wholeResult(modelFromPlan(PLAN), TODAY)));
  await preview.page.click('button.view-tab[data-view="calendar"]');
});

/** Title, data-date, data-overdue and data-line of the pieces under `selector`. */
const piecesIn = (preview: PreviewPage, selector: string) =>
  preview.page.$$eval(`${selector} li.cal-piece`, (lis: any[]) => lis.map((li) => [li.querySelector('.piece-title').textContent, li.dataset.date ?? null, li.dataset.overdue, li.dataset.line]));

describe('preview calendar view', () => {
  test('opens on today\'s month: weeks from Monday, each dated piece on its day with data-date, data-line and data-overdue', async () => {
    await withCalendar(async (preview) => {
      const { page, state } = preview;
      assert.equal((await state())?.view, 'calendar');
      assert.equal(await page.getAttribute('button.view-tab[data-view="calendar"]', 'aria-selected'), 'true');
      assert.equal(await page.textContent('#calendar-month'), 'March 2026');
      assert.deepEqual(await page.$$eval('table.calendar thead th', (ths: any[]) => ths.map((th) => th.textContent)), ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      // 1 March 2026 is a Sunday: the first week starts on Monday 23 February; 31 March is a Tuesday.
      const days = await page.$$eval('table.calendar td.day', (tds: any[]) => tds.map((td) => td.dataset.day));
      assert.equal(days.length, 42);
      assert.deepEqual([days[0], days[6], days[7], days[41]], ['2026-02-23', '2026-03-01', '2026-03-02', '2026-04-05']);
      assert.equal(await page.getAttribute('td.day[data-day="2026-03-15"]', 'aria-current'), 'date');
      assert.deepEqual(await piecesIn(preview, 'table.calendar'), [
        ['Late draft', '2026-03-02', 'true', '9'],
        ['Published earlier', '2026-03-05', 'false', '15'],
        ['Due today', '2026-03-15', 'false', '21'],
        ['Next month', '2026-04-02', 'false', '26'],
      ]);
      // The days of the next month that fill the last week show their pieces too, muted.
      assert.deepEqual(await piecesIn(preview, 'td.day.outside[data-day="2026-04-02"]'), [['Next month', '2026-04-02', 'false', '26']]);
      assert.deepEqual(await piecesIn(preview, 'td.day[data-day="2026-03-02"]'), [['Late draft', '2026-03-02', 'true', '9']]);
      // Phase (colour and name), status badge, persona and owner, and how late.
      const late = page.locator('table.calendar li.cal-piece[data-line="9"]');
      assert.equal(await late.locator('.phase-tag').textContent(), 'Awareness');
      assert.equal(await late.locator('.phase-tag').getAttribute('class'), 'phase-tag phase-color-0');
      assert.equal(await late.locator('.badge').textContent(), 'draft');
      assert.equal(await late.locator('.piece-meta').textContent(), 'Carla, CFO · Sanne');
      assert.equal(await late.locator('.overdue-mark').textContent(), '13 days late');
      // A piece for every persona names them all; it has no owner.
      assert.equal(await page.textContent('table.calendar li.cal-piece[data-line="21"] .piece-meta'), 'Carla, CFO, Ivo, IT');
      assert.equal(await page.textContent('table.calendar li.cal-piece[data-line="21"] .phase-tag'), 'Purchase');
      // Undated pieces apart.
      assert.deepEqual(await piecesIn(preview, '.undated'), [['Undated idea', null, 'false', '32']]);
    });
  });

  test('moves between months, and keeps the month with the page\'s state', async () => {
    await withCalendar(async (preview) => {
      const { page, state } = preview;
      await page.click('button[data-nav="next"]');
      assert.equal(await page.textContent('#calendar-month'), 'April 2026');
      assert.equal((await state())?.month, '2026-04');
      assert.deepEqual(await piecesIn(preview, 'table.calendar'), [['Next month', '2026-04-02', 'false', '26']]);
      // April's grid starts on Monday 30 March: the last March days are shown too, outside the month.
      assert.equal(await page.getAttribute('table.calendar td.day', 'data-day'), '2026-03-30');
      assert.equal(await page.getAttribute('table.calendar td.day', 'class'), 'day outside');
      assert.deepEqual(await page.$$eval('table.calendar li.cal-piece .phase-tag', (els: any[]) => els.map((e) => `${e.textContent}:${e.className}`)),
        ['Awareness:phase-tag phase-color-0', 'Engage:phase-tag phase-color-4']);
      await page.click('button[data-nav="previous"]');
      await page.click('button[data-nav="previous"]');
      assert.equal(await page.textContent('#calendar-month'), 'February 2026');
      assert.deepEqual(await piecesIn(preview, 'table.calendar'), []);
      assert.equal((await state())?.month, '2026-02');
      await page.click('button[data-nav="today"]');
      assert.equal(await page.textContent('#calendar-month'), 'March 2026');
      assert.equal((await state())?.month, '2026-03');
    });
  });

  test('the matrix\'s filters apply; a click or Enter on a piece goes to its line', async () => {
    await withCalendar(async (preview) => {
      const { page, posted } = preview;
      await page.selectOption('select[data-filter="owner"]', { label: 'Sanne' });
      assert.deepEqual(await piecesIn(preview, 'table.calendar'), [['Late draft', '2026-03-02', 'true', '9']]);
      assert.deepEqual(await piecesIn(preview, '.undated'), [['Undated idea', null, 'false', '32']]);
      await page.click('table.calendar li.cal-piece[data-line="9"] button');
      await page.focus('.undated li.cal-piece[data-line="32"] button');
      await page.keyboard.press('Enter');
      assert.deepEqual((await posted()).filter((m) => m.type === 'reveal'), [{ type: 'reveal', line: 9 }, { type: 'reveal', line: 32 }]);
      await page.click('button.clear-filters');
      assert.equal(await page.locator('table.calendar li.cal-piece').count(), 4);
    });
  });

  test('the agenda lists overdue and the next 4 weeks, grouped by owner (nobody\'s last)', async () => {
    await withCalendar(async ({ page }) => {
      const groups = (id: string) => page.$$eval(`#${id} .owner-group`, (divs: any[]) =>
        divs.map((div) => [div.querySelector('h4').textContent, ...[...div.querySelectorAll('li.cal-piece')].map((li: any) => `${li.dataset.date} ${li.querySelector('.piece-title').textContent}`)]));
      assert.equal(await page.textContent('#agenda-overdue h3'), 'Overdue');
      assert.deepEqual(await groups('agenda-overdue'), [['Sanne', '2026-03-02 Late draft']]);
      assert.equal(await page.textContent('#agenda-upcoming h3'), 'Next 4 weeks (2026-03-15 to 2026-04-11)');
      assert.deepEqual(await groups('agenda-upcoming'), [['Bram', '2026-04-02 Next month'], ['No owner', '2026-03-15 Due today']]);
    });
  });

  test('speaks Dutch', async () => {
    await withCalendar(async ({ page }) => {
      assert.equal(await page.textContent('button.view-tab[data-view="calendar"]'), 'Kalender');
      assert.equal(await page.textContent('#calendar-month'), 'maart 2026');
      assert.deepEqual(await page.$$eval('table.calendar thead th', (ths: any[]) => ths.map((th) => th.textContent)), ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
      assert.equal(await page.textContent('#agenda-upcoming h3'), 'Komende 4 weken (2026-03-15 tot en met 2026-04-11)');
      assert.equal(await page.textContent('table.calendar li.cal-piece[data-line="9"] .overdue-mark'), '13 dagen te laat');
    }, { locale: 'nl' });
  });
});

// The journey map in the preview webview, in headless Chromium: the emotion curve per persona,
// moments of truth and not-expected cells marked, a cell's map on demand, kpis against their
// targets per cell and per phase column, and the Actions view with its 2 × 2 grid.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { previewsInChromium, update } from './preview/harness';
import { modelFromPlan } from './preview/models';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const getComputedStyle: any;

const PLAN = `journey: Klantreis
model: b2b
personas:
  - { id: klant, name: Karin, stage: customer }
  - { id: it, name: Ivo }
content:
  - { title: Gids, persona: "*", phase: [awareness, engage], kpi: { leads: 12 } }
  - { title: Welkom, persona: [it, klant], phase: initiate, kpi: { leads: 5 } }
map:
  - persona: it
    phase: awareness
    questions: [Wat kost het?]
    touchpoints: [website, beurs]
    emotion: -1
    pains: [Te veel keuze]
    moment-of-truth: true
    kpi: { leads: 20 }
  - { persona: "*", phase: [initiate, engage], emotion: 2 }
actions:
  - { title: Chatbot, term: short, impact: high, owner: Sanne }
  - { title: Portaal, term: long, impact: high }
  - { title: FAQ, term: short, impact: low, status: idea }
`;


/** A preview of PLAN. */
const withPreview = previewsInChromium((preview) => preview.send(update(modelFromPlan(PLAN))));

const cell = (persona: string, phase: string) => `td.cell[data-persona="${persona}"][data-phase="${phase}"]`;

describe('the journey map in the preview', () => {
  test('draws the emotion curve per persona, in theme colours, a moment of truth as a larger dot', async () => {
    await withPreview(async ({ page }) => {
      assert.equal(await page.textContent('.emotion-curve h2'), 'Emotion curve');
      const series = await page.$$eval('.emotion-curve g.series', (groups: any[]) =>
        groups.map((g) => ({ persona: g.dataset.persona, series: g.getAttribute('class'), lines: g.querySelectorAll('polyline').length, dots: [...g.querySelectorAll('circle')].map((c: any) => `${c.dataset.phase}:${c.dataset.emotion}${c.dataset.momentOfTruth ? '*' : ''}`) })),
      );
      assert.deepEqual(series, [
        { persona: 'klant', series: 'series series-0', lines: 1, dots: ['initiate:2', 'engage:2'] },
        { persona: 'it', series: 'series series-1', lines: 1, dots: ['awareness:-1*', 'initiate:2', 'engage:2'] },
      ]);
      // Ivo's line breaks where no emotion is given: awareness alone, then initiate–engage.
      assert.equal(await page.$eval('.emotion-curve g.series[data-persona="it"] circle[data-moment-of-truth="true"]', (c: any) => c.getAttribute('r')), '7');
      // The theme's chart colours: the light test theme's blue and orange.
      const colours = await page.$$eval('.emotion-curve g.series polyline', (lines: any[]) => lines.map((line) => getComputedStyle(line).stroke));
      assert.equal(new Set(colours).size, 2);
      for (const colour of colours) assert.match(colour, /^rgb\(\d+, \d+, \d+\)$/);
    });
  });

  test('marks moments of truth and not-expected cells with their reason', async () => {
    await withPreview(async ({ page }) => {
      assert.deepEqual(await page.$$eval('td.cell[data-moment-of-truth="true"]', (tds: any[]) => tds.map((td) => `${td.dataset.persona}×${td.dataset.phase}`)), ['it×awareness']);
      assert.equal(await page.textContent(`${cell('it', 'awareness')} .mot`), '★ Moment of truth');
      assert.match((await page.getAttribute(cell('it', 'awareness'), 'aria-label')) ?? '', /, Moment of truth$/);
      const outside = cell('klant', 'awareness');
      assert.equal(await page.getAttribute(outside, 'data-expected'), 'false');
      assert.equal(await page.getAttribute(outside, 'data-ignored-by'), 'stage');
      assert.equal(await page.textContent(`${outside} .note`), "Not in this persona's journey");
      assert.equal(await page.getAttribute(cell('it', 'awareness'), 'data-expected'), null);
    });
  });

  test("shows a cell's emotion and kpis, and its questions, touchpoints and pains on demand", async () => {
    await withPreview(async ({ page }) => {
      const it = cell('it', 'awareness');
      assert.equal(await page.textContent(`${it} .emotion`), 'Emotion: -1 (negative)');
      assert.deepEqual(await page.$$eval(`${it} ul.kpis li`, (lis: any[]) => lis.map((li) => [li.textContent, li.className])), [['leads 12 / 20', 'below']]);
      assert.equal(await page.isVisible(`${it} details.cell-map dd`), false, 'folded until asked');
      await page.click(`${it} details.cell-map summary`);
      assert.deepEqual(await page.$$eval(`${it} details.cell-map dt, ${it} details.cell-map dd`, (items: any[]) => items.map((item) => item.textContent)),
        ['Questions', 'Wat kost het?', 'Touchpoints', 'website', 'beurs', 'Pains', 'Te veel keuze']);
      assert.equal(await page.textContent(`${it} details.cell-map summary`), 'Journey map (4)');
      // Per phase column: Welkom serves both personas in initiate but counts once.
      assert.deepEqual(await page.$$eval('thead th.phase[data-phase="initiate"] ul.kpis li', (lis: any[]) => lis.map((li) => li.textContent)), ['leads 5']);
      assert.deepEqual(await page.$$eval('thead th.phase[data-phase="awareness"] ul.kpis li', (lis: any[]) => lis.map((li) => li.textContent)), ['leads 12 / 20']);
    });
  });

  test('the Actions view: each action in its term × impact quadrant, a click goes to its line', async () => {
    await withPreview(async ({ page, posted, state }) => {
      assert.deepEqual(await page.$$eval('button.view-tab', (tabs: any[]) => tabs.map((tab) => tab.textContent)), ['Matrix', 'Actions', 'Calendar']);
      await page.click('button.view-tab[data-view="actions"]');
      assert.equal(await page.locator('table.matrix').count(), 0);
      const quadrants = await page.$$eval('.actions-grid .quadrant', (sections: any[]) =>
        sections.map((s) => [s.dataset.term, s.dataset.impact, [...s.querySelectorAll('.action-title')].map((t: any) => t.textContent)]));
      assert.deepEqual(quadrants, [
        ['short', 'high', ['Chatbot']],
        ['long', 'high', ['Portaal']],
        ['short', 'low', ['FAQ']],
        ['long', 'low', []],
      ]);
      await page.click('.quadrant[data-term="long"][data-impact="high"] .action-open');
      assert.deepEqual((await posted()).at(-1), { type: 'reveal', line: 21 });
      assert.equal((await state())?.view, 'actions', 'the chosen view is kept');
    });
  });

  test('in Dutch', async () => {
    await withPreview(async ({ page }) => {
      assert.equal(await page.textContent('.emotion-curve h2'), 'Emotiecurve');
      assert.equal(await page.textContent(`${cell('klant', 'awareness')} .note`), 'Niet in de reis van deze persona');
      await page.click('button.view-tab[data-view="actions"]');
      assert.equal(await page.textContent('.quadrant[data-term="short"][data-impact="high"] h3'), 'Veel impact · Korte termijn');
    }, { locale: 'nl' });
  });
});

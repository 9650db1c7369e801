// Render tests of the preview webview (media/preview.js + preview.css in the page built by
// renderPreviewShell), in headless Chromium: structure, gaps, ignored cells, filters, hostile
// text, keyboard navigation, messages to the extension, broken YAML, scroll, restore, themes.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { previewsInChromium, update, wholeResult } from './preview/harness';
import { brokenModel, HOSTILE, hostileModel, modelFromPlan, PLAN_URI, samplePlanText, tallPlanText } from './preview/models';
import { TEST_RESULTS } from './preview/paths';
import { FIRST_PIECES, fullness } from '../server/src/core/view/matrixView';
import { IncrementalAnalyzer } from '../server/src/core/incremental';
import { MatrixResults } from '../server/src/core/matrixResults';
import { withoutPieces, type MatrixResult } from '../server/src/protocol';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any, getComputedStyle: any, MutationObserver: any;


/** Runs the body on a fresh preview page, failing on any page error, CSP violation or dialog. */
const withPreview = previewsInChromium();

const cellSelector = (persona: string, phase: string) => `td.cell[data-persona="${persona}"][data-phase="${phase}"]`;

describe('preview webview', () => {
  test('says ready first, under the strict CSP, before any data', async () => {
    await withPreview(async ({ page, posted }) => {
      assert.deepEqual(await posted(), [{ type: 'ready' }]);
      const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      assert.match(csp ?? '', /^default-src 'none'; style-src https:\/\/journey-webview\.test; script-src 'nonce-[A-Za-z0-9+/]+'; img-src /);
      assert.equal(await page.locator('table').count(), 0);
      assert.equal(await page.textContent('#placeholder'), 'Loading the plan…');
    });
  });

  test('says when an update is on screen: "painted" with its resultId, once a frame has been painted', async () => {
    await withPreview(async ({ page, send, paints }) => {
      const whole = wholeResult(modelFromPlan(samplePlanText()));
      await send(update(whole));
      await page.waitForFunction(() => window.__posted.some((message: { type: string }) => message.type === 'painted'));
      assert.deepEqual(await paints(), [whole.resultId]);
      // An update without a matrix (the lock changed) has nothing new to paint.
      await send(update(null, { locked: true }));
      await page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.setTimeout(resolve, 0))));
      assert.deepEqual(await paints(), [whole.resultId]);
    });
  });

  test('draws personas as rows and phases as columns in journey order, grouped by stage', async () => {
    const model = modelFromPlan(samplePlanText());
    await withPreview(async ({ page, send }) => {
      await send(update(model));
      assert.equal(await page.textContent('#plan-title'), 'Acme CRM — contentplan 2026');
      assert.equal(await page.textContent('#plan-file'), 'acme.journey');
      assert.deepEqual(await page.$$eval('thead th[scope="col"].phase', (ths: any[]) => ths.map((th) => th.dataset.phase)),
        ['awareness', 'consideration', 'purchase', 'initiate', 'engage', 'advocacy']);
      assert.deepEqual(await page.$$eval('thead th[scope="colgroup"]', (ths: any[]) => ths.map((th) => `${th.textContent}:${th.colSpan}`)),
        ['Buyer journey:3', 'Customer journey:3']);
      assert.deepEqual(await page.$$eval('tbody th[scope="row"] .persona-name', (ths: any[]) => ths.map((th) => th.textContent)),
        ['Ivo, IT-manager', 'Carla, CFO', 'Mo, marketing lead']);
      // Every cell is addressable, every piece knows its line.
      assert.equal(await page.locator('td.cell[data-persona][data-phase][data-gap]').count(), 18);
      const lines = await page.$$eval(`${cellSelector('it-manager', 'awareness')} li.piece`, (lis: any[]) => lis.map((li) => li.dataset.line));
      assert.deepEqual(lines, ['11']);
      const piece = page.locator(`${cellSelector('it-manager', 'awareness')} li.piece`);
      assert.equal(await piece.locator('.piece-title').textContent(), '5 signalen dat je ERP verouderd is');
      assert.equal(await piece.locator('.chip').textContent(), 'blog');
      assert.equal(await piece.locator('.badge').textContent(), 'published');
      assert.match((await piece.locator('.badge').getAttribute('class')) ?? '', /status-published/);
      // Coverage at the top; counts per row and column.
      assert.equal(await page.textContent('#coverage-text'), `Coverage ${model.coverage.filled}/${model.coverage.expected} cells (${Math.round((100 * model.coverage.filled) / model.coverage.expected)}%) · min-per-cell 1`);
      assert.equal(await page.textContent('tbody tr[data-persona="it-manager"] th .counts'), '4 pieces · 4/6 filled');
      assert.equal(await page.textContent('thead th[data-phase="consideration"] .counts'), '2 pieces · 3/3 filled');
      // The legend names every status.
      assert.deepEqual(await page.$$eval('#legend .badge', (els: any[]) => els.map((e) => e.textContent)),
        ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired']);
    });
  });

  test('shows gaps with their reason, and ignored cells muted', async () => {
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(samplePlanText(2))));
      // Empty gap.
      const empty = page.locator(cellSelector('marketer', 'awareness'));
      assert.equal(await empty.getAttribute('data-gap'), 'true');
      assert.equal(await empty.locator('.gap-reason').textContent(), 'Gap: no content');
      assert.equal(await empty.getAttribute('aria-label'), 'Mo, marketing lead × Awareness: gap, no content');
      assert.equal(await empty.locator('button.add-piece').count(), 1);
      // Below min-per-cell: one piece where two are wanted.
      const below = page.locator(cellSelector('it-manager', 'awareness'));
      assert.equal(await below.getAttribute('data-gap'), 'true');
      assert.equal(await below.locator('.gap-reason').textContent(), 'Gap: 1 of 2');
      assert.equal(await below.getAttribute('aria-label'), 'Ivo, IT-manager × Awareness: gap, 1 of 2 pieces');
      // A retired piece is shown but fills nothing.
      const retired = page.locator(cellSelector('cfo', 'awareness'));
      assert.equal(await retired.getAttribute('data-gap'), 'true');
      assert.equal(await retired.locator('li.piece.retired').count(), 1);
      assert.equal(await retired.locator('.gap-reason').textContent(), 'Gap: no content');
      // Ignored: muted, not a gap, no add button.
      const ignored = page.locator(cellSelector('cfo', 'advocacy'));
      assert.equal(await ignored.getAttribute('data-gap'), 'false');
      assert.equal(await ignored.getAttribute('data-ignored'), 'true');
      assert.match((await ignored.getAttribute('class')) ?? '', /\bignored\b/);
      assert.equal(await ignored.locator('.note').textContent(), 'Not expected');
      assert.equal(await ignored.locator('button.add-piece').count(), 0);
      assert.equal(await ignored.getAttribute('aria-label'), 'Carla, CFO × Advocacy: not expected (ignored)');
      // A filled cell is neither.
      const filled = page.locator(cellSelector('cfo', 'consideration'));
      assert.equal(await filled.getAttribute('data-gap'), 'false');
      assert.equal(await filled.getAttribute('data-ignored'), null);
    });
  });

  test('filters pieces by status, type, channel and owner', async () => {
    await withPreview(async ({ page, send, state }) => {
      await send(update(modelFromPlan(samplePlanText())));
      const visibleLines = () => page.$$eval('li.piece', (lis: any[]) => [...new Set(lis.map((li) => Number(li.dataset.line)))].sort((a, b) => a - b));
      const all = await visibleLines();
      assert.equal(all.length, 7);

      await page.selectOption('select[data-filter="status"]', { label: 'published' });
      assert.deepEqual(await visibleLines(), [11]);
      // Cells whose pieces are all filtered out say so; gaps stay gaps.
      const hidden = page.locator(cellSelector('cfo', 'consideration'));
      assert.equal(await hidden.locator('.hidden-note').textContent(), '2 hidden by filters');
      assert.match((await hidden.getAttribute('aria-label')) ?? '', /2 hidden by filters$/);
      assert.deepEqual((await state())?.filters, { status: { values: ['published'] } });

      await page.click('button.clear-filters');
      assert.deepEqual(await visibleLines(), all);

      await page.selectOption('select[data-filter="owner"]', { label: 'Sanne' });
      const sanne = await visibleLines();
      await page.selectOption('select[data-filter="channel"]', { label: 'website' });
      const sanneOnWebsite = await visibleLines();
      assert.ok(sanneOnWebsite.length > 0 && sanneOnWebsite.length < sanne.length, `${sanneOnWebsite} within ${sanne}`);
      await page.click('button.clear-filters');

      // "(not set)" finds pieces without an owner.
      await page.selectOption('select[data-filter="owner"]', { label: '(not set)' });
      const titles = await page.$$eval('li.piece .piece-title', (els: any[]) => [...new Set(els.map((e) => e.textContent))].sort());
      assert.deepEqual(titles, ['Onboarding-webinar', 'Oude prijslijst']);
      await page.click('button.clear-filters');

      await page.selectOption('select[data-filter="type"]', { label: 'webinar' });
      assert.equal(await page.locator('li.piece').count(), 1);
      // Options are the values the plan uses, statuses in workflow order.
      assert.deepEqual(await page.$$eval('select[data-filter="status"] option', (os: any[]) => os.map((o) => o.textContent)),
        ['All', 'idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired']);
    });
  });

  test('hostile text in every field shows as text and runs nothing', async () => {
    await withPreview(async ({ page, send }) => {
      await send(update(hostileModel(), { fileName: `${HOSTILE}.journey` }));
      await send(update(brokenModel(), { fileName: `${HOSTILE}.journey` }));
      assert.equal(await page.locator('img, script:not([nonce]), b').count(), 0);
      assert.equal(await page.textContent('#plan-title'), `${HOSTILE} plan`);
      assert.equal(await page.textContent('tbody th .persona-name'), `${HOSTILE} persona`);
      assert.equal(await page.textContent('thead th.phase .phase-name'), `${HOSTILE} phase`);
      assert.equal(await page.locator('thead th.phase .phase-name').nth(1).textContent(), '<b>bold</b> phase');
      const piece = page.locator('li.piece').first();
      assert.equal(await piece.locator('.piece-title').textContent(), `${HOSTILE} title`);
      assert.equal(await piece.locator('.chip').textContent(), `${HOSTILE} type`);
      assert.equal(await piece.locator('.piece-meta').textContent(), `${HOSTILE} channel · ${HOSTILE} owner · ${HOSTILE} date`);
      // An unknown status never becomes a class name.
      assert.match((await piece.locator('.badge').getAttribute('class')) ?? '', /^badge status-none$/);
      // The ids went into attributes through the DOM, unchanged.
      assert.equal(await page.locator('td.cell').first().getAttribute('data-persona'), 'x" onmouseover="alert(3)');
      assert.equal(await page.locator('td.cell').first().getAttribute('data-phase'), '"><script>alert(2)</script>');
      assert.equal(await page.locator('td.cell').first().getAttribute('onmouseover'), null);
      // The banner's error message is text too.
      assert.match((await page.textContent('#banner')) ?? '', /line 7: YAML syntax error: <img src=x onerror=alert\(1\)> bad indentation/);
      // Only the http(s) url gets a link button; the javascript: one none.
      assert.equal(await page.locator('button.piece-link').count(), 1);
      await page.hover('td.cell');
    });
  });

  test('clicks post reveal, openLink, addPiece and export to the extension', async () => {
    await withPreview(async ({ page, send, posted }) => {
      await send(update(modelFromPlan(samplePlanText())));
      await page.click(`${cellSelector('it-manager', 'awareness')} .piece-open`);
      await page.click(`${cellSelector('it-manager', 'awareness')} .piece-link`);
      await page.click(`${cellSelector('marketer', 'awareness')} button.add-piece`);
      await page.click('#export');
      assert.deepEqual((await posted()).slice(1), [
        { type: 'reveal', line: 11 },
        { type: 'openLink', url: 'https://example.com/erp' },
        { type: 'addPiece', persona: 'marketer', phase: 'awareness' },
        { type: 'export' },
      ]);
    });
  });

  test('keyboard: one tab stop, arrow keys between cells, Enter into a cell, Escape out', async () => {
    await withPreview(async ({ page, send, posted }) => {
      await send(update(modelFromPlan(samplePlanText())));
      const focused = () => page.evaluate(() => {
        const el = document.activeElement;
        const cell = el.closest('td.cell');
        return cell ? `${cell.dataset.persona}/${cell.dataset.phase}${el === cell ? '' : `:${el.dataset.action}`}` : el.tagName;
      });
      assert.equal(await page.locator('td.cell[tabindex="0"]').count(), 1);
      assert.equal(await page.locator('td.cell button[tabindex="0"]').count(), 0);
      await page.focus('td.cell[tabindex="0"]');
      assert.equal(await focused(), 'it-manager/awareness');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(), 'it-manager/consideration');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), 'cfo/consideration');
      await page.keyboard.press('End');
      assert.equal(await focused(), 'cfo/advocacy');
      await page.keyboard.press('ArrowRight'); // Stays at the edge.
      assert.equal(await focused(), 'cfo/advocacy');
      await page.keyboard.press('Control+Home');
      assert.equal(await focused(), 'it-manager/awareness');
      await page.keyboard.press('PageDown');
      assert.equal(await focused(), 'marketer/awareness');
      assert.equal(await page.locator('td.cell[tabindex="0"]').count(), 1);
      assert.equal(await page.getAttribute('td.cell[tabindex="0"]', 'data-persona'), 'marketer');
      // Into a cell and back.
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Enter');
      assert.equal(await focused(), 'it-manager/awareness:reveal');
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), 'it-manager/awareness:link');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      assert.deepEqual((await posted()).at(-1), { type: 'reveal', line: 11 });
      await page.keyboard.press('Escape');
      assert.equal(await focused(), 'it-manager/awareness');
      // The focused cell has a visible outline.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.equal(outline, 'solid');
      // A redraw keeps focus on the same cell.
      await page.keyboard.press('ArrowDown');
      await send(update(modelFromPlan(samplePlanText())));
      assert.equal(await focused(), 'cfo/awareness');
      // Tab leaves the grid instead of walking through every cell.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.closest('table') === null), true);
    });
  });

  test('broken YAML keeps the last good matrix under a banner naming the error and its line', async () => {
    await withPreview(async ({ page, send, posted }) => {
      const good = modelFromPlan(samplePlanText());
      await send(update(good));
      const broken = modelFromPlan(samplePlanText().replace('  - id: cfo\n', '  - id: cfo\n   bad: [\n'));
      assert.ok(broken.syntaxErrors.length > 0, 'the plan text is broken');
      await send(update(broken));
      assert.equal(await page.isVisible('#banner'), true);
      const banner = (await page.textContent('#banner')) ?? '';
      assert.ok(banner.startsWith(`YAML syntax error on line ${broken.syntaxErrors[0].line}: ${broken.syntaxErrors[0].message}`), banner);
      assert.match(banner, /showing the last readable version/);
      // Still the last good matrix, but no edits from it.
      assert.equal(await page.locator('td.cell').count(), 18);
      assert.equal(await page.locator('button.add-piece:not([disabled])').count(), 0);
      await page.click(`${cellSelector('it-manager', 'awareness')} .piece-open`);
      assert.deepEqual((await posted()).at(-1), { type: 'reveal', line: 11 });
      // Fixed: the banner goes, editing comes back.
      await send(update(good));
      assert.equal(await page.isVisible('#banner'), false);
      assert.ok((await page.locator('button.add-piece:not([disabled])').count()) > 0);
    });
  });

  test('broken YAML with no good matrix yet shows the banner and a placeholder', async () => {
    await withPreview(async ({ page, send }) => {
      await send(update(brokenModel(3, 'YAML syntax error: unexpected end')));
      assert.equal(await page.textContent('#banner'), 'YAML syntax error on line 3: YAML syntax error: unexpected end');
      assert.equal(await page.locator('table').count(), 0);
      assert.equal(await page.textContent('#placeholder'), 'The matrix appears once the plan can be read.');
    });
  });

  test('a live redraw keeps the scroll position, which is saved for the next webview', async () => {
    await withPreview(async ({ page, send, state }) => {
      await send(update(modelFromPlan(tallPlanText())));
      await page.evaluate(() => window.scrollTo(0, 600));
      await page.waitForFunction(() => window.scrollY === 600);
      await send(update(modelFromPlan(tallPlanText().replace('For everyone', 'For everyone, edited'))));
      assert.equal(await page.evaluate(() => window.scrollY), 600);
      assert.equal(await page.textContent('li.piece .piece-title'), 'For everyone, edited');
      await page.waitForFunction(() => window.__state()?.scrollY === 600);
      assert.equal((await state())?.uri, PLAN_URI);
    }, { viewport: { width: 1000, height: 500 } });
  });

  test('a live redraw changes only the cells that changed, and draws what a fresh preview draws', async () => {
    const before = samplePlanText();
    // A title changed (it-manager × awareness) and a piece added to a gap (marketer × awareness):
    // two cells change, and the counts of their rows and columns.
    const after = before
      .replace('5 signalen dat je ERP verouderd is', '5 signalen dat je ERP verouderd is — herzien')
      .replace('rules:', '  - title: Podcast over groei\n    persona: marketer\n    phase: awareness\nrules:');
    let fresh = '';
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(after)));
      fresh = await page.innerHTML('#matrix');
    });
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(before)));
      assert.equal(await page.textContent('tbody tr[data-persona="marketer"] th .counts'), '2 pieces · 3/6 filled');
      // Which cells the redraw touches in the page.
      await page.evaluate(() => {
        window.__touched = new Set();
        new MutationObserver((records: any[]) => {
          for (const record of records) {
            const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
            const cell = node?.closest('td.cell');
            if (cell) window.__touched.add(`${cell.dataset.persona}/${cell.dataset.phase}`);
          }
        }).observe(document.getElementById('matrix'), { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await send(update(modelFromPlan(after)));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      assert.deepEqual(await page.evaluate(() => [...window.__touched].sort()), ['it-manager/awareness', 'marketer/awareness']);
      assert.equal(await page.textContent('tbody tr[data-persona="marketer"] th .counts'), '3 pieces · 4/6 filled');
      assert.equal(await page.innerHTML('#matrix'), fresh, 'the same table as a fresh preview of the new model');
    });
  });

  test('a whole matrix sent as UTF-8 JSON bytes, as the extension sends it, draws the same table; bytes that are not JSON are ignored', async () => {
    const model = modelFromPlan(samplePlanText());
    let fresh = '';
    await withPreview(async ({ page, send }) => {
      await send(update(model));
      fresh = await page.innerHTML('#matrix');
    });
    await withPreview(async ({ page }) => {
      const { matrix, ...message } = update(model);
      const postBytes = (json: string) => page.evaluate(({ message, json }) => new Promise<void>((resolve) => {
        window.addEventListener('message', () => resolve(), { once: true });
        window.postMessage({ ...message, matrix: new TextEncoder().encode(json) }, '*');
      }), { message, json });
      await postBytes(JSON.stringify(matrix));
      assert.equal(await page.innerHTML('#matrix'), fresh);
      await postBytes('{"kind": "full", not json');
      await postBytes(JSON.stringify({ ...matrix, cells: [] }));
      assert.equal(await page.innerHTML('#matrix'), fresh);
    });
  });

  test('deltas as the server makes them, through a half-typed plan and back', async () => {
    const analyzer = new IncrementalAnalyzer();
    const results = new MatrixResults();
    let last: MatrixResult | undefined;
    const answer = (text: string) => (last = JSON.parse(JSON.stringify(results.answer(analyzer.update(text), last?.resultId))) as MatrixResult);
    const fixed = samplePlanText().replace('5 signalen dat je ERP verouderd is', 'Zes signalen');
    let fresh = '';
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(fixed)));
      fresh = await page.innerHTML('#matrix');
    });
    await withPreview(async ({ page, send, posted }) => {
      await send(update(answer(samplePlanText())));
      const broken = answer(samplePlanText().replace('title: ROI-calculator', 'title: "ROI-calculator'));
      assert.ok(broken.syntaxErrors.length > 0, 'the half-typed plan has a syntax error');
      await send(update(broken));
      assert.match((await page.textContent('#banner')) ?? '', /line/i, 'the banner names the error');
      assert.equal(await page.textContent(`${cellSelector('it-manager', 'awareness')} .piece-title`), '5 signalen dat je ERP verouderd is', 'the last good matrix stays');
      const delta = answer(fixed);
      await send(update(delta));
      assert.equal(await page.isHidden('#banner'), true);
      assert.equal(await page.innerHTML('#matrix'), fresh, 'the same table as a fresh preview of the fixed plan');
      // A delta on a matrix the page never got: it asks for whole ones again, and keeps what it shows.
      const readies = async () => (await posted()).filter((message) => message.type === 'ready').length;
      const readyBefore = await readies();
      const typed = answer(fixed.replace('Zes signalen', 'Zeven signalen'));
      assert.equal(typed.kind, 'delta');
      await send(update({ ...typed, previousResultId: 'never-sent' }));
      assert.equal(await readies(), readyBefore + 1);
      assert.equal(await page.innerHTML('#matrix'), fresh);
      // Malformed deltas are ignored.
      await send(update({ ...typed, lineShift: 0.5 } as MatrixResult));
      await send(update({ ...typed, cells: [[-1, null]] } as unknown as MatrixResult));
      assert.equal(await page.innerHTML('#matrix'), fresh);
      assert.equal(await readies(), readyBefore + 1);
    });
  });

  test('deltas that move, add, shift and retire pieces draw the counts, kpis and filter values a whole matrix draws, with a filter on', async () => {
    const analyzer = new IncrementalAnalyzer();
    const results = new MatrixResults();
    let last: MatrixResult | undefined;
    const answer = (text: string) => (last = JSON.parse(JSON.stringify(results.answer(analyzer.update(text), last?.resultId))) as MatrixResult);
    const steps: [string, (text: string) => string][] = [
      ['the plan, with kpis', (t) => t.replace('    owner: Sanne\n    date: 2026-02-10', '    owner: Sanne\n    kpi: { leads: 3 }\n    date: 2026-02-10').replace('    owner: Bram\n  - title: Klantverhaal', '    owner: Bram\n    kpi: { leads: 2 }\n  - title: Klantverhaal')],
      ['a piece with kpis moved to another row', (t) => t.replace('    persona: cfo\n    phase: [consideration, purchase]', '    persona: marketer\n    phase: [consideration, purchase]')],
      ['a piece with kpis moved to another column', (t) => t.replace('    persona: it-manager\n    phase: awareness', '    persona: it-manager\n    phase: consideration')],
      ['a piece without kpis moved to another cell', (t) => t.replace('    persona: it-manager\n    phase: purchase', '    persona: marketer\n    phase: purchase')],
      ['a newline typed', (t) => t.replace('  - title: Onboarding-webinar', '\n  - title: Onboarding-webinar')],
      ['a piece added', (t) => t.replace('rules:', '  - title: Podcast over groei\n    persona: marketer\n    phase: awareness\n    status: published\n    owner: Fatima\n    kpi: { leads: 1 }\nrules:')],
      ['an owner changed', (t) => t.replace('owner: Bram\n    kpi: { leads: 2 }', 'owner: Joris\n    kpi: { leads: 2 }')],
      ['a piece with kpis retired', (t) => t.replace('    status: published\n    owner: Sanne', '    status: retired\n    owner: Sanne')],
      ['a piece removed', (t) => t.replace('  - title: Oude prijslijst\n    type: pdf\n    persona: cfo\n    phase: awareness\n    status: retired\n', '')],
    ];
    const filter = { defaultFilters: { status: ['published', 'draft'] } };
    await withPreview(async (whole) => {
      await withPreview(async (deltas) => {
        let text = samplePlanText();
        const kinds: string[] = [];
        for (const [what, edit] of steps) {
          const next = edit(text);
          assert.notEqual(next, text, `${what}: the edit applies`);
          text = next;
          const result = answer(text);
          kinds.push(result.kind);
          await deltas.send(update(result, filter));
          await whole.send(update(modelFromPlan(text), filter));
          for (const selector of ['#matrix', '#filters']) assert.equal(await deltas.page.innerHTML(selector), await whole.page.innerHTML(selector), `${what}: ${selector}`);
        }
        assert.deepEqual(kinds, ['full', 'delta', 'delta', 'delta', 'delta', 'delta', 'delta', 'delta', 'delta']);
        assert.equal(await deltas.page.textContent('tbody tr[data-persona="marketer"] th .counts'), '5 pieces · 5/6 filled');
        assert.deepEqual(await deltas.page.$$eval('select[data-filter="owner"] option', (options: any[]) => options.map((o) => o.textContent)),
          ['All', 'Bram', 'Fatima', 'Joris', 'Sanne', '(not set)']);
      });
    });
  });

  test('a restored webview keeps its filters and scroll for its plan, and drops them for another', async () => {
    const initialState = { uri: PLAN_URI, locked: true, filters: { status: { values: ['draft'] } }, scrollX: 0, scrollY: 0, compact: null, view: 'matrix', month: null };
    await withPreview(async ({ page, send, state }) => {
      assert.equal((await state())?.uri, PLAN_URI);
      // The restored filter wins over the default filters of the setting.
      await send(update(modelFromPlan(samplePlanText()), { locked: true, defaultFilters: { owner: ['Sanne'] } }));
      assert.deepEqual(await page.$$eval('li.piece .piece-title', (els: any[]) => [...new Set(els.map((e) => e.textContent))]), ['ROI-calculator']);
      assert.equal(await page.textContent('#plan-file'), 'acme.journey · locked');
      assert.deepEqual(await state(), { ...initialState, scrollX: 0, scrollY: 0 });
      await send(update(modelFromPlan(samplePlanText()), { uri: 'file:///plans/other.journey', fileName: 'other.journey' }));
      assert.equal(await page.locator('li.piece').count(), 11);
      assert.deepEqual((await state())?.filters, {});
      assert.equal((await state())?.uri, 'file:///plans/other.journey');
      // Another plan starts with the default filters.
      await send(update(modelFromPlan(samplePlanText()), { uri: 'file:///plans/third.journey', fileName: 'third.journey', defaultFilters: { type: ['blog'] } }));
      assert.deepEqual(await page.$$eval('li.piece .piece-title', (els: any[]) => els.map((e) => e.textContent)), ['5 signalen dat je ERP verouderd is']);
    }, { initialState });
  });

  test('a filter saved by an earlier version (one value) is restored', async () => {
    const initialState = { uri: PLAN_URI, locked: false, filters: { owner: { value: null } } };
    await withPreview(async ({ page, send, state }) => {
      await send(update(modelFromPlan(samplePlanText())));
      assert.deepEqual(await page.$$eval('li.piece .piece-title', (els: any[]) => [...new Set(els.map((e) => e.textContent))].sort()), ['Onboarding-webinar', 'Oude prijslijst']);
      assert.equal(await page.$eval('select[data-filter="owner"]', (s: any) => s.selectedOptions[0].textContent), '(not set)');
      assert.deepEqual((await state())?.filters, { owner: { values: [null] } });
    }, { initialState });
  });

  test('a large plan opens in compact mode: a count per cell, shaded by fullness; the toggle shows the first five pieces and "N more"', async () => {
    const generator = path.resolve(__dirname, '..', '..', 'bench', 'generate.mjs');
    const { generatePlan } = (await import(generator)) as { generatePlan: (pieces: number) => string };
    const model = modelFromPlan(generatePlan(600));
    const cell = model.cells.find((c) => c.persona === 'cfo' && c.phase === 'consideration')!;
    assert.ok(cell.content.length > FIRST_PIECES + 1, `${cell.content.length} pieces`);
    await withPreview(async ({ page, send, state }) => {
      await send(update(model));
      const td = cellSelector('cfo', 'consideration');
      assert.equal(await page.getAttribute('button.compact-toggle', 'aria-pressed'), 'true');
      assert.equal(await page.locator('table.matrix.compact').count(), 1);
      assert.equal(await page.textContent(`${td} .cell-count`), String(cell.content.length));
      assert.match((await page.getAttribute(td, 'class')) ?? '', new RegExp(`\\bfill-${fullness(cell, model.minPerCell)}\\b`));
      assert.equal(await page.locator('li.piece').count(), 0, 'no piece is drawn in compact mode');
      // The pieces: the first five of each cell, then "N more".
      await page.click('button.compact-toggle');
      assert.equal(await page.getAttribute('button.compact-toggle', 'aria-pressed'), 'false');
      assert.equal(await page.locator(`${td} li.piece`).count(), FIRST_PIECES);
      assert.equal(await page.textContent(`${td} button.more-pieces`), `${cell.content.length - FIRST_PIECES} more`);
      await page.click(`${td} button.more-pieces`);
      assert.deepEqual(await page.$$eval(`${td} li.piece`, (lis: any[]) => lis.map((li) => Number(li.dataset.line))), cell.content.map((piece) => piece.line));
      assert.equal(await page.locator(`${td} button.more-pieces`).count(), 0);
      assert.equal((await state())?.compact, false, 'the choice is kept for the next webview');
    });
    // A small plan opens with its pieces.
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(samplePlanText())));
      assert.equal(await page.getAttribute('button.compact-toggle', 'aria-pressed'), 'false');
      assert.equal(await page.locator('table.matrix.compact').count(), 0);
    });
  });

  test('a large plan\'s cells come first: counts and gaps at once, its filters, kpis and calendar with its pieces', async () => {
    const generator = path.resolve(__dirname, '..', '..', 'bench', 'generate.mjs');
    const { generatePlan } = (await import(generator)) as { generatePlan: (pieces: number) => string };
    const model = modelFromPlan(generatePlan(600));
    const whole = wholeResult(model);
    const cell = model.cells.find((c) => c.persona === 'cfo' && c.phase === 'consideration')!;
    await withPreview(async ({ page, send, paints }) => {
      const td = cellSelector('cfo', 'consideration');
      await send(update(withoutPieces(whole), { piecesToCome: whole.pieces.length }));
      assert.equal(await page.getAttribute('button.compact-toggle', 'aria-pressed'), 'true');
      assert.equal(await page.textContent(`${td} .cell-count`), String(cell.content.length));
      assert.equal(await page.getAttribute(td, 'data-gap'), String(cell.gap));
      assert.equal(await page.locator('#filters').count(), 0, 'no filters without the pieces');
      assert.equal(await page.locator('th.phase .counts').first().textContent(), '');
      await page.waitForFunction(() => window.__posted.some((message: { type: string }) => message.type === 'painted'));
      assert.deepEqual(await paints(), [`${whole.resultId}/cells`]);
      // The calendar is drawn from the pieces: it waits for them.
      await page.click('button.view-tab[data-view="calendar"]');
      assert.equal(await page.textContent('#matrix .placeholder'), 'Loading the plan…');
      await page.click('button.view-tab[data-view="matrix"]');
      await send(update(whole));
      assert.equal(await page.textContent(`${td} .cell-count`), String(cell.content.length));
      assert.equal(await page.locator('#filters').count(), 1);
      assert.notEqual(await page.locator('th.phase .counts').first().textContent(), '');
    });
    // Half-typed before the pieces came: the banner over the cells as they were, counts and all.
    await withPreview(async ({ page, send, problems }) => {
      const td = cellSelector('cfo', 'consideration');
      await send(update(withoutPieces(whole), { piecesToCome: whole.pieces.length }));
      await send(update(wholeResult(brokenModel())));
      assert.equal(await page.isVisible('#banner'), true);
      assert.equal(await page.textContent(`${td} .cell-count`), String(cell.content.length));
      assert.deepEqual(await problems(), []);
    });
    // A cell may index only as many pieces as are said to follow.
    await withPreview(async ({ page, send }) => {
      await send(update(withoutPieces(whole), { piecesToCome: 3 }));
      assert.equal(await page.locator('table').count(), 0);
    });
  });

  test('rows are drawn as they scroll into view', async () => {
    const model = modelFromPlan(tallPlanText(100));
    await withPreview(async ({ page, send }) => {
      await send(update(model));
      const drawn = () => page.locator('tbody tr[data-persona]').count();
      assert.equal(await drawn(), 40);
      assert.equal(await page.locator('tr.rows-pending').count(), 1);
      for (const expected of [80, 100]) {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForFunction((n: number) => document.querySelectorAll('tbody tr[data-persona]').length === n, expected);
      }
      assert.equal(await page.locator('tr.rows-pending').count(), 0);
      assert.deepEqual(await page.$$eval('tbody tr[data-persona]', (trs: any[]) => trs.map((tr) => tr.dataset.persona)), model.personas.map((p) => p.id));
    }, { viewport: { width: 1000, height: 600 } });
  });

  test('a new preview starts with the default filters (the setting) until the user clears them', async () => {
    await withPreview(async ({ page, send, state }) => {
      const model = modelFromPlan(samplePlanText());
      const titles = () => page.$$eval('li.piece .piece-title', (els: any[]) => [...new Set(els.map((e) => e.textContent))].sort());
      await send(update(model, { defaultFilters: { status: ['idea', 'planned', 'draft'], channel: ['website'] } }));
      // Any of the listed values, per field; every field must match.
      assert.deepEqual(await titles(), ['Implementatiegids', 'ROI-calculator']);
      assert.equal(await page.$eval('select[data-filter="channel"]', (s: any) => s.selectedOptions[0].textContent), 'website');
      const status = page.locator('select[data-filter="status"]');
      assert.equal(await status.evaluate((s: any) => s.selectedOptions[0].textContent), '(3 selected)');
      assert.equal(await status.getAttribute('title'), 'idea, planned, draft');
      assert.equal(await page.locator(`${cellSelector('it-manager', 'awareness')} .hidden-note`).textContent(), '1 hidden by filters');
      assert.deepEqual((await state())?.filters, { status: { values: ['idea', 'planned', 'draft'] }, channel: { values: ['website'] } });
      assert.equal(await page.locator('button.clear-filters').isDisabled(), false);

      // A redraw of the same plan keeps what the user has now, not the defaults again.
      await page.selectOption('select[data-filter="channel"]', { label: 'All' });
      await send(update(model, { defaultFilters: { status: ['idea', 'planned', 'draft'], channel: ['website'] } }));
      assert.deepEqual((await state())?.filters, { status: { values: ['idea', 'planned', 'draft'] } });

      // One value chosen in the dropdown replaces the list.
      await page.selectOption('select[data-filter="status"]', { label: 'draft' });
      assert.deepEqual(await titles(), ['ROI-calculator']);
      assert.equal(await page.locator('select[data-filter="status"] option.several').count(), 0);

      await page.selectOption('select[data-filter="status"]', { label: 'All' });
      assert.equal(await page.locator('li.piece').count(), 11);
      assert.deepEqual((await state())?.filters, {});
    });
  });

  test('"Clear filters" resets the default filters', async () => {
    await withPreview(async ({ page, send, state }) => {
      await send(update(modelFromPlan(samplePlanText()), { defaultFilters: { status: ['idea', 'planned', 'draft'] } }));
      assert.deepEqual(await page.$$eval('li.piece .piece-title', (els: any[]) => [...new Set(els.map((e) => e.textContent))].sort()),
        ['Implementatiegids', 'Nieuwsbrief voor ambassadeurs', 'ROI-calculator']);
      await page.click('button.clear-filters');
      assert.equal(await page.locator('li.piece').count(), 11);
      assert.equal(await page.$eval('select[data-filter="status"]', (s: any) => s.selectedOptions[0].textContent), 'All');
      assert.equal(await page.locator('button.clear-filters').isDisabled(), true);
      assert.deepEqual((await state())?.filters, {});
    });
  });

  test('malformed messages are ignored', async () => {
    await withPreview(async ({ page, send }) => {
      const good = modelFromPlan(samplePlanText());
      const whole = wholeResult(good);
      await send({ type: 'update', uri: PLAN_URI, fileName: 'acme.journey', locked: false, matrix: { ...whole, cells: 'nope' } });
      await send({ type: 'update', uri: PLAN_URI, fileName: 'acme.journey', locked: false, matrix: { ...whole, cells: whole.cells.slice(1) } });
      await send({ type: 'update', uri: 42, fileName: 'acme.journey', locked: false, matrix: whole });
      await send({ type: 'update', uri: PLAN_URI, fileName: 'acme.journey', locked: false, model: good }); // the shape before deltas
      await send({ type: 'run', code: 'alert(1)' });
      for (const defaultFilters of [['draft'], { status: 'draft' }, { status: [] }, { status: [42] }, { colour: ['red'] }, null]) {
        await send({ ...update(good), defaultFilters });
      }
      assert.equal(await page.locator('table').count(), 0);
      await send(update(good));
      assert.equal(await page.locator('table').count(), 1);
      const badPiece = { ...good.cells[0].content[0], line: 0 };
      await send(update({ ...good, title: 'changed', cells: [{ ...good.cells[0], content: [badPiece] }, ...good.cells.slice(1)] }));
      assert.equal(await page.textContent('#plan-title'), 'Acme CRM — contentplan 2026');
    });
  });

  test('speaks the editor\'s language: Dutch', async () => {
    await withPreview(async ({ page, send }) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'nl');
      assert.equal(await page.textContent('#placeholder'), 'Het plan wordt geladen…');
      await send(update(modelFromPlan(samplePlanText(2)), { locked: true }));
      assert.equal(await page.textContent('#plan-file'), 'acme.journey · vastgezet');
      assert.equal(await page.textContent(`${cellSelector('it-manager', 'awareness')} .gap-reason`), 'Gat: 1 van 2');
      assert.equal(await page.getAttribute(cellSelector('marketer', 'awareness'), 'aria-label'), 'Mo, marketing lead × Awareness: gat, geen content');
      assert.equal(await page.textContent(`${cellSelector('cfo', 'advocacy')} .note`), 'Niet verwacht');
      assert.deepEqual(await page.$$eval('thead th[scope="colgroup"]', (ths: any[]) => ths.map((th) => th.textContent)), ['Koperstraject', 'Klanttraject']);
      assert.equal(await page.textContent('tbody tr[data-persona="it-manager"] th .counts'), '4 stukken · 0/6 gevuld');
      assert.equal(await page.textContent('#export'), 'Exporteren…');
      assert.equal(await page.textContent(`${cellSelector('marketer', 'awareness')} button.add-piece`), '+ Hier een contentstuk toevoegen');
      await send(update(brokenModel(3, 'kapot')));
      assert.equal(await page.textContent('#banner'), 'YAML-syntaxfout op regel 3: kapot — de laatste leesbare versie van het plan wordt getoond.');
    }, { locale: 'nl' });
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    test(`screenshot in the ${theme} theme`, async () => {
      await withPreview(async ({ page, send }) => {
        await send(update(modelFromPlan(samplePlanText())));
        await page.focus(cellSelector('cfo', 'consideration'));
        mkdirSync(TEST_RESULTS, { recursive: true });
        const file = path.join(TEST_RESULTS, `preview-${theme}.png`);
        const image = await page.screenshot({ path: file, fullPage: true });
        assert.ok(image.length > 10_000, 'a real screenshot');
        // The theme's colours reach the page.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(background, { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', 'high-contrast': 'rgb(0, 0, 0)' }[theme]);
      }, { theme, viewport: { width: 1400, height: 700 } });
    });
  }
});

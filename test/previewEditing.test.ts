// Editing from the preview, in headless Chromium: a piece dragged to another cell, the keyboard's
// M / S / N, the context menu's data-vscode-context, and the editor's cursor highlighting a piece
// (select) or the code lens scrolling to a persona's row (showPersona). The page only posts what
// the user did; the extension and the server make the edit (test/server, test/core/pieceEdits).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { previewsInChromium, update } from './preview/harness';
import { brokenModel, modelFromPlan, PLAN_URI, samplePlanText, tallPlanText } from './preview/models';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any;

const withPreview = previewsInChromium();
const cellSelector = (persona: string, phase: string) => `td.cell[data-persona="${persona}"][data-phase="${phase}"]`;
const ERP = { line: 11, title: '5 signalen dat je ERP verouderd is' };
const ROI = { line: 21, title: 'ROI-calculator' };

describe('editing from the preview', () => {
  test('a piece dragged to another cell posts movePiece with the cell it left; a drop on its own cell posts nothing', async () => {
    await withPreview(async ({ page, send, posted }) => {
      await send(update(modelFromPlan(samplePlanText())));
      const roi = `${cellSelector('cfo', 'purchase')} li.piece[data-line="${ROI.line}"]`;
      assert.equal(await page.getAttribute(roi, 'draggable'), 'true');
      await page.dragAndDrop(roi, cellSelector('cfo', 'purchase'));
      await page.dragAndDrop(roi, cellSelector('it-manager', 'engage'));
      assert.deepEqual((await posted()).slice(1), [
        { type: 'movePiece', piece: ROI, from: { persona: 'cfo', phase: 'purchase' }, to: { persona: 'it-manager', phase: 'engage' } },
      ]);
      assert.equal(await page.locator('td.cell[data-drop-target]').count(), 0);
    });
  });

  test('keyboard: M and S on a piece ask to move it or change its status, N on a cell adds a piece there', async () => {
    await withPreview(async ({ page, send, posted }) => {
      await send(update(modelFromPlan(samplePlanText())));
      await page.focus('td.cell[tabindex="0"]');
      await page.keyboard.press('n');
      await page.keyboard.press('Enter');
      await page.keyboard.press('m');
      await page.keyboard.press('s');
      // With a modifier it is not ours.
      await page.keyboard.press('Shift+M');
      assert.deepEqual((await posted()).slice(1), [
        { type: 'addPiece', persona: 'it-manager', phase: 'awareness' },
        { type: 'moveTo', piece: ERP, from: { persona: 'it-manager', phase: 'awareness' } },
        { type: 'changeStatus', piece: ERP },
      ]);
      assert.equal(await page.getAttribute(`${cellSelector('it-manager', 'awareness')} .piece-open`, 'aria-keyshortcuts'), 'M S N');
    });
  });

  test('the context menu knows the piece and its cell, or the cell', async () => {
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(samplePlanText())));
      const piece = JSON.parse((await page.getAttribute(`${cellSelector('cfo', 'consideration')} li.piece[data-line="${ROI.line}"]`, 'data-vscode-context')) ?? '');
      assert.deepEqual(piece, { webviewSection: 'piece', preventDefaultContextMenuItems: true, ...ROI, persona: 'cfo', phase: 'consideration' });
      const cell = JSON.parse((await page.getAttribute(cellSelector('marketer', 'awareness'), 'data-vscode-context')) ?? '');
      assert.deepEqual(cell, { webviewSection: 'cell', preventDefaultContextMenuItems: true, persona: 'marketer', phase: 'awareness' });
      // The plan they are in, on an ancestor (VS Code merges them): a command acts on this plan's preview, whichever is focused.
      assert.deepEqual(JSON.parse((await page.getAttribute('#matrix', 'data-vscode-context')) ?? ''), { uri: 'file:///plans/acme.journey' });
    });
  });

  test('under a syntax error banner, nothing can be dragged, keyed or edited from the menu', async () => {
    await withPreview(async ({ page, send, posted }) => {
      await send(update(modelFromPlan(samplePlanText())));
      await send(update(brokenModel()));
      assert.equal(await page.locator('li.piece[draggable="true"]').count(), 0);
      // Every menu section (the #matrix host carries only its plan's uri, and no section).
      const sections = await page.$$eval('[data-vscode-context]', (els: any[]) => [...new Set(els.map((el) => JSON.parse(el.dataset.vscodeContext).webviewSection).filter((section) => section !== undefined))]);
      assert.deepEqual(sections, ['stale']);
      await page.focus('td.cell[tabindex="0"]');
      await page.keyboard.press('n');
      assert.deepEqual((await posted()).slice(1), []);
    });
  });

  test('the editor\'s cursor in a piece highlights it in every cell it is in, and scrolls it into view', async () => {
    await withPreview(async ({ page, send }) => {
      await send(update(modelFromPlan(samplePlanText())));
      await send({ type: 'select', uri: PLAN_URI, line: ROI.line });
      const selected = () => page.$$eval('[data-selected="true"]', (els: any[]) => els.map((el) => el.tagName === 'TD' ? `${el.dataset.persona}/${el.dataset.phase}` : `li:${el.dataset.line}`));
      assert.deepEqual(await selected(), ['cfo/consideration', `li:${ROI.line}`, 'cfo/purchase', `li:${ROI.line}`]);
      assert.equal(await page.getAttribute(`${cellSelector('cfo', 'purchase')} li.piece.selected .piece-open`, 'aria-current'), 'true');
      // Another plan's selection, or a malformed one, is ignored; null clears it.
      await send({ type: 'select', uri: 'file:///plans/other.journey', line: ERP.line });
      await send({ type: 'select', uri: PLAN_URI, line: 'x' });
      assert.equal((await selected()).length, 4);
      await send({ type: 'select', uri: PLAN_URI, line: null });
      assert.deepEqual(await selected(), []);
    });
  });

  test('a piece in a row not drawn yet is drawn and scrolled to; so is the persona the code lens names', async () => {
    const text = tallPlanText(100).replace('content:\n', 'content:\n  - title: Last one\n    persona: p99\n    phase: purchase\n');
    const model = modelFromPlan(text);
    const line = text.split('\n').indexOf('  - title: Last one') + 1;
    await withPreview(async ({ page, send }) => {
      await send(update(model));
      assert.equal(await page.locator('tbody tr[data-persona]').count(), 40);
      await send({ type: 'select', uri: PLAN_URI, line });
      // Scrolled after the redraw (an effect): wait for it.
      const inView = (selector: string) => page.waitForFunction((s: string) => {
        const box = document.querySelector(s)?.getBoundingClientRect();
        return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
      }, selector, { timeout: 5_000 });
      await inView(`${cellSelector('p99', 'purchase')} li.piece[data-selected="true"]`);
      await send({ type: 'showPersona', uri: PLAN_URI, persona: 'p50' });
      await inView('tbody tr[data-persona="p50"]');
      const top = await page.evaluate(() => document.querySelector('tbody tr[data-persona="p99"]').getBoundingClientRect().top);
      assert.ok(top > 600, `p99's row is still in view (top ${top})`);
    }, { viewport: { width: 1000, height: 600 } });
  });
});

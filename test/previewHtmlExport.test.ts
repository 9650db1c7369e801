// The standalone HTML export (server/src/core/export/html.ts): structure read back by a real
// browser with JavaScript off, escaping of hostile text, self-containment, print styles.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { escapeHtml, renderMatrixHtml, safeHttpUrl } from '../server/src/core/export/html';
import { launchChromium } from './preview/chromium';
import { brokenModel, HOSTILE, hostileModel, modelFromPlan, samplePlanText } from './preview/models';
import { TEST_RESULTS } from './preview/paths';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const getComputedStyle: any;

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Loads the page with scripts off and every request refused (and recorded). */
async function load(html: string, body: (page: Page, requests: string[]) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  await page.route('**/*', async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  try {
    await page.setContent(html);
    await body(page, requests);
  } finally {
    await context.close();
  }
}

describe('HTML export', () => {
  test('is a table like the preview: stages, phases in order, personas, cells, pieces, counts, coverage', async () => {
    const model = modelFromPlan(samplePlanText(2));
    const html = renderMatrixHtml(model);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    await load(html, async (page, requests) => {
      assert.equal(await page.title(), 'Acme CRM — contentplan 2026');
      assert.equal(await page.textContent('h1'), 'Acme CRM — contentplan 2026');
      assert.match((await page.textContent('.coverage')) ?? '', new RegExp(`^Coverage: ${model.coverage.filled}/${model.coverage.expected} expected cells filled · min-per-cell: 2$`));
      assert.deepEqual(await page.$$eval('th[scope="colgroup"]', (ths: any[]) => ths.map((th) => `${th.textContent}:${th.colSpan}`)), ['Buyer journey:3', 'Customer journey:3']);
      assert.deepEqual(await page.$$eval('th[scope="col"].phase', (ths: any[]) => ths.map((th) => th.dataset.phase)),
        ['awareness', 'consideration', 'purchase', 'initiate', 'engage', 'advocacy']);
      assert.deepEqual(await page.$$eval('th[scope="row"]', (ths: any[]) => ths.map((th) => th.firstChild.textContent)), ['Ivo, IT-manager', 'Carla, CFO', 'Mo, marketing lead']);
      assert.equal(await page.locator('td.cell[data-persona][data-phase][data-gap]').count(), 18);
      assert.equal(await page.textContent('td[data-persona="marketer"][data-phase="awareness"] .gap-reason'), 'Gap: no content');
      assert.equal(await page.textContent('td[data-persona="it-manager"][data-phase="awareness"] .gap-reason'), 'Gap: 1 of 2');
      assert.equal(await page.getAttribute('td[data-persona="cfo"][data-phase="advocacy"]', 'data-ignored'), 'true');
      assert.equal(await page.getAttribute('td[data-persona="cfo"][data-phase="advocacy"]', 'data-gap'), 'false');
      assert.equal(await page.textContent('td[data-persona="cfo"][data-phase="advocacy"] .note'), 'Not expected');
      assert.equal(await page.locator('td[data-persona="cfo"][data-phase="awareness"] li.piece.retired').count(), 1);
      const piece = page.locator('td[data-persona="it-manager"][data-phase="awareness"] li.piece');
      assert.equal(await piece.getAttribute('data-line'), '11');
      assert.equal(await piece.locator('a.title').getAttribute('href'), 'https://example.com/erp');
      assert.equal(await piece.locator('.badge').textContent(), 'published');
      assert.equal(await piece.locator('.meta').textContent(), 'blog · website · Sanne · 2026-02-10');
      assert.equal(await page.textContent('tr[data-persona="it-manager"] th .counts'), '4 pieces · 0/6 filled');
      assert.equal(await page.textContent('th[data-phase="consideration"] .counts'), '2 pieces · 1/3 filled');
      assert.equal(await page.locator('footer.legend .badge').count(), 8);
      assert.deepEqual(requests, []);
      mkdirSync(TEST_RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(TEST_RESULTS, 'export-html.png'), fullPage: true });
      // Print: landscape page, smaller type.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.$eval('body', (body: any) => getComputedStyle(body).fontSize), '11px');
    });
    assert.match(html, /@media print \{[^]*@page \{ size: landscape;/);
  });

  test('escapes every text and links only http(s) urls', async () => {
    const html = renderMatrixHtml(hostileModel());
    assert.doesNotMatch(html, /<img|<script|<b>|onmouseover="/i);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62; title/);
    assert.match(html, /data-persona="x&#34; onmouseover=&#34;alert\(3\)"/);
    await load(html, async (page) => {
      assert.equal(await page.locator('img, script, b').count(), 0);
      assert.equal(await page.textContent('h1'), `${HOSTILE} plan`);
      assert.equal(await page.textContent('th[scope="row"]'), `${HOSTILE} persona2 pieces · 1/2 filled`);
      assert.deepEqual(await page.$$eval('li.piece .title', (els: any[]) => els.map((e) => `${e.tagName}:${e.textContent}`)),
        [`A:${HOSTILE} title`, `SPAN:${HOSTILE} title`]);
      assert.equal(await page.getAttribute('a.title', 'href'), 'https://example.com/?q=%3Cimg%20src=x%20onerror=alert(1)%3E');
      assert.equal(await page.getAttribute('td.cell', 'data-phase'), '"><script>alert(2)</script>');
      assert.match((await page.getAttribute('li.piece .badge', 'class')) ?? '', /^badge status-none$/);
    });
  });

  test('is self-contained: no script, no remote resources', () => {
    const html = renderMatrixHtml(modelFromPlan(samplePlanText()));
    assert.doesNotMatch(html, /<script|<link|<img|\ssrc=|@import|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(hrefs, ['https://example.com/erp']);
  });

  test('names the syntax error of a broken plan', async () => {
    const html = renderMatrixHtml(brokenModel(4, 'YAML syntax error: <bad>'));
    await load(html, async (page) => {
      assert.equal(await page.textContent('.banner'), 'The plan has a YAML syntax error on line 4: YAML syntax error: <bad>');
      assert.equal(await page.textContent('h1'), 'Content journey matrix');
    });
  });

  test('speaks Dutch when asked', () => {
    const html = renderMatrixHtml(modelFromPlan(samplePlanText()), 'nl');
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /Koperstraject/);
    assert.match(html, /Gat: geen content/);
    assert.match(html, /Niet verwacht/);
  });

  test('helpers', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
    assert.equal(safeHttpUrl('https://example.com/a?b=<c>'), 'https://example.com/a?b=%3Cc%3E');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'nope', '', null]) assert.equal(safeHttpUrl(bad), null);
  });
});

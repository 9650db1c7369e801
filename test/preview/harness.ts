// Loads the preview webview in headless Chromium exactly as the extension builds it: the page
// from `renderPreviewShell`, dist/webview.js and media/preview.css served from a fake webview
// origin, the CSP enforced, and a fake `acquireVsCodeApi` recording what the page posts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { MatrixModel } from '../../server/src/core';
import type { FromOverview, FromWebview, MatrixFull, MatrixResult, OverviewUpdateMessage, UpdateMessage, ViewPiece } from '../../server/src/protocol';
import { createNonce, renderPreviewShell } from '../../client/src/preview/shell';
import { launchChromium } from './chromium';
import { MEDIA, OVERVIEW_SCRIPT, WEBVIEW_SCRIPT } from './paths';
import { bodyClass, themeStylesheet, type Theme } from './themes';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any;

export const ORIGIN = 'https://journey-webview.test';

export interface PreviewPage {
  page: Page;
  /** Posts a message to the page as the extension would, and resolves once the page handled it. */
  send(message: UpdateMessage | OverviewUpdateMessage | Record<string, unknown>): Promise<void>;
  /** Everything the page posted to the extension so far, but its "painted" notes. */
  posted(): Promise<(FromWebview | FromOverview)[]>;
  /** The resultIds of the page's "painted" notes, in order. */
  paints(): Promise<string[]>;
  /** The page's last `setState`. */
  state(): Promise<Record<string, unknown> | undefined>;
  /** Errors thrown in the page, console errors, dialogs, outside requests and CSP violations: a healthy page has none. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  theme?: Theme;
  /** What `getState()` returns, as after the webview was hidden or the window reloaded. */
  initialState?: unknown;
  viewport?: { width: number; height: number };
  locale?: 'en' | 'nl';
  /** The matrix preview (dist/webview.js), or the workspace overview (dist/overview.js). */
  page?: 'preview' | 'overview';
}

export async function openPreview(browser: Browser, options: OpenOptions = {}): Promise<PreviewPage> {
  const theme = options.theme ?? 'light';
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  const html = renderPreviewShell({
    cspSource: ORIGIN,
    nonce: createNonce(),
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUri: `${ORIGIN}/media/preview.css`,
    locale: options.locale,
    page: options.page,
  });
  const script = options.page === 'overview' ? OVERVIEW_SCRIPT : WEBVIEW_SCRIPT;
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
    if (url.pathname === '/dist/webview.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(script, 'utf8') });
    if (url.pathname === '/media/preview.css') {
      return route.fulfill({ contentType: 'text/css', body: themeStylesheet(theme) + readFileSync(path.join(MEDIA, 'preview.css'), 'utf8') });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  // Anything else (a remote image a hostile title might smuggle in) is recorded and refused.
  await page.route((url) => !url.href.startsWith(ORIGIN), async (route) => {
    problems.push(`outside request: ${route.request().url()}`);
    await route.abort();
  });

  await page.addInitScript(
    ({ initialState, className }) => {
      const w = window as unknown as Record<string, unknown>;
      const posted: unknown[] = [];
      let state = initialState;
      w.__posted = posted;
      w.__state = () => state;
      w.__cspViolations = [] as string[];
      document.addEventListener('securitypolicyviolation', (event: { violatedDirective: string; blockedURI: string }) => {
        (w.__cspViolations as string[]).push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
      let acquired = false;
      w.acquireVsCodeApi = () => {
        if (acquired) throw new Error('acquireVsCodeApi may be called once');
        acquired = true;
        return {
          postMessage: (message: unknown) => posted.push(JSON.parse(JSON.stringify(message))),
          getState: () => state,
          setState: (next: unknown) => {
            state = JSON.parse(JSON.stringify(next));
          },
        };
      };
      document.addEventListener('DOMContentLoaded', () => document.body.classList.add(className));
    },
    { initialState: options.initialState, className: bodyClass(theme) },
  );

  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => ((window as unknown as { __posted: unknown[] }).__posted ?? []).length > 0);

  const allPosted = () => page.evaluate(() => (window as unknown as { __posted: (FromWebview | FromOverview)[] }).__posted);
  return {
    page,
    async send(message) {
      // A listener added after the page's own runs after it: when it fires, the page has handled the message.
      await page.evaluate(
        (data) =>
          new Promise<void>((resolve) => {
            window.addEventListener('message', () => resolve(), { once: true });
            window.postMessage(data, '*');
          }),
        message,
      );
    },
    posted: async () => (await allPosted()).filter((message) => message.type !== 'painted'),
    paints: async () => (await allPosted()).flatMap((message) => (message.type === 'painted' ? [message.resultId] : [])),
    state: () => page.evaluate(() => (window as unknown as { __state: () => Record<string, unknown> | undefined }).__state()),
    async problems() {
      const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
      return [...problems, ...violations.map((v) => `CSP violation: ${v}`)];
    },
    close: () => context.close(),
  };
}

let results = 0;

/** The whole matrix of a model (on `today`), each piece once (pieces are told apart by their line), as the server answers it. */
export function wholeResult(model: MatrixModel, today: string | null = null): MatrixFull {
  const pieces: ViewPiece[] = [];
  const index = new Map<number, number>();
  const cells = model.cells.map(({ gap, ignored, ignoredBy, count, map, kpi, content }) => ({
    gap,
    ignored,
    ignoredBy,
    count,
    map,
    kpi,
    pieces: content.map((piece) => {
      let i = index.get(piece.line);
      if (i === undefined) index.set(piece.line, (i = pieces.push(piece) - 1));
      return i;
    }),
  }));
  const { title, minPerCell, phases, personas, actions, coverage, syntaxErrors } = model;
  return { kind: 'full', resultId: `test-${++results}`, title, model: model.model, minPerCell, phases, personas, actions, coverage, syntaxErrors, today, pieces, cells };
}

/** An update as the extension posts it: a model (made whole) or a result as it is. */
export function update(matrix: MatrixModel | MatrixResult | null, overrides: Partial<UpdateMessage> = {}): UpdateMessage {
  const result = matrix && !('kind' in matrix) ? wholeResult(matrix) : matrix;
  return { type: 'update', uri: 'file:///plans/acme.journey', fileName: 'acme.journey', locked: false, matrix: result, ...overrides };
}

/**
 * One Chromium for a test file (launched before its tests, closed after them), and a way to run
 * a test body on a fresh preview page that fails on any page error, CSP violation or dialog.
 * `prepare` runs on the page first (send a model, switch views).
 */
export function previewsInChromium(prepare: (preview: PreviewPage) => Promise<void> = async () => {}) {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return async (body: (preview: PreviewPage) => Promise<void>, options: OpenOptions = {}): Promise<void> => {
    if (!browser) throw new Error('previewsInChromium: Chromium is not running (call it at the top of a test file)');
    const preview = await openPreview(browser, options);
    try {
      await prepare(preview);
      await body(preview);
      assert.deepEqual(await preview.problems(), []);
    } finally {
      await preview.close();
    }
  };
}

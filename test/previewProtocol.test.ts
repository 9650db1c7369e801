// The preview's page shell (CSP, nonce, resources) and the validation of every message the
// extension receives from the webview; the matrix deltas both sides apply and the checks the
// webview makes on them; the extension's coalescing of redraws; plus a static check that the
// webview's code never parses HTML or sets inline styles.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, mock, test } from 'node:test';
import {
  applyMatrixResult,
  httpUrl,
  isMatrixResult,
  parseDefaultFilters,
  parseContextPlan,
  parsePieceChange,
  parsePieceContext,
  parsePreviewState,
  parseWebviewMessage,
  type MatrixDelta,
} from '../server/src/protocol';
import { Throttle } from '../client/src/preview/throttle';
import { modelFromPlan, samplePlanText } from './preview/models';
import { wholeResult } from './preview/harness';
import { contentSecurityPolicy, createNonce, renderPreviewShell } from '../client/src/preview/shell';
import { MEDIA, REPO_ROOT } from './preview/paths';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'AbCdEfGhIjKlMnOpQrStUvWx',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css?a=1&b="2"',
};

describe('preview shell', () => {
  test('has the strict CSP: nothing by default, styles/images/fonts from the extension, scripts by nonce', () => {
    const html = renderPreviewShell(options);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.equal(
      csp,
      "default-src &#39;none&#39;; style-src https://file+.vscode-resource.vscode-cdn.net; script-src &#39;nonce-AbCdEfGhIjKlMnOpQrStUvWx&#39;; " +
        'img-src https://file+.vscode-resource.vscode-cdn.net; font-src https://file+.vscode-resource.vscode-cdn.net',
    );
    assert.equal(contentSecurityPolicy('X', 'n'), "default-src 'none'; style-src X; script-src 'nonce-n'; img-src X; font-src X");
  });

  test('loads one nonce script and one stylesheet, with no inline script or style', () => {
    const html = renderPreviewShell(options);
    assert.deepEqual([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]), [`<script nonce="${options.nonce}" src="${options.scriptUri}">`]);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\/preview\.css\?a=1&#38;b=&#34;2&#34;">/);
    assert.doesNotMatch(html, /\sstyle=|<style|\son[a-z]+=/i);
    assert.match(html, /<script [^>]*><\/script>/);
  });

  test('accepts a source list with keywords, as VS Code for the web gives', () => {
    const html = renderPreviewShell({ ...options, cspSource: "'self' https://*.vscode-cdn.net" });
    assert.match(html, /style-src &#39;self&#39; https:\/\/\*\.vscode-cdn\.net; script-src/);
  });

  test('refuses a weak nonce or a cspSource that would break out of the policy', () => {
    assert.throws(() => renderPreviewShell({ ...options, nonce: 'abc' }), /nonce/);
    assert.throws(() => renderPreviewShell({ ...options, nonce: `${options.nonce}'; script-src *` }), /nonce/);
    assert.throws(() => renderPreviewShell({ ...options, cspSource: "x; script-src 'unsafe-inline'" }), /cspSource/);
    assert.throws(() => renderPreviewShell({ ...options, cspSource: 'x">' }), /cspSource/);
  });

  test('creates a fresh base64 nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, createNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
  });
});

describe('messages from the webview', () => {
  test('accepts the six known messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'painted', resultId: '17' }), { type: 'painted', resultId: '17' });
    assert.deepEqual(parseWebviewMessage({ type: 'export', extra: 1 }), { type: 'export' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 12 }), { type: 'reveal', line: 12 });
    assert.deepEqual(parseWebviewMessage({ type: 'addPiece', persona: 'cfo', phase: 'awareness' }), { type: 'addPiece', persona: 'cfo', phase: 'awareness' });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', url: 'https://example.com/a b' }), { type: 'openLink', url: 'https://example.com/a%20b' });
  });

  test('rejects anything malformed', () => {
    for (const bad of [
      null, 'ready', 42, [], {}, { type: 'run', command: 'workbench.action.terminal.new' },
      { type: 'reveal' }, { type: 'reveal', line: 0 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'reveal', line: Infinity },
      { type: 'addPiece', persona: 'cfo' }, { type: 'addPiece', persona: '', phase: 'x' }, { type: 'addPiece', persona: 'cfo', phase: 7 },
      { type: 'addPiece', persona: 'x'.repeat(10_001), phase: 'x' },
      { type: 'openLink', url: 'javascript:alert(1)' }, { type: 'openLink', url: 'command:workbench.action.quit' },
      { type: 'openLink', url: 'file:///etc/passwd' }, { type: 'openLink', url: 'vscode://ms-vscode.x' }, { type: 'openLink', url: '/relative' },
      { type: 'openLink', url: 'data:text/html,<script>' }, { type: 'openLink' },
      { type: 'painted' }, { type: 'painted', resultId: 17 }, { type: 'painted', resultId: 'x'.repeat(10_001) },
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  test('reads the plan a context menu command came from, or nothing', () => {
    assert.equal(parseContextPlan({ uri: 'file:///plans/a.journey', webviewSection: 'cell', persona: 'cfo', phase: 'awareness' }), 'file:///plans/a.journey');
    for (const bad of [undefined, null, 'file:///plans/a.journey', {}, { uri: '' }, { uri: 7 }, { uri: 'x'.repeat(10_001) }]) assert.equal(parseContextPlan(bad), undefined, JSON.stringify(bad));
  });

  test('accepts the piece edits: a drop, "Move to…" and "Change status…", as drawn', () => {
    const piece = { line: 7, title: 'Blog' };
    const from = { persona: 'cfo', phase: 'awareness' };
    const to = { persona: 'it', phase: 'purchase' };
    assert.deepEqual(parseWebviewMessage({ type: 'movePiece', piece: { ...piece, extra: 1 }, from, to }), { type: 'movePiece', piece, from, to });
    assert.deepEqual(parseWebviewMessage({ type: 'moveTo', piece, from }), { type: 'moveTo', piece, from });
    assert.deepEqual(parseWebviewMessage({ type: 'changeStatus', piece: { line: 3, title: '' } }), { type: 'changeStatus', piece: { line: 3, title: '' } });
    for (const bad of [
      { type: 'movePiece', piece, from }, { type: 'movePiece', piece: { line: 0, title: 'x' }, from, to }, { type: 'movePiece', piece: { line: 2 }, from, to },
      { type: 'movePiece', piece, from: { persona: 'cfo' }, to }, { type: 'moveTo', piece: { line: '7', title: 'x' }, from },
      { type: 'changeStatus' }, { type: 'changeStatus', piece: { line: 1.5, title: 'x' } }, { type: 'changeStatus', piece: { line: 1, title: 'x'.repeat(10_001) } },
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  test('the server\'s piece changes and the context menu\'s argument are checked the same way', () => {
    assert.deepEqual(parsePieceChange({ kind: 'status', status: 'published' }), { kind: 'status', status: 'published' });
    assert.deepEqual(parsePieceChange({ kind: 'move', from: { persona: 'a', phase: 'b' }, to: { persona: 'a', phase: 'c' } }),
      { kind: 'move', from: { persona: 'a', phase: 'b' }, to: { persona: 'a', phase: 'c' } });
    for (const bad of [null, {}, { kind: 'status', status: 'done' }, { kind: 'status' }, { kind: 'move', from: { persona: 'a', phase: 'b' } }, { kind: 'delete' }]) {
      assert.equal(parsePieceChange(bad), undefined, JSON.stringify(bad));
    }
    assert.deepEqual(parsePieceContext({ webviewSection: 'piece', preventDefaultContextMenuItems: true, line: 9, title: 'Gids', persona: 'cfo', phase: 'usage' }),
      { piece: { line: 9, title: 'Gids' }, cell: { persona: 'cfo', phase: 'usage' } });
    assert.equal(parsePieceContext({ webviewSection: 'cell', persona: 'cfo', phase: 'usage' }), undefined);
    assert.equal(parsePieceContext(undefined), undefined);
  });

  test('httpUrl takes absolute http(s) urls only', () => {
    assert.equal(httpUrl('http://example.com'), 'http://example.com/');
    assert.equal(httpUrl('HTTPS://Example.com/x?y=1#z'), 'https://example.com/x?y=1#z');
    assert.equal(httpUrl(' https://example.com'), 'https://example.com/');
    for (const bad of ['ftp://example.com', 'mailto:a@b.c', 'example.com', '', 'http://', undefined, 5]) assert.equal(httpUrl(bad), undefined, String(bad));
  });

  test('the saved webview state gives the serializer a uri and the lock', () => {
    assert.deepEqual(parsePreviewState({ uri: 'file:///a.journey', locked: true, scrollY: 5 }), { uri: 'file:///a.journey', locked: true });
    assert.deepEqual(parsePreviewState({ uri: 'file:///a.journey', locked: 'yes' }), { uri: 'file:///a.journey', locked: false });
    for (const bad of [undefined, null, 'file:///a.journey', {}, { uri: '' }, { uri: 3 }]) assert.equal(parsePreviewState(bad), undefined);
  });
});

describe('the journey.preview.defaultFilters setting', () => {
  test('keeps each known field that is a list of texts, without duplicates', () => {
    assert.deepEqual(parseDefaultFilters({ status: ['idea', 'planned', 'draft', 'idea'], owner: ['Sanne'] }), { status: ['idea', 'planned', 'draft'], owner: ['Sanne'] });
    assert.deepEqual(parseDefaultFilters({ type: ['blog'], channel: ['email', 'website'] }), { type: ['blog'], channel: ['email', 'website'] });
  });

  test('ignores wrong shapes: the whole value, or one field at a time', () => {
    for (const value of [undefined, null, 'draft', 42, ['draft'], true]) assert.deepEqual(parseDefaultFilters(value), {}, JSON.stringify(value));
    assert.deepEqual(parseDefaultFilters({ status: 'draft', type: [], channel: ['email', 3], owner: [''], colour: ['red'] }), {});
    assert.deepEqual(parseDefaultFilters({ status: { idea: true }, owner: ['Bram'] }), { owner: ['Bram'] });
  });
});

describe('webview code hygiene', () => {
  /** The webview's own code, and the shared view model it draws with (Preact's bundle is the library's). */
  const files = [
    ...readdirSync(path.join(REPO_ROOT, 'webview', 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join('webview', 'src', f)),
    ...readdirSync(path.join(REPO_ROOT, 'server', 'src', 'core', 'view')).map((f) => path.join('server', 'src', 'core', 'view', f)),
  ];
  const script = files.map((file) => readFileSync(path.join(REPO_ROOT, file), 'utf8')).join('\n');
  const css = readFileSync(path.join(MEDIA, 'preview.css'), 'utf8');

  test('never parses HTML, evaluates code or sets inline styles', () => {
    assert.ok(files.includes(path.join('webview', 'src', 'main.tsx')) && files.length > 8, files.join());
    for (const banned of [/innerHTML/, /outerHTML/, /insertAdjacentHTML/, /dangerouslySetInnerHTML/, /document\.write/, /\beval\(/, /new Function/, /setAttribute\(\s*['"](style|on)/, /\.style\b/, /\bstyle=\{/, /\.onclick\s*=/]) {
      assert.doesNotMatch(script, banned);
    }
  });

  test('loads nothing remote', () => {
    assert.doesNotMatch(script.replace(/['`]https?:\/\/' ?\|\|/g, ''), /['"`]https?:\/\/[^'"`]/);
    assert.doesNotMatch(css, /https?:\/\//);
    assert.doesNotMatch(css, /@import|url\(/);
  });
});

describe('matrix results, as the extension and the webview apply them', () => {
  const before = wholeResult(modelFromPlan(samplePlanText()));

  test('a delta applies to the matrix it is on only', () => {
    const view = applyMatrixResult(null, before)!;
    const delta: MatrixDelta = { ...view, kind: 'delta', resultId: 'next', previousResultId: view.resultId, splice: { start: 0, deleteCount: 1, pieces: [{ ...view.pieces[0], title: 'Zes signalen' }] }, lineShift: 0, cells: [] };
    const after = applyMatrixResult(view, delta)!;
    assert.equal(after.resultId, 'next');
    assert.equal(after.pieces[0].title, 'Zes signalen');
    assert.ok(after.cells.every((cell, k) => cell === view.cells[k]), 'cells not sent are kept');
    assert.deepEqual(after.pieces.slice(1), view.pieces.slice(1));
    assert.equal(applyMatrixResult(after, delta), null, 'not on the matrix it was made for');
    assert.equal(applyMatrixResult(null, delta), null);
    assert.equal(applyMatrixResult(view, { ...delta, cells: [[view.cells.length, view.cells[0]]] }), null, 'a cell out of range');
    assert.equal(applyMatrixResult(view, { ...delta, splice: { start: view.pieces.length, deleteCount: 1, pieces: [] } }), null, 'a splice out of range');
    assert.equal(applyMatrixResult(view, { ...delta, personas: [] }), null, 'another layout');
  });

  test('the webview takes well-formed results only', () => {
    const delta: MatrixDelta = { ...before, kind: 'delta', previousResultId: 'x', splice: { start: 0, deleteCount: 0, pieces: [] }, lineShift: -2, cells: [[0, before.cells[0]]] };
    assert.equal(isMatrixResult(before), true);
    assert.equal(isMatrixResult(delta), true);
    for (const bad of [
      null, {}, { ...before, kind: 'other' }, { ...before, resultId: 3 }, { ...before, cells: before.cells.slice(1) },
      { ...before, cells: [{ ...before.cells[0], pieces: [before.pieces.length] }, ...before.cells.slice(1)] },
      { ...before, pieces: [{ ...before.pieces[0], line: 0 }] }, { ...before, phases: [{ id: 'a', name: 'A', stage: 'middle' }] },
      { ...delta, lineShift: 0.5 }, { ...delta, cells: [[-1, before.cells[0]]] }, { ...delta, splice: { start: 0, deleteCount: 0 } },
    ]) {
      assert.equal(isMatrixResult(bad), false, JSON.stringify(bad).slice(0, 120));
    }
  });
});

describe('redraws while the user types (Throttle)', () => {
  test('runs at once after a quiet spell, once more after a burst, never two at once', async () => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    try {
      const runs: number[] = [];
      let finish: () => void = () => undefined;
      const throttle = new Throttle(() => new Promise<void>((resolve) => {
        runs.push(Date.now());
        finish = resolve;
      }), 300);
      throttle.schedule();
      assert.deepEqual(runs, [0], 'the first ask runs at once');
      assert.equal(throttle.idle, false, 'running');
      for (let i = 0; i < 5; i++) throttle.schedule();
      finish();
      await Promise.resolve();
      await Promise.resolve();
      assert.equal(runs.length, 1, 'asks during a run wait for the delay');
      assert.equal(throttle.idle, false, 'a run is waiting for the delay');
      mock.timers.tick(299);
      assert.equal(runs.length, 1);
      mock.timers.tick(1);
      assert.deepEqual(runs, [0, 300], 'five asks, one more run');
      finish();
      await Promise.resolve();
      await Promise.resolve();
      mock.timers.tick(10_000);
      assert.equal(runs.length, 2, 'nothing left queued');
      assert.equal(throttle.idle, true, 'nothing running or waiting');
      throttle.schedule();
      assert.equal(runs.length, 3, 'quiet again: at once');
      throttle.dispose();
      throttle.schedule();
      mock.timers.tick(10_000);
      assert.equal(runs.length, 3, 'disposed: never again');
    } finally {
      mock.timers.reset();
    }
  });
});

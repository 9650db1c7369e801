// The preview's page shell (CSP, nonce, resources) and the validation of every message the
// extension receives from the webview; the updates it sends (only the cells that changed);
// plus a static check that the webview script never
// parses HTML or sets inline styles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { httpUrl, parseDefaultFilters, parsePreviewState, parseWebviewMessage, SentCells } from '../client/src/preview/protocol';
import { modelFromPlan, samplePlanText } from './preview/models';
import { contentSecurityPolicy, createNonce, renderPreviewShell } from '../client/src/preview/shell';
import { MEDIA } from './preview/paths';

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
  test('accepts the five known messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
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
    ]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
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

describe('webview script hygiene', () => {
  const script = readFileSync(path.join(MEDIA, 'preview.js'), 'utf8');
  const css = readFileSync(path.join(MEDIA, 'preview.css'), 'utf8');

  test('never parses HTML, evaluates code or sets inline styles', () => {
    for (const banned of [/innerHTML/, /outerHTML/, /insertAdjacentHTML/, /document\.write/, /\beval\(/, /new Function/, /setAttribute\(\s*['"](style|on)/, /\.style\./, /\.onclick\s*=/]) {
      assert.doesNotMatch(script, banned);
    }
  });

  test('loads nothing remote', () => {
    assert.doesNotMatch(script + css, /https?:\/\//);
    assert.doesNotMatch(css, /@import|url\(/);
  });
});

describe('updates to the webview', () => {
  const URI = 'file:///plans/acme.journey';
  const before = modelFromPlan(samplePlanText());
  const after = modelFromPlan(samplePlanText().replace('5 signalen dat je ERP verouderd is', 'Zes signalen'));

  test('leave out the cells the webview has, and say which update those are from', () => {
    const sent = new SentCells();
    const first = sent.next(URI, before);
    assert.equal(first.base, undefined);
    assert.deepEqual(first.model, before);
    const second = sent.next(URI, after);
    assert.equal(second.base, first.seq);
    assert.ok(second.seq > first.seq);
    const cells = second.model!.cells;
    assert.equal(cells.filter((cell) => cell !== null).length, 1, 'one cell changed');
    const changed = cells.findIndex((cell) => cell !== null);
    assert.deepEqual(cells[changed], after.cells[changed]);
    assert.deepEqual({ ...second.model, cells: [] }, { ...after, cells: [] }, 'everything but the cells is sent whole');
    // Nothing changed: every cell is left out.
    assert.ok(sent.next(URI, after).model!.cells.every((cell) => cell === null));
  });

  test('are whole after a reset, for another plan, another shape, or no model', () => {
    const sent = new SentCells();
    sent.next(URI, before);
    sent.reset();
    assert.equal(sent.next(URI, after).base, undefined, 'after a reset (the webview said "ready")');
    assert.equal(sent.next('file:///plans/other.journey', after).base, undefined, 'another plan');
    const fewer = { ...after, cells: after.cells.slice(1) };
    sent.next(URI, after);
    assert.equal(sent.next(URI, fewer).base, undefined, 'another number of cells');
    assert.equal(sent.next(URI, null).base, undefined);
    assert.equal(sent.next(URI, after).base, undefined, 'after no model');
  });
});

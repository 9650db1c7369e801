// npm run bench:preview — the live preview as a user meets it, in the real VS Code the e2e runner
// installs (code-server + Chromium, offline), on generated plans of 10, 1,000 and 10,000 pieces
// in one run. Per plan: opening the preview → its first cell painted; a keystroke that adds a
// piece to a cell (or takes it out) → the preview showing it, painted (median); and the bytes of
// the server's answer to that keystroke (`journey/matrix` with previousResultId, through
// dist/server.js). Times come from the webview's own marks (journey:*): "painted" is the first
// task after the animation frame that followed the drawing, when the frame is on screen. Prints the
// budgets (10,000 pieces at most 1.5× the 10-piece times; at most 10 KB per keystroke) and
// writes bench/preview-results.json. Figures, never assertions in tests.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/node24.mjs';
import { openVsCode } from '../test/e2e/vscodeSession.mjs';
import { generatePlan } from './generate.mjs';
import { BENCH_TODAY, Client } from './lsp.mjs';

// JOURNEY_BENCH_SIZES=10,10000 measures fewer plans (the budgets compare the first and the last).
const SIZES = process.env.JOURNEY_BENCH_SIZES ? process.env.JOURNEY_BENCH_SIZES.split(',').map(Number) : [10, 1_000, 10_000];
/**
 * Keystrokes per plan: each round types one character and takes it out again. On 2 cores a
 * keystroke's time varies by a factor of two (the editor, the extension host and the server
 * share them), and the budget compares two medians: 24 samples each keep that ratio steady.
 */
const ROUNDS = 12;
/** Opens of the preview per plan (the first after opening the plan, the others after closing the preview). */
const OPENS = 3;
/**
 * Between keystrokes: VS Code asks for the outline (breadcrumbs) 350 ms or more after an edit, and
 * at 10,000 pieces that answer is 3 MB; waiting until it is in keeps one keystroke's outline
 * from being timed as the next one's preview.
 */
const KEYSTROKE_GAP_MS = 2_000;
const resultsDir = join(repoRoot, 'test-results', 'bench-preview');
const log = (line) => console.log(line);
/** The first and third quartiles, nearest rank: how much the samples behind a median vary. */
const quartiles = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil((3 * (sorted.length - 1)) / 4)]];
};
/** The median; of an even count, the mean of the middle two. */
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/**
 * A generated plan with a persona "bench" and, last, a piece for "benc": one keystroke ("h")
 * adds it to the bench × awareness cell, Backspace takes it out again.
 */
function benchPlan(pieces) {
  const text = generatePlan(pieces)
    .replace('\ncontent:\n', '\n  - id: bench\n    name: Bench\n\ncontent:\n')
    .replace('\nrules:\n', '\n  - title: Bench piece\n    persona: benc\n    phase: awareness\n\nrules:\n');
  const lines = text.split('\n');
  return { text, personaLine: lines.indexOf('    persona: benc') + 1 };
}

async function step(title, fn) {
  log(`── ${title}`);
  return fn();
}

/** Bytes of the server's answer to the keystroke, as the preview asks (a delta on its last answer). */
async function answerBytes(text, personaLine) {
  const server = await Client.start([join(repoRoot, 'dist/server.js'), '--stdio'], { configuration: () => ({}) });
  try {
    const uri = 'file:///bench/preview.journey';
    await server.open(uri, 'journey', text);
    const [, whole] = await server.timed('journey/matrix', { uri });
    const at = { line: personaLine - 1, character: '    persona: benc'.length };
    await server.change(uri, 2, { start: at, end: at }, 'h');
    const [, delta] = await server.timed('journey/matrix', { uri, previousResultId: whole.resultId });
    return { whole: Buffer.byteLength(JSON.stringify(whole)), keystroke: Buffer.byteLength(JSON.stringify(delta)), kind: delta.kind };
  } finally {
    await server.stop();
  }
}

/** Opens the plan and its preview beside it; returns ms from the command to the first cell painted. */
async function openPreview(page, file, settleMs) {
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const quickInput = page.locator('.quick-input-widget input');
  // VS Code may move the focus into a webview just after the palette opened, which closes it:
  // then it is opened again (a few times at most).
  const palette = async (prefix, value) => {
    for (let attempt = 1; ; attempt++) {
      await page.locator('.part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
      await page.keyboard.press(prefix);
      await quickInput.waitFor({ state: 'visible' });
      await page.waitForTimeout(200);
      if (attempt === 3 || (await quickInput.isVisible())) break;
    }
    await quickInput.fill(value, { timeout: 10_000 });
  };
  await palette('Control+Shift+P', '>View: Close All Editors');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Close All Editors' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' }).catch(() => {});

  await palette('Control+P', file);
  // Click the file's own row: a recently opened bench-10000.journey may rank above bench-10.journey.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor();
  const editor = page.locator(`.monaco-editor[data-uri$="${file}"]`).first();
  await editor.waitFor();
  // Let the server take the plan in before the preview is asked for.
  await page.waitForTimeout(settleMs);

  const { openMs, pageMs, piecesMs } = await timeOpen(page, palette, preview);
  return { openMs, pageMs, piecesMs, editor, preview, quickInput, palette };
}

/** "Journey: Open Preview to the Side" → the first frame painted with the matrix, by the webview's own marks. */
async function timeOpen(page, palette, preview) {
  await palette('Control+Shift+P', '>Journey: Open Preview to the Side');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first().waitFor();
  const opened = Date.now();
  await page.keyboard.press('Enter');
  await preview.locator('td.cell').first().waitFor({ timeout: 120_000 });
  // Timed by the webview's own marks (wall clock, as `opened`): when its page started, and when
  // the frame with its first matrix was painted — not when this script's polling noticed.
  const frame = await (await preview.locator('td.cell').first().elementHandle()).ownerFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('journey:first-painted').length > 0, null, { timeout: 30_000 });
  // A large plan's cells come first and its pieces after them (its filters and piece lists
  // with them): when those are painted too is reported beside the budget's figure.
  const large = await frame.evaluate(() => document.querySelector('#filters') === null);
  if (large) await frame.waitForFunction(() => performance.getEntriesByName('journey:pieces-painted').length > 0, null, { timeout: 30_000 });
  const steps = await frame.evaluate(() => ({
    page: performance.timeOrigin,
    painted: performance.timeOrigin + performance.getEntriesByName('journey:first-painted')[0].startTime,
    pieces: performance.timeOrigin + (performance.getEntriesByName('journey:pieces-painted').at(-1)?.startTime ?? performance.getEntriesByName('journey:first-painted')[0].startTime),
  }));
  return { openMs: Math.round(steps.painted - opened), pageMs: Math.round(steps.page - opened), piecesMs: Math.round(steps.pieces - opened) };
}

/** Closes the preview (the plan stays open and analysed) and opens it again: another timed open. */
async function reopen(page, palette, preview) {
  // The close button of the preview's tab: a keyboard shortcut after a click on the tab races
  // VS Code moving the focus into the webview, which closes the command palette again.
  const tab = page.locator('.tabs-container .tab', { hasText: 'Preview' }).first();
  await tab.hover();
  await tab.locator('.tab-actions .action-label').first().click();
  await page.locator('iframe.webview.ready').waitFor({ state: 'detached' });
  await page.waitForTimeout(1_000);
  return timeOpen(page, palette, preview);
}

async function measure(page, pieces) {
  const { personaLine } = benchPlan(pieces);
  const first = await openPreview(page, `bench-${pieces}.journey`, pieces >= 10_000 ? 15_000 : 3_000);
  const { editor, preview, quickInput, palette } = first;
  await page.screenshot({ path: join(resultsDir, `preview-${pieces}.png`) });
  // One open is one sample of a noisy figure: the median of OPENS.
  const opens = [first];
  while (opens.length < OPENS) opens.push(await reopen(page, palette, preview));

  // The cursor after "benc", in the editor.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await quickInput.fill(`:${personaLine}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  const target = preview.locator('td.cell[data-persona="bench"][data-phase="awareness"]');
  await target.waitFor();
  // The cell's label says how many pieces fill it (other pieces may be there for every persona, "*").
  const frame = await (await target.elementHandle()).ownerFrame();
  const label = () => frame.evaluate(() => document.querySelector('td.cell[data-persona="bench"][data-phase="awareness"]')?.getAttribute('aria-label'));
  const labelChange = (from) => frame.waitForFunction(
    (before) => document.querySelector('td.cell[data-persona="bench"][data-phase="awareness"]')?.getAttribute('aria-label') !== before,
    from, { polling: 'raf', timeout: 30_000 });
  // Where the time goes: the webview marks when it received its last update, and when the frame
  // showing it had been painted (a frame after it was drawn).
  const marks = async () => {
    await frame.waitForFunction(() => {
      const [drawn, painted] = ['journey:drawn', 'journey:painted'].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1);
      return drawn >= 0 && painted >= drawn;
    }, null, { timeout: 30_000 });
    return frame.evaluate(() => {
      const at = (name) => performance.timeOrigin + performance.getEntriesByName(name).at(-1).startTime;
      return { received: at('journey:received'), painted: at('journey:painted') };
    });
  };
  const keystrokes = [];
  const toWebview = [];
  const inWebview = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of ['h', 'Backspace']) {
      // Longer than the preview's coalescing delay too: the keystroke is drawn at once.
      await page.waitForTimeout(KEYSTROKE_GAP_MS);
      const before = await label();
      const typed = Date.now();
      await page.keyboard.press(key);
      await labelChange(before);
      const { received, painted } = await marks();
      keystrokes.push(Math.round(painted - typed));
      toWebview.push(Math.round(received - typed));
      inWebview.push(Math.round(painted - received));
    }
  }
  return { opens: opens.map((o) => o.openMs), pages: opens.map((o) => o.pageMs), pieces: opens.map((o) => o.piecesMs), keystrokes, toWebview, inWebview };
}

let session;
process.exitCode = 1;
try {
  mkdirSync(resultsDir, { recursive: true });
  // The day `npm run bench` takes (about one generated piece in twenty overdue), so that both
  // benches measure the same plans with the same problems, whatever the real date.
  const vscode = await openVsCode({ resultsDir, runName: `bench-preview-${process.pid}`, step, log, track: (opened) => (session = opened), today: BENCH_TODAY });
  const workspace = vscode.workspace('ws-bench');
  for (const pieces of SIZES) writeFileSync(join(workspace, `bench-${pieces}.journey`), benchPlan(pieces).text);
  const page = await vscode.context.newPage();
  await page.goto(`${vscode.server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  // Room for the preview: no side bar.
  await page.locator('.part.editor').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+B');
  // The first webview of a window costs more (VS Code loads what webviews share): open one before measuring.
  // Opens and keystrokes too: the plan measured first would otherwise pay for VS Code's and the
  // extension's first redraws (the 10-piece figures, the budgets' base, came out 20–40% high).
  const warm = await openPreview(page, 'saas-hubspot.journey', 1_000);
  for (let i = 0; i < 2; i++) await reopen(page, warm.palette, warm.preview);
  await warm.editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.type('#');
    await page.waitForTimeout(500);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(500);
  }
  const samples = new Map(SIZES.map((pieces) => [pieces, { opens: [], pages: [], pieces: [], keystrokes: [], toWebview: [], inWebview: [] }]));
  for (const pieces of SIZES) {
    log(`── ${pieces} pieces`);
    const run = await measure(page, pieces);
    const kept = samples.get(pieces);
    kept.opens.push(...run.opens);
    kept.pages.push(...run.pages);
    kept.pieces.push(...run.pieces);
    for (const key of ['keystrokes', 'toWebview', 'inWebview']) kept[key].push(...run[key]);
    log(`   open → first cell ${run.opens.join(', ')} ms (the webview's page started at ${run.pages.join(', ')} ms; the pieces painted at ${run.pieces.join(', ')} ms); keystroke → preview ${run.keystrokes.join(', ')} ms`);
  }
  const rows = [];
  for (const pieces of SIZES) {
    const kept = samples.get(pieces);
    const { text, personaLine } = benchPlan(pieces);
    const bytes = await answerBytes(text, personaLine);
    const row = {
      pieces, planBytes: Buffer.byteLength(text), openMs: median(kept.opens), opens: kept.opens, pageMs: median(kept.pages), piecesPaintedMs: median(kept.pieces),
      keystrokeMs: median(kept.keystrokes), keystrokes: kept.keystrokes, keystrokeToWebviewMs: median(kept.toWebview), webviewPaintMs: median(kept.inWebview),
      answerBytes: bytes.keystroke, answerKind: bytes.kind, wholeBytes: bytes.whole,
    };
    log(`${pieces} pieces: open → first cell ${row.openMs} ms (${row.opens.join(', ')}; its pieces ${row.piecesPaintedMs} ms); keystroke → preview ${row.keystrokeMs} ms (quartiles ${quartiles(kept.keystrokes).join('–')}): ` +
      `${row.keystrokeToWebviewMs} ms until the webview has the update, ${row.webviewPaintMs} ms to draw and paint it; answer ${row.answerBytes} bytes (${row.answerKind}; whole ${row.wholeBytes})`);
    rows.push(row);
  }
  const [small, large] = [rows[0], rows[rows.length - 1]];
  const budgets = [
    { what: 'keystroke → preview, 10,000 pieces ≤ 1.5× 10 pieces', value: `${(large.keystrokeMs / small.keystrokeMs).toFixed(2)}×`, met: large.keystrokeMs <= 1.5 * small.keystrokeMs },
    { what: 'open → first cell, 10,000 pieces ≤ 1.5× 10 pieces', value: `${(large.openMs / small.openMs).toFixed(2)}×`, met: large.openMs <= 1.5 * small.openMs },
    { what: 'server answer to a keystroke ≤ 10 KB at 10,000 pieces', value: `${large.answerBytes} B`, met: large.answerBytes <= 10_240 },
  ];
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version, loadAverage: os.loadavg() };
  writeFileSync(join(repoRoot, 'bench', 'preview-results.json'), JSON.stringify({ date: new Date().toISOString(), machine, rows, budgets }, null, 2) + '\n');
  log('\n| plan | open → first cell | keystroke → preview (median) | answer to a keystroke |');
  log('|---:|---:|---:|---:|');
  for (const row of rows) log(`| ${row.pieces.toLocaleString('en')} pieces | ${row.openMs} ms | ${row.keystrokeMs} ms | ${row.answerBytes.toLocaleString('en')} B |`);
  log('');
  for (const budget of budgets) log(`${budget.met ? 'met   ' : 'MISSED'} ${budget.what}: ${budget.value}`);
  log(`machine: ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, load ${machine.loadAverage.map((v) => v.toFixed(2)).join(' ')}`);
  process.exitCode = budgets.every((budget) => budget.met) ? 0 : 1;
} catch (error) {
  log(`bench:preview stopped: ${error.stack ?? error}`);
  for (const page of session?.context?.pages() ?? []) await page.screenshot({ path: join(resultsDir, 'failed.png') }).catch(() => {});
} finally {
  await session?.close();
  if (session) rmSync(session.runDir, { recursive: true, force: true });
}

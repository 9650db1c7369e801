// The UI test: what a marketer sees in VS Code (code-server in Chromium). Each step is one result;
// a failed step leaves a screenshot, and the later steps still run. The matrix shown in the
// preview is checked against the CLI's `journey matrix --format json` for the same file.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_TODAY } from './codeServer.mjs';
import { generatePlan } from '../../bench/generate.mjs';

const SAMPLE = 'saas-hubspot.journey';
/** The sample with the whole journey map: stages, map entries, moments of truth, actions. */
const MAP_SAMPLE = 'installatiebedrijf-klantreis.journey';
/** The sample with dates around E2E_TODAY, for the Calendar view. */
const DATED_SAMPLE = 'acme-b2b-software.journey';
/** The sample the preview edits (no step before types in it): a piece for two personas, and one with a status. */
const EDIT_SAMPLE = 'webshop-custom-phases.journey';
const NEW_PIECE = '  - { title: Pricing one-pager, persona: founder, phase: decision }\n';

/** The matrix as the CLI computes it: [persona, phase, gap] triples. */
function cliMatrix(repoRoot, file) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'matrix', file, '--format', 'json'], { encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(json).cells.map((cell) => `${cell.persona} × ${cell.phase}: ${cell.gap ? 'gap' : 'no gap'}`).sort();
}

/** The matrix model as the CLI prints it. */
function cliModel(repoRoot, file) {
  return JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'matrix', file, '--format', 'json'], { encoding: 'utf8', timeout: 30_000 }));
}

function cliCoverage(repoRoot, file) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'matrix', file, '--format', 'json'], { encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(json).coverage;
}

/** How many pieces the CLI reports `overdue` on the day the extension is told it is. */
function cliOverdue(repoRoot, file) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'lint', file, '--format', 'json', '--today', E2E_TODAY], { encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(json).files[0].diagnostics.filter((d) => d.code === 'overdue').length;
}

/** The `date:` of the piece whose `-` is on `line` (1-based) of the plan's text, read up to the next piece. */
function dateOfPieceAt(file, line) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const indent = lines[line - 1].search(/-/);
  for (let i = line - 1; i < lines.length && (i === line - 1 || lines[i].search(/\S/) > indent || lines[i].trim() === ''); i++) {
    const match = /^\s*-?\s*date:\s*(\d{4}-\d{2}-\d{2})/.exec(lines[i]);
    if (match) return match[1];
  }
  return null;
}

/** How many pieces the CLI lists in one cell. */
function cliCellSize(repoRoot, file, persona, phase) {
  const json = execFileSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'matrix', file, '--format', 'json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(json).cells.find((cell) => cell.persona === persona && cell.phase === phase).content.length;
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, server: { url: string }, workspace: string,
 *   resultsDir: string, repoRoot: string, results: { name: string, ok: boolean, detail?: string }[], log: (line: string) => void }} options
 */
export async function runUiTests({ context, server, workspace, resultsDir, repoRoot, results, log }) {
  const page = await context.newPage();
  let shot = 0;
  const screenshot = (name) => page.screenshot({ path: join(resultsDir, `${String(++shot).padStart(2, '0')}-${name}.png`) }).catch(() => {});
  const message = (error) => String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  const step = async (name, fn) => {
    const started = Date.now();
    try {
      await fn();
      results.push({ name: `ui: ${name}`, ok: true });
      log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      await screenshot('failed');
      results.push({ name: `ui: ${name}`, ok: false, detail: message(error).split('\n').slice(0, 8).join('\n') });
      log(`  ✗ ${name} (${Date.now() - started} ms)\n      ${message(error).split('\n')[0]}`);
    }
  };
  const editor = page.locator(`.monaco-editor[data-uri$="${SAMPLE}"]`).first();
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const cell = (persona, phase) => preview.locator(`td.cell[data-persona="${persona}"][data-phase="${phase}"]`);
  const quickInput = page.locator('.quick-input-widget input');
  const runCommand = async (title) => {
    // Just after the side bar and panel close, the workbench can still move focus, which closes
    // a palette opened too soon: let it settle, and open the palette again if it lost focus.
    for (let attempt = 1; ; attempt++) {
      await page.locator('.part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
      await page.waitForTimeout(500 * attempt);
      await page.keyboard.press('Control+Shift+P');
      const focused = await quickInput
        .evaluate((input) => new Promise((done) => setTimeout(() => done(document.activeElement === input), 300)), undefined, { timeout: 5_000 })
        .catch(() => false);
      if (focused) break;
      if (attempt === 3) throw new Error(`the command palette did not keep the keyboard focus (to run "${title}")`);
      await page.keyboard.press('Escape');
    }
    await quickInput.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  };
  /** Quick Open (Ctrl+P) on a file name, clicking the file's own row (a longer name may rank above it). */
  const quickOpen = async (name, timeoutMs = 30_000) => {
    await page.locator('.part.editor').click({ position: { x: 5, y: 5 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await quickInput.waitFor({ state: 'visible' });
    await quickInput.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ timeout: timeoutMs });
    await row.click();
  };
  /** Go to Line (Ctrl+G) in that editor. */
  const goToLine = async (inEditor, line) => {
    await inEditor.locator('.view-lines').click();
    await page.keyboard.press('Control+G');
    await quickInput.fill(`:${line}`);
    await page.keyboard.press('Enter');
  };
  const waitUntil = async (probe, what, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await probe().catch((error) => `error: ${message(error).split('\n')[0]}`);
      if (last === true) return;
      await page.waitForTimeout(100);
    }
    throw new Error(`waited ${timeoutMs} ms for ${what} (last: ${JSON.stringify(last)})`);
  };

  // Written before the folder opens, so that Quick Open knows it at once.
  const large = join(workspace, 'large.journey');
  writeFileSync(large, generatePlan(10_000));

  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first().waitFor({ timeout: 60_000 });

  await step('a sample opens as a Journey plan, coloured by the grammar', async () => {
    await quickOpen(SAMPLE);
    await page.locator('.tabs-container .tab.active', { hasText: SAMPLE }).waitFor();
    await waitUntil(async () => /journey/i.test(await page.locator('#status\\.editor\\.mode').innerText({ timeout: 1_000 })), 'the language mode "Journey" in the status bar');
    // Tokens render as spans with one class per colour; without the grammar a line is one token.
    const line = editor.locator('.view-line', { hasText: /^journey:/ }).first();
    await waitUntil(async () => new Set(await line.locator('span > span').evaluateAll((spans) => spans.map((s) => s.className))).size >= 2,
      'the "journey:" line to get more than one token colour');
    await screenshot('sample-open');
  });

  await step('the Problems panel lists the sample\'s problems with their codes', async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await waitUntil(async () => {
      const text = (await rows.allInnerTexts()).join('\n');
      return text.includes('persona-without-content') && text.includes('empty-cell');
    }, 'persona-without-content and empty-cell rows in the Problems panel');
    await screenshot('problems');
  });

  await step('the preview to the side shows the matrix the CLI computes', async () => {
    // Room for the matrix: hide the panel (Ctrl+J toggles it) and the side bar (Ctrl+B).
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+B');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await editor.locator('.view-lines').click();
    await runCommand('Journey: Open Preview to the Side');
    await cell('founder', 'decision').waitFor({ timeout: 30_000 });
    const shown = (await preview.locator('td.cell[data-persona][data-phase]').evaluateAll((cells) => cells.map((c) =>
      `${c.getAttribute('data-persona')} × ${c.getAttribute('data-phase')}: ${c.getAttribute('data-gap') === 'true' ? 'gap' : 'no gap'}`))).sort();
    const expected = cliMatrix(repoRoot, join(workspace, SAMPLE));
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      throw new Error(`the preview's cells differ from the CLI's:\n  preview: ${shown.join('; ')}\n  cli:     ${expected.join('; ')}`);
    }
    if (!expected.includes('founder × decision: gap')) throw new Error('the sample no longer has the founder × decision gap this test fills');
    await screenshot('preview');
  });

  const statusBarCoverage = page.locator('.statusbar-item', { hasText: /^(\$\(warning\) )?Journey \d+\/\d+( · \d+ overdue)?$/ });
  const coverageBefore = cliCoverage(repoRoot, join(workspace, SAMPLE));
  const overdue = cliOverdue(repoRoot, join(workspace, SAMPLE));
  const late = overdue > 0 ? ` · ${overdue} overdue` : '';
  await step('the status bar shows the plan\'s coverage and overdue count, as the CLI computes them', async () => {
    if (overdue === 0) throw new Error(`the sample has no overdue piece on ${E2E_TODAY}: the status bar's count goes untested`);
    await waitUntil(async () => (await statusBarCoverage.allInnerTexts()).some((text) => text.trim() === `Journey ${coverageBefore.filled}/${coverageBefore.expected}${late}`),
      `"Journey ${coverageBefore.filled}/${coverageBefore.expected}${late}" in the status bar`);
  });

  await step('typing in the plan updates the preview', async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(NEW_PIECE);
    await waitUntil(async () => (await cell('founder', 'decision').getAttribute('data-gap', { timeout: 1_000 })) === 'false', 'founder × decision to stop being a gap');
    await cell('founder', 'decision').locator('li.piece', { hasText: 'Pricing one-pager' }).waitFor();
    // The gap it filled is counted in the status bar too.
    await waitUntil(async () => (await statusBarCoverage.allInnerTexts()).some((text) => text.trim() === `Journey ${coverageBefore.filled + 1}/${coverageBefore.expected}${late}`),
      `"Journey ${coverageBefore.filled + 1}/${coverageBefore.expected}${late}" in the status bar after typing`);
    await screenshot('preview-updated');
  });

  await step('clicking a piece in the preview moves the editor to its line', async () => {
    const piece = cell('ops-manager', 'consideration').locator('li.piece[data-line]').first();
    await piece.waitFor();
    const line = await piece.getAttribute('data-line');
    if (!line || !/^\d+$/.test(line)) throw new Error(`the piece has no line: ${line}`);
    await piece.locator('button.piece-open').click();
    await waitUntil(async () => (await editor.locator('.line-numbers.active-line-number').first().innerText({ timeout: 1_000 })).trim() === line,
      `the editor's cursor on line ${line}`);
    await screenshot('piece-revealed');
  });

  await step('a half-typed plan keeps the last good matrix under a banner naming the error', async () => {
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  - title: "Half typed\n');
    const banner = preview.locator('#banner');
    await waitUntil(async () => (await banner.isVisible()) && /YAML syntax error on line \d+/.test(await banner.innerText({ timeout: 1_000 })), 'the banner');
    await cell('founder', 'decision').locator('li.piece', { hasText: 'Pricing one-pager' }).waitFor();
    // No edits from a matrix that is not the text's.
    const enabledAdds = await preview.locator('button.add-piece:not([disabled])').count();
    if (enabledAdds !== 0) throw new Error(`${enabledAdds} "Add a content piece here" buttons are enabled under the banner`);
    await screenshot('preview-banner');
    // Undo what was typed (the editor may have grouped it in more than one undo step).
    await editor.locator('.view-lines').click();
    for (let undo = 0; undo < 8 && (await banner.isVisible()); undo++) {
      await page.keyboard.press('Control+Z');
      await waitUntil(async () => !(await banner.isVisible()), 'the banner to go once the plan reads again', 3_000).catch(() => {});
    }
    await waitUntil(async () => !(await banner.isVisible()), 'the banner to go once the plan reads again');
    await cell('founder', 'decision').locator('li.piece', { hasText: 'Pricing one-pager' }).waitFor();
  });

  await step('the cursor resting in a piece highlights it in the preview', async () => {
    const text = readFileSync(join(workspace, SAMPLE), 'utf8').split('\n');
    const line = text.indexOf('  - id: template-library') + 1;
    // Inside the piece, two lines below its first (the plan's lines above it are unchanged by the steps before).
    await goToLine(editor, line + 2);
    await cell('ops-manager', 'consideration').locator(`li.piece[data-line="${line}"][data-selected="true"]`).waitFor({ timeout: 10_000 });
    const selected = await preview.locator('li.piece[data-selected="true"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-line')));
    if (JSON.stringify(selected) !== JSON.stringify([String(line)])) throw new Error(`highlighted: ${selected.join(', ')}`);
    await screenshot('preview-cursor');
    // Outside every piece: nothing is highlighted.
    await goToLine(editor, 8);
    await waitUntil(async () => (await preview.locator('[data-selected="true"]').count()) === 0, 'no highlight with the cursor on a persona');
  });

  await step('inlay hints name the persona after its id in the sample', async () => {
    const text = readFileSync(join(workspace, SAMPLE), 'utf8').split('\n');
    await goToLine(editor, text.indexOf('    persona: ops-manager') + 1);
    // The hint is drawn in the line, after the id (the editor draws spaces as no-break spaces).
    await waitUntil(async () => (await editor.locator('.view-line').allInnerTexts()).some((t) => /persona: ops-manager ?Olivia, Operations Manager/.test(t.replace(/\s+/g, ' '))),
      'the hint "Olivia, Operations Manager" after persona: ops-manager');
  });

  await step('the walkthrough "Get started with Journey" is listed', async () => {
    await runCommand('Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Journey' }).first().waitFor();
    await page.keyboard.press('Escape');
  });

  // Editing from the preview, on a sample no step above has typed in: each edit is saved and the
  // file compared with what it was, byte for byte, and Ctrl+Z in the editor takes it back.
  const editFile = join(workspace, EDIT_SAMPLE);
  const editEditor = page.locator(`.monaco-editor[data-uri$="${EDIT_SAMPLE}"]`).first();
  const original = readFileSync(editFile, 'utf8');
  const save = async (expected, what) => {
    await editEditor.locator('.view-lines').click();
    await page.keyboard.press('Control+S');
    await waitUntil(async () => readFileSync(editFile, 'utf8') === expected, what, 10_000).catch((error) => {
      const [saved, wanted] = [readFileSync(editFile, 'utf8').split('\n'), expected.split('\n')];
      const at = saved.findIndex((line, i) => line !== wanted[i]);
      throw new Error(`${error.message}; line ${at + 1} is ${JSON.stringify(saved[at])}, expected ${JSON.stringify(wanted[at])}`);
    });
  };
  const undo = async () => {
    await editEditor.locator('.view-lines').click();
    await page.keyboard.press('Control+Z');
    await save(original, 'the text as it was, after Ctrl+Z');
  };
  const pieceLine = (marker) => original.split('\n').indexOf(marker) + 1;
  const piecesCells = async (line) => (await preview.locator(`li.piece[data-line="${line}"]`).evaluateAll((lis) => lis.map((li) => {
    const td = li.closest('td.cell');
    return `${td.getAttribute('data-persona')} × ${td.getAttribute('data-phase')}`;
  }))).sort();

  await step('dragging a piece to another cell changes exactly the persona it was dragged from, and Ctrl+Z in the editor restores it', async () => {
    const from = '    persona: [bewuste-starter, gezin]';
    const line = pieceLine('  - id: reels-upcycling');
    if (line === 0 || original.split('\n')[line + 2] !== from) throw new Error(`${EDIT_SAMPLE} no longer has the two-persona piece this test drags`);
    await quickOpen(EDIT_SAMPLE);
    await preview.locator('#plan-file', { hasText: EDIT_SAMPLE }).waitFor({ timeout: 30_000 });
    const piece = cell('gezin', 'inspiratie').locator(`li.piece[data-line="${line}"]`);
    await piece.waitFor();
    // Both in view first (the rows are adjacent): a page that scrolls during a drag loses it.
    const target = cell('interieurarchitect', 'inspiratie');
    await target.scrollIntoViewIfNeeded();
    await piece.scrollIntoViewIfNeeded();
    // Playwright's drag: real mouse events, which Chromium turns into HTML5 drag events in the webview's frame.
    await piece.dragTo(target, { targetPosition: { x: 20, y: 20 } });
    await cell('interieurarchitect', 'inspiratie').locator(`li.piece[data-line="${line}"]`).waitFor({ timeout: 10_000 });
    // It left the cell it was dragged from only.
    const cells = await piecesCells(line);
    if (JSON.stringify(cells) !== JSON.stringify(['bewuste-starter × inspiratie', 'interieurarchitect × inspiratie'])) throw new Error(`the piece is in ${cells.join('; ')}`);
    await save(original.replace(from, '    persona: [bewuste-starter, interieurarchitect]'), 'the one persona replaced, and nothing else');
    await screenshot('preview-dragged');
    await undo();
    await cell('gezin', 'inspiratie').locator(`li.piece[data-line="${line}"]`).waitFor({ timeout: 10_000 });
  });

  await step('"Change Status…" in a piece\'s context menu in the preview edits its status line', async () => {
    const lines = original.split('\n');
    const line = pieceLine('  - title: "Pinterest-bord: kinderkamer in massief hout"');
    const statusLine = lines.findIndex((text, i) => i >= line && text.trim().startsWith('status:'));
    if (line === 0 || lines[statusLine] !== '    status: draft') throw new Error(`the Pinterest piece's status line is ${JSON.stringify(lines[statusLine])}`);
    await cell('gezin', 'inspiratie').locator(`li.piece[data-line="${line}"] .piece-open`).click({ button: 'right' });
    const menuItem = page.locator('.context-view .monaco-menu .action-label', { hasText: 'Change Status…' });
    await menuItem.waitFor();
    // A menu ignores a click that comes right after it opened (the right button's release): wait a moment.
    await page.waitForTimeout(600);
    await menuItem.click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Status of' }).waitFor();
    await quickInput.fill('review');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'review' }).first().waitFor();
    await page.keyboard.press('Enter');
    await cell('gezin', 'inspiratie').locator(`li.piece[data-line="${line}"] .badge`, { hasText: 'review' }).waitFor({ timeout: 10_000 });
    await screenshot('preview-status');
    const after = [...lines];
    after[statusLine] = '    status: review';
    await save(after.join('\n'), 'the status line, and nothing else, changed');
    await undo();
  });

  await step('"Move to…" from the keyboard (M on a focused piece) asks for the cell, and moves the piece there', async () => {
    const lines = original.split('\n');
    const line = pieceLine('  - title: "Pinterest-bord: kinderkamer in massief hout"');
    const phaseLine = lines.findIndex((text, i) => i >= line && text.trim().startsWith('phase:'));
    if (line === 0 || lines[phaseLine] !== '    phase: inspiratie') throw new Error(`the Pinterest piece's phase line is ${JSON.stringify(lines[phaseLine])}`);
    await cell('gezin', 'inspiratie').locator(`li.piece[data-line="${line}"] .piece-open`).focus();
    await page.keyboard.press('m');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Move “Pinterest-bord' }).waitFor();
    // Each cell by its persona's and phase's names, and their ids.
    await quickInput.fill('gezin · orientatie');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Familie Peeters, gezin met jonge kinderen × Oriëntatie' }).first();
    await row.waitFor();
    await row.click();
    await cell('gezin', 'orientatie').locator(`li.piece[data-line="${line}"]`).waitFor({ timeout: 10_000 });
    const after = [...lines];
    after[phaseLine] = '    phase: orientatie';
    await save(after.join('\n'), 'the phase line, and nothing else, changed');
    await undo();
  });

  await step('a persona\'s code lens scrolls the preview to that persona\'s row', async () => {
    const row = preview.locator('tbody tr[data-persona="bewuste-starter"]');
    const inView = () => row.evaluate((tr) => {
      const box = tr.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    await preview.locator('body').evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await waitUntil(async () => !(await inView()), 'the first persona\'s row out of view at the bottom of the preview', 5_000);
    // The lens above the first persona, in view in the editor.
    await goToLine(editEditor, original.split('\n').indexOf('  - id: bewuste-starter') + 1);
    await editEditor.locator('.codelens-decoration a', { hasText: '11 pieces · 5/6 phases' }).first().click();
    await waitUntil(inView, 'the first persona\'s row in view after its code lens', 10_000);
  });

  await step('the journey map: the emotion curve, the moments of truth the CLI marks, and the actions grid', async () => {
    const file = join(workspace, MAP_SAMPLE);
    const model = cliModel(repoRoot, file);
    await quickOpen(MAP_SAMPLE);
    // The unlocked preview follows the active editor: one line per persona in the emotion curve.
    const series = preview.locator('.emotion-curve g.series');
    await waitUntil(async () => (await series.count()) === model.personas.length, `${model.personas.length} lines in the emotion curve`, 30_000);
    const curveMoments = await preview.locator('.emotion-curve circle[data-moment-of-truth="true"]').count();
    const moments = model.cells.filter((c) => c.map.momentOfTruth && c.map.emotion !== null && !c.ignored).length;
    if (curveMoments !== moments) throw new Error(`${curveMoments} moments of truth on the curve, the CLI has ${moments}`);
    const marked = (await preview.locator('td.cell[data-moment-of-truth="true"]').evaluateAll((cells) => cells.map((c) => `${c.getAttribute('data-persona')} × ${c.getAttribute('data-phase')}`))).sort();
    const expected = model.cells.filter((c) => c.map.momentOfTruth).map((c) => `${c.persona} × ${c.phase}`).sort();
    if (JSON.stringify(marked) !== JSON.stringify(expected)) throw new Error(`moments of truth: the preview marks ${marked.join('; ')}, the CLI ${expected.join('; ')}`);
    const outside = await preview.locator('td.cell[data-expected="false"][data-ignored-by="stage"]').count();
    if (outside !== model.cells.filter((c) => c.ignoredBy === 'stage').length) throw new Error(`${outside} cells shown outside their persona's stage`);
    await screenshot('journey-map');

    await preview.locator('button.view-tab[data-view="actions"]').click();
    const quadrants = preview.locator('.actions-grid .quadrant');
    await waitUntil(async () => (await quadrants.count()) === 4, 'the four quadrants of the actions grid');
    for (const action of model.actions) {
      const item = preview.locator(`.quadrant[data-term="${action.term}"][data-impact="${action.impact}"] li[data-line="${action.line}"]`);
      if ((await item.count()) !== 1) throw new Error(`"${action.title}" is not in the ${action.term} × ${action.impact} quadrant`);
    }
    await screenshot('actions-grid');
    const last = model.actions[model.actions.length - 1];
    await preview.locator(`li[data-line="${last.line}"] button.action-open`).click();
    await waitUntil(async () => (await page.locator(`.monaco-editor[data-uri$="${MAP_SAMPLE}"] .line-numbers.active-line-number`).first().innerText({ timeout: 1_000 })).trim() === String(last.line),
      `the editor's cursor on line ${last.line}`);
    await preview.locator('button.view-tab[data-view="matrix"]').click();
  });

  await step('a 10,000-piece plan opens in compact mode, with the counts the CLI computes', async () => {
    await quickOpen('large.journey', 60_000);
    // The unlocked preview follows the active editor.
    const compactCell = preview.locator('table.matrix.compact td.cell.compact[data-persona="cfo"][data-phase="awareness"] .cell-count');
    await compactCell.waitFor({ timeout: 60_000 });
    const expected = cliCellSize(repoRoot, large, 'cfo', 'awareness');
    await waitUntil(async () => (await compactCell.innerText({ timeout: 1_000 })).trim() === String(expected), `cfo × awareness to count ${expected}`);
    if ((await preview.locator('button.compact-toggle').getAttribute('aria-pressed')) !== 'true') throw new Error('the compact toggle is not pressed');
    await screenshot('preview-compact-10k');
    // The toggle switches to the pieces: the first few per cell, and "N more".
    await preview.locator('button.compact-toggle').click();
    const more = cell('cfo', 'awareness').locator('button.more-pieces');
    await more.waitFor();
    if ((await more.innerText()).trim() !== `${expected - 5} more`) throw new Error(`"N more" says ${await more.innerText()}`);
    await screenshot('preview-detailed-10k');
  });

  await step('"Journey: New Plan…" writes a plan from three answers and opens it with its preview', async () => {
    await runCommand('Journey: New Plan…');
    // 1/3: the phases; the b2b model is found by its id.
    await quickInput.fill('b2b');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Awareness → Consideration → Purchase' }).first().waitFor();
    await page.keyboard.press('Enter');
    // 2/3: the title; 3/3: the personas, one per box, an empty one to finish.
    for (const answer of ['Demo plan 2027', 'Ivo, IT-manager', 'Carla', '']) {
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New Journey plan' }).waitFor();
      await quickInput.fill(answer);
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      // The next box is a new one, empty: typing before it opens would land in the one just answered.
      if (answer !== '') await page.waitForFunction(() => document.querySelector('.quick-input-widget input')?.value === '', undefined, { timeout: 10_000 });
    }
    await page.locator('.tabs-container .tab', { hasText: 'demo-plan-2027.journey' }).first().waitFor({ timeout: 20_000 });
    const newPlan = page.locator('.monaco-editor[data-uri$="demo-plan-2027.journey"]').first();
    await newPlan.locator('.view-line', { hasText: 'model: b2b' }).first().waitFor();
    await cell('carla', 'advocacy').waitFor({ timeout: 30_000 });
    if ((await cell('ivo-it-manager', 'awareness').getAttribute('data-gap')) !== 'true') throw new Error('a new plan\'s cells are gaps');
    // Its code lens says so above each persona.
    await newPlan.locator('.codelens-decoration', { hasText: '0 pieces · 0/6 phases · 6 gaps' }).first().waitFor({ timeout: 20_000 });
    await screenshot('new-plan');
  });

  await step('the Calendar view shows the sample\'s dates, and the agenda its overdue pieces', async () => {
    await quickOpen(DATED_SAMPLE);
    // The unlocked preview follows the active editor; the Calendar tab is the second view.
    await preview.locator('#plan-file', { hasText: DATED_SAMPLE }).waitFor({ timeout: 30_000 });
    await preview.locator('button.view-tab[data-view="calendar"]').click();
    const month = preview.locator('#calendar-month');
    await month.waitFor();
    // It opens on the month of the day the extension is told it is (the sample has pieces then).
    if ((await month.getAttribute('data-month')) !== E2E_TODAY.slice(0, 7)) throw new Error(`the calendar opens on ${await month.getAttribute('data-month')}, not ${E2E_TODAY.slice(0, 7)}`);
    const piece = preview.locator('table.calendar li.cal-piece[data-date]').first();
    await piece.waitFor();
    const [date, line] = [await piece.getAttribute('data-date'), Number(await piece.getAttribute('data-line'))];
    const written = dateOfPieceAt(join(workspace, DATED_SAMPLE), line);
    if (date !== written) throw new Error(`the piece on line ${line} shows data-date ${date}; the sample says ${written}`);
    const day = await piece.locator('xpath=ancestor::td[1]').getAttribute('data-day');
    if (day !== date) throw new Error(`the piece dated ${date} sits on ${day}`);
    const overdueCount = cliOverdue(repoRoot, join(workspace, DATED_SAMPLE));
    const listed = await preview.locator('#agenda-overdue li.cal-piece[data-overdue="true"]').count();
    if (listed !== overdueCount) throw new Error(`the agenda lists ${listed} overdue pieces; the CLI reports ${overdueCount}`);
    await screenshot('calendar');
  });

  await step('the workspace overview lists every sample with the CLI\'s coverage, opens a plan, and follows edits and new files', async () => {
    await runCommand('Journey: Open Workspace Overview');
    // Two webviews may be open (the preview too): find the overview's frame by its table.
    const overviewFrame = async () => {
      for (const frame of page.frames()) if (await frame.locator('#overview-plans').count().catch(() => 0)) return frame;
      throw new Error('no overview page yet');
    };
    const coverageOf = async (path) => (await (await overviewFrame()).locator(`#overview-plans tr[data-plan="${path}"] .plan-coverage`).innerText({ timeout: 1_000 })).trim();
    const cliText = (file) => {
      const { filled, expected } = cliCoverage(repoRoot, file);
      return `${filled}/${expected} (${expected > 0 ? Math.round((filled / expected) * 100) : 100}%)`;
    };
    // The sample edited above counts its unsaved text; every other sample is as on disk.
    const samples = readdirSync(workspace).filter((name) => name.endsWith('.journey') && name !== SAMPLE && name !== 'large.journey');
    for (const name of samples) {
      const expected = cliText(join(workspace, name));
      await waitUntil(async () => (await coverageOf(name)) === expected, `${name}'s row to show coverage ${expected}`, 30_000);
    }
    await (await overviewFrame()).locator(`#overview-plans tr[data-plan="${SAMPLE}"]`).waitFor();
    await (await overviewFrame()).locator('#overview-personas tr[data-persona="founder"]').waitFor();
    await screenshot('overview');

    // A plan created outside the editor appears; a click opens it (beside the overview).
    const created = join(workspace, 'team-new.journey');
    writeFileSync(created, 'journey: Team new\nmodel: hubspot\npersonas:\n  - id: sales\n    name: Sam, sales\ncontent:\n  - title: Intro\n    persona: sales\n    phase: awareness\n');
    await waitUntil(async () => (await coverageOf('team-new.journey')) === '1/3 (33%)', 'the new plan\'s row with 1/3 (33%)', 30_000);
    await (await overviewFrame()).locator('#overview-plans tr[data-plan="team-new.journey"] .plan-name').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'team-new.journey' }).waitFor({ timeout: 20_000 });

    // Typing in it updates its row.
    const newEditor = page.locator('.monaco-editor[data-uri$="team-new.journey"]').first();
    await newEditor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('  - { title: Demo, persona: sales, phase: decision }\n');
    await waitUntil(async () => (await coverageOf('team-new.journey')) === '2/3 (67%)', 'the row to show 2/3 (67%) after typing', 20_000);
    await screenshot('overview-updated');
  });

  await page.close().catch(() => {});
}

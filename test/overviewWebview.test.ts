// Render tests of the workspace overview webview (dist/overview.js in the shell the extension
// builds), in headless Chromium: one row per plan with data-plan, coverage, gaps and problems;
// sorting (kept through reloads); a click, Enter or Space opens a plan, its button the preview;
// the personas × plans table; plan text drawn as text; malformed updates ignored.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../server/src/core';
import { summarizePlan } from '../server/src/core/workspaceOverview';
import type { OverviewRow, OverviewUpdateMessage } from '../server/src/protocol';
import { previewsInChromium, type PreviewPage } from './preview/harness';

const BASE = `journey: Team base
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
`;
// Every cell filled.
const SALES = `${BASE}content:
  - title: Blog
    persona: "*"
    phase: "*"
`;
// Ivo's awareness only, a typo (an error), and a persona of its own.
const SERVICE = `journey: <img src=x onerror=alert(1)> Service
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: buyer
    name: Bea, inkoper
content:
  - title: FAQ
    persona: it
    phase: awareness
  - title: Typo
    persona: it
    phase: decison
`;

const row = (path: string, text: string): OverviewRow => ({ uri: `file:///ws/${path}`, path, ...summarizePlan(analyze(text)) });
const PLANS: OverviewRow[] = [row('team/service.journey', SERVICE), row('team/sales.journey', SALES), row('base.journey', BASE)];
const overview = (plans: OverviewRow[] = PLANS): OverviewUpdateMessage => ({ type: 'overview', plans });

const withOverview = previewsInChromium(async (page) => page.send(overview()));
const open = { page: 'overview' } as const;

/** The plan rows as `path | coverage | gaps | problems`. */
const rows = (preview: PreviewPage) =>
  preview.page.$$eval('#overview-plans tbody tr', (trs: any[]) =>
    trs.map((tr) => [tr.dataset.plan, ...[...tr.querySelectorAll('td')].slice(0, 3).map((td: any) => td.textContent)].join(' | ')));

describe('workspace overview webview', () => {
  test('one row per plan, by path: its coverage, gaps and problems', () =>
    withOverview(async (preview) => {
      assert.deepEqual(await rows(preview), [
        // No content: every cell a gap, reported as three empty-phase and two persona-without-content warnings.
        'base.journey | 0/6 (0%) | 6 | none',
        'team/sales.journey | 6/6 (100%) | 0 | none',
        'team/service.journey | 1/6 (17%) | 5 | 1 error, 3 warnings',
      ]);
      assert.equal(await preview.page.textContent('[data-plan="team/service.journey"] .plan-title'), '<img src=x onerror=alert(1)> Service');
      assert.equal(await preview.page.$$eval('img', (images: any[]) => images.length), 0, 'a title is text, never HTML');
      assert.equal(await preview.page.getAttribute('[data-plan="team/sales.journey"] .plan-coverage', 'data-coverage'), '100');
    }, open));

  test('sorts by coverage or gaps, and keeps the choice through a reload', () =>
    withOverview(async (preview) => {
      await preview.page.selectOption('#overview-sort', 'coverage');
      assert.deepEqual((await rows(preview)).map((r) => r.split(' | ')[0]), ['base.journey', 'team/service.journey', 'team/sales.journey']);
      await preview.page.selectOption('#overview-sort', 'gaps');
      assert.deepEqual((await rows(preview)).map((r) => r.split(' | ')[0]), ['base.journey', 'team/service.journey', 'team/sales.journey']);
      assert.deepEqual(await preview.state(), { sort: 'gaps' });
    }, open));

  test('a restored page sorts as it was left', () =>
    withOverview(async (preview) => {
      assert.equal(await preview.page.inputValue('#overview-sort'), 'coverage');
      assert.deepEqual((await rows(preview)).map((r) => r.split(' | ')[0]), ['base.journey', 'team/service.journey', 'team/sales.journey']);
    }, { ...open, initialState: { sort: 'coverage' } }));

  test('a click, Enter or Space opens the plan; the Preview button opens its preview only', () =>
    withOverview(async (preview) => {
      await preview.page.click('[data-plan="team/sales.journey"] .plan-name');
      await preview.page.focus('[data-plan="base.journey"]');
      await preview.page.keyboard.press('Enter');
      await preview.page.focus('[data-plan="team/service.journey"]');
      await preview.page.keyboard.press(' ');
      await preview.page.click('[data-plan="team/sales.journey"] .plan-preview');
      await preview.page.focus('[data-plan="base.journey"] .plan-preview');
      await preview.page.keyboard.press('Enter');
      assert.deepEqual(await preview.posted(), [
        { type: 'ready' },
        { type: 'open', uri: 'file:///ws/team/sales.journey' },
        { type: 'open', uri: 'file:///ws/base.journey' },
        { type: 'open', uri: 'file:///ws/team/service.journey' },
        { type: 'preview', uri: 'file:///ws/team/sales.journey' },
        { type: 'preview', uri: 'file:///ws/base.journey' },
      ]);
      assert.equal(await preview.page.getAttribute('[data-plan="base.journey"]', 'tabindex'), '0');
    }, open));

  test('personas × plans: each persona once, its pieces and gaps per plan, a dash where a plan lacks it', () =>
    withOverview(async (preview) => {
      const table = await preview.page.$$eval('#overview-personas tr', (trs: any[]) =>
        trs.map((tr) => [...tr.children].map((cell: any) => cell.textContent).join(' | ')));
      assert.deepEqual(table, [
        'Persona | base.journey | team/sales.journey | team/service.journey',
        'it Ivo, IT-manager | 0 pieces · 3 gaps | 1 piece · 0 gaps | 1 piece · 2 gaps',
        'cfo Carla, CFO | 0 pieces · 3 gaps | 1 piece · 0 gaps | –not in this plan',
        'buyer Bea, inkoper | –not in this plan | –not in this plan | 0 pieces · 3 gaps',
      ]);
    }, open));

  test('ignores a malformed update, and shows an empty workspace as such', () =>
    withOverview(async (preview) => {
      await preview.send({ type: 'overview', plans: [{ ...PLANS[0], coverage: { filled: 'all' } }] });
      await preview.send({ type: 'update', plans: [] });
      assert.equal((await rows(preview)).length, 3);
      await preview.send(overview([]));
      assert.equal(await preview.page.textContent('.placeholder'), 'No .journey plans in this workspace yet.');
      assert.equal(await preview.page.$('#overview-plans'), null);
    }, open));

  test('speaks Dutch in a Dutch editor', () =>
    withOverview(async (preview) => {
      assert.equal(await preview.page.textContent('h1'), 'Journey-werkruimteoverzicht');
      assert.equal(await preview.page.textContent('[data-plan="team/service.journey"] .plan-problems'), '1 fout, 3 waarschuwingen');
      assert.equal(await preview.page.textContent('#overview-personas [data-persona="it"] td'), '0 stukken · 3 gaten');
    }, { ...open, locale: 'nl' }));
});

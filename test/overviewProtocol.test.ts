// The workspace overview's messages: what the webview may ask (and nothing else), what it accepts
// as plans, and the state it restores — every check on untrusted data from either side.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOverviewPlan, parseOverviewMessage, parseOverviewState, parseOverviewUpdate } from '../server/src/protocol';
import { renderPreviewShell } from '../client/src/preview/shell';

const PLAN = {
  uri: 'file:///ws/team/sales.journey',
  title: 'Sales',
  coverage: { filled: 3, expected: 4 },
  gaps: 1,
  errors: 0,
  warnings: 2,
  personas: [{ id: 'cfo', name: 'Carla', pieces: 3, gaps: 1 }],
};

describe('workspace overview protocol', () => {
  it('accepts ready, open and preview with a uri, and nothing else', () => {
    assert.deepEqual(parseOverviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseOverviewMessage({ type: 'open', uri: PLAN.uri, extra: 1 }), { type: 'open', uri: PLAN.uri });
    assert.deepEqual(parseOverviewMessage({ type: 'preview', uri: PLAN.uri }), { type: 'preview', uri: PLAN.uri });
    for (const bad of [null, 'open', [], { type: 'open' }, { type: 'open', uri: '' }, { type: 'open', uri: 7 }, { type: 'open', uri: 'x'.repeat(10_001) }, { type: 'reveal', line: 1 }, { type: 'export' }]) {
      assert.equal(parseOverviewMessage(bad), undefined, JSON.stringify(bad)?.slice(0, 60));
    }
  });

  it('checks every plan of an answer and of an update, field by field', () => {
    assert.equal(isOverviewPlan(PLAN), true);
    assert.equal(isOverviewPlan({ ...PLAN, personas: [] }), true);
    const broken: unknown[] = [
      { ...PLAN, uri: '' },
      { ...PLAN, title: null },
      { ...PLAN, gaps: -1 },
      { ...PLAN, errors: 1.5 },
      { ...PLAN, warnings: '2' },
      { ...PLAN, coverage: { filled: 5, expected: 4 } },
      { ...PLAN, coverage: null },
      { ...PLAN, personas: [{ id: 'cfo', name: 'Carla', pieces: 3 }] },
      { ...PLAN, personas: {} },
    ];
    for (const plan of broken) assert.equal(isOverviewPlan(plan), false, JSON.stringify(plan));
    const row = { ...PLAN, path: 'team/sales.journey' };
    assert.deepEqual(parseOverviewUpdate({ type: 'overview', plans: [row] }), [row]);
    assert.deepEqual(parseOverviewUpdate({ type: 'overview', plans: [] }), []);
    assert.equal(parseOverviewUpdate({ type: 'overview', plans: [PLAN] }), undefined, 'a row needs its path');
    assert.equal(parseOverviewUpdate({ type: 'overview', plans: [row, { ...row, gaps: null }] }), undefined, 'one bad plan spoils the update');
    assert.equal(parseOverviewUpdate({ type: 'update', plans: [row] }), undefined);
  });

  it('restores a known sort order, else sorts by path', () => {
    assert.deepEqual(parseOverviewState({ sort: 'gaps' }), { sort: 'gaps' });
    assert.deepEqual(parseOverviewState({ sort: 'coverage' }), { sort: 'coverage' });
    for (const bad of [undefined, null, {}, { sort: 'size' }, { sort: 1 }]) assert.deepEqual(parseOverviewState(bad), { sort: 'path' });
  });

  it('the overview page has its own title and loading text, in the editor\'s language', () => {
    const options = { cspSource: 'vscode-resource:', nonce: 'AAAAAAAAAAAAAAAAAAAAAAAA', scriptUri: 'overview.js', styleUri: 'preview.css' };
    const nl = renderPreviewShell({ ...options, locale: 'nl', page: 'overview' });
    assert.match(nl, /<title>Journey-werkruimteoverzicht<\/title>/);
    assert.match(nl, /De plannen worden geladen…/);
    assert.match(nl, /<script nonce="AAAAAAAAAAAAAAAAAAAAAAAA" src="overview.js"><\/script>/);
    assert.match(renderPreviewShell(options), /<title>Journey preview<\/title>/);
  });
});

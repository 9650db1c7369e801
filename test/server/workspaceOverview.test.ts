// `journey/workspaceOverview` through dist/server.js: every plan of the workspace folders, open or
// not, with its summary; after a file event or an edit the server says so
// (`journey/workspaceOverviewChanged`) and the next answer has the change.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { WorkspaceOverviewResult } from '../../server/src/protocol';
import { FULL_PLAN } from '../helpers/plans';
import { LspClient, waitFor } from '../helpers/lspClient';

// FULL_PLAN without the webinar: of 6 cells only the two awareness cells are filled.
const SPARSE = FULL_PLAN.slice(0, FULL_PLAN.indexOf('  - title: Webinar'));

const byUri = (result: WorkspaceOverviewResult) =>
  Object.fromEntries(result.plans.map(({ uri, coverage, gaps, errors, warnings, personas }) =>
    [uri, `${coverage.filled}/${coverage.expected} gaps ${gaps} e${errors} w${warnings} ${personas.map((p) => `${p.id}:${p.pieces}/${p.gaps}`).join(' ')}`]));

/** Waits for the server to say the overview changed (after `from` notifications), then asks for it. */
async function overviewAfter(client: LspClient, from: number): Promise<WorkspaceOverviewResult> {
  await waitFor(() => (client.notifications.slice(from).some((n) => n.method === 'journey/workspaceOverviewChanged') ? true : undefined), 10_000, 'journey/workspaceOverviewChanged');
  return client.request<WorkspaceOverviewResult>('journey/workspaceOverview', null);
}

describe('journey/workspaceOverview', () => {
  it('lists every plan of the workspace without opening it, and follows file events and edits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-overview-'));
    mkdirSync(join(root, 'team'));
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'team', 'full.journey'), FULL_PLAN);
    writeFileSync(join(root, 'sparse.journey'), SPARSE);
    writeFileSync(join(root, 'node_modules', 'skipped.journey'), FULL_PLAN);
    const full = pathToFileURL(join(root, 'team', 'full.journey')).href;
    const sparse = pathToFileURL(join(root, 'sparse.journey')).href;
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href] });
    try {
      // The start's scan has published both plans' problems: their summaries are kept.
      await client.diagnostics(full);
      await client.diagnostics(sparse);
      const first = await client.request<WorkspaceOverviewResult>('journey/workspaceOverview', null);
      assert.deepEqual(byUri(first), {
        [full]: '6/6 gaps 0 e0 w0 it:2/0 cfo:2/0',
        // empty-phase twice (warnings); the cells' gaps are covered by them.
        [sparse]: '2/6 gaps 4 e0 w2 it:1/2 cfo:1/2',
      });
      assert.equal(first.plans.find((p) => p.uri === full)?.title, 'Test plan');

      // A plan created outside the editor.
      const added = join(root, 'team', 'added.journey');
      const addedUri = pathToFileURL(added).href;
      writeFileSync(added, SPARSE.replace('phase: awareness', 'phase: awarness'));
      let seen = client.notifications.length;
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: addedUri, type: 1 }] });
      assert.equal(byUri(await overviewAfter(client, seen))[addedUri], '0/6 gaps 6 e1 w5 it:0/3 cfo:0/3');

      // Opened and edited: the editor's text counts, not the disk's.
      client.open(sparse, SPARSE, 1);
      await client.diagnostics(sparse, 1);
      seen = client.notifications.length;
      const version = client.edit(sparse, { start: { line: 10, character: 0 }, end: { line: 11, character: 0 } }, '    phase: [awareness, decision]\n');
      await client.diagnostics(sparse, version);
      assert.equal(byUri(await overviewAfter(client, seen))[sparse], '4/6 gaps 2 e0 w1 it:1/1 cfo:1/1');

      // Deleted outside the editor: gone from the overview.
      rmSync(join(root, 'team', 'full.journey'));
      seen = client.notifications.length;
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: full, type: 3 }] });
      assert.deepEqual(Object.keys(byUri(await overviewAfter(client, seen))).sort(), [sparse, addedUri].sort());

      // An open plan outside the workspace folders is not one of its plans.
      const outside = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'journey-out-')), 'x.journey')).href;
      client.open(outside, FULL_PLAN, 1);
      await client.diagnostics(outside, 1);
      const last = await client.request<WorkspaceOverviewResult>('journey/workspaceOverview', null);
      assert.equal(last.plans.some((p) => p.uri === outside), false);
    } finally {
      await client.stop();
    }
  });
});

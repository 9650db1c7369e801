// Problems for plans that are not open: read from the workspace folders at start, followed on
// file events, and handed back and forth with the editor as a plan is opened and closed.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { FULL_PLAN } from '../helpers/plans';
import { codesOf, LspClient } from '../helpers/lspClient';

const BROKEN = FULL_PLAN.replace('phase: awareness', 'phase: awarness');

describe('workspace-wide problems', () => {
  it('checks every plan in the workspace folders without opening it, skipping node_modules', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-ws-'));
    mkdirSync(join(root, 'plans', 'deep'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'plans', 'a.journey'), BROKEN);
    writeFileSync(join(root, 'plans', 'deep', 'b.journey'), FULL_PLAN);
    writeFileSync(join(root, 'node_modules', 'x', 'c.journey'), BROKEN);
    writeFileSync(join(root, 'notes.txt'), BROKEN);
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href] });
    try {
      const a = pathToFileURL(join(root, 'plans', 'a.journey')).href;
      const b = pathToFileURL(join(root, 'plans', 'deep', 'b.journey')).href;
      assert.deepEqual(await codesOf(client, a, (c) => c.length > 0), ['1:empty-phase', '10:unknown-phase']);
      assert.deepEqual(await codesOf(client, b, () => true), []);
      assert.deepEqual(client.published.map((p) => p.uri).filter((uri) => uri.includes('node_modules') || uri.endsWith('.txt')), []);
      assert.equal(client.published.find((p) => p.uri === a)?.version, undefined, 'a plan on disk has no document version');
      const registered = (client.registrations as { registrations: { method: string; registerOptions: unknown }[] }[]).flatMap((r) => r.registrations);
      assert.deepEqual(registered.map(({ method, registerOptions }) => ({ method, registerOptions })), [
        { method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: '**/*.journey' }] } },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('shows the editor how far the first check of a large workspace is, in its language', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-ws-'));
    for (let i = 0; i < 25; i++) writeFileSync(join(root, `plan-${String(i).padStart(2, '0')}.journey`), FULL_PLAN);
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href], workDoneProgress: true, locale: 'nl' });
    try {
      await codesOf(client, pathToFileURL(join(root, 'plan-24.journey')).href, () => true);
      const progress = () => client.notifications.filter((n) => n.method === '$/progress').map((n) => (n.params as { value: Record<string, unknown> }).value);
      for (let wait = 0; wait < 100 && progress().at(-1)?.kind !== 'end'; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(progress(), [
        { kind: 'begin', title: 'Journey', percentage: 0, message: 'plannen controleren, 0 van 25' },
        ...Array.from({ length: 25 }, (_, i) => ({ kind: 'report', percentage: 4 * (i + 1), message: `plannen controleren, ${i + 1} van 25` })),
        { kind: 'end' },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('a workspace of fewer than 20 plans is checked without a progress bar', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-ws-'));
    for (let i = 0; i < 19; i++) writeFileSync(join(root, `plan-${i}.journey`), FULL_PLAN);
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href], workDoneProgress: true });
    try {
      for (let i = 0; i < 19; i++) await codesOf(client, pathToFileURL(join(root, `plan-${i}.journey`)).href, () => true);
      assert.deepEqual(client.notifications.filter((n) => n.method === '$/progress'), []);
    } finally {
      await client.stop();
    }
  });

  it('follows files created, changed and deleted outside the editor', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-ws-'));
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href] });
    try {
      const file = join(root, 'new.journey');
      const uri = pathToFileURL(file).href;
      writeFileSync(file, BROKEN);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
      assert.deepEqual(await codesOf(client, uri, (c) => c.length > 0), ['1:empty-phase', '10:unknown-phase']);
      writeFileSync(file, FULL_PLAN);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      assert.deepEqual(await codesOf(client, uri, (c) => c.length === 0), []);
      writeFileSync(file, BROKEN);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await codesOf(client, uri, (c) => c.length > 0);
      rmSync(file);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
      assert.deepEqual(await codesOf(client, uri, (c) => c.length === 0), []);
      // A file outside the workspace is not ours to report.
      const outside = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'journey-out-')), 'x.journey')).href;
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: outside, type: 1 }] });
      await client.request('textDocument/hover', { textDocument: { uri: outside }, position: { line: 0, character: 0 } });
      assert.equal(client.published.some((p) => p.uri === outside), false);
    } finally {
      await client.stop();
    }
  });

  it('an open plan is the editor\'s; closed again, it shows what is saved on disk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'journey-ws-'));
    const file = join(root, 'a.journey');
    writeFileSync(file, BROKEN);
    const uri = pathToFileURL(file).href;
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).href] });
    try {
      await codesOf(client, uri, (c) => c.length > 0);
      client.open(uri, FULL_PLAN, 3);
      assert.equal((await client.diagnostics(uri, 3)).diagnostics.length, 0);
      // Saved on disk while open: the editor's text still wins.
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.equal(client.published.at(-1)?.version, 3);
      client.close(uri);
      assert.deepEqual(await codesOf(client, uri, (c) => c.length > 0), ['1:empty-phase', '10:unknown-phase']);
    } finally {
      await client.stop();
    }
  });
});

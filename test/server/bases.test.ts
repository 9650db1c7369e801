// `extends` in the server: bases come from the open document first, else the disk; a change to
// a base — typed in the editor, saved, created or deleted outside it — re-checks every plan that
// extends it, open or not, also through a chain of bases.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { codesOf, LspClient } from '../helpers/lspClient';

const TEAM = 'journey: Team\nmodel: hubspot\npersonas:\n  - id: it\n    name: Ivo\n';
// Ivo in every phase: no problems while the base defines him.
const plan = (title: string, base: string): string => `journey: ${title}\nextends: ${base}\ncontent:\n  - title: Blog\n    persona: it\n    phase: "*"\n`;
/** What a dependent says once its base no longer defines `it`. */
const WITHOUT_IT = ['1:empty-phase', '1:empty-phase', '1:empty-phase', '1:persona-without-content', '4:unknown-persona'];

const same = (expected: string[]) => (codes: string[]): boolean => JSON.stringify(codes) === JSON.stringify(expected);

function workspace(): { root: string; file: (name: string) => string; uri: (name: string) => string } {
  const root = mkdtempSync(join(tmpdir(), 'journey-bases-'));
  const file = (name: string): string => join(root, name);
  writeFileSync(file('team.journey'), TEAM);
  writeFileSync(file('a.journey'), plan('A', './team.journey'));
  // c extends a, which extends team: a change to team reaches c too.
  writeFileSync(file('c.journey'), plan('C', './a.journey'));
  return { root, file, uri: (name) => pathToFileURL(file(name)).href };
}

describe('extends in the server', () => {
  it('checks closed plans against their bases, and again as the base is typed in the editor', async () => {
    const ws = workspace();
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.root).href] });
    try {
      assert.deepEqual(await codesOf(client, ws.uri('a.journey'), () => true), []);
      assert.deepEqual(await codesOf(client, ws.uri('c.journey'), () => true), []);
      // Open the base and rename the persona: the closed plans that extend it, directly or not, lose Ivo.
      client.open(ws.uri('team.journey'), TEAM, 1);
      client.edit(ws.uri('team.journey'), { start: { line: 3, character: 8 }, end: { line: 3, character: 10 } }, 'ivo');
      assert.deepEqual(await codesOf(client, ws.uri('a.journey'), same(WITHOUT_IT)), WITHOUT_IT);
      assert.deepEqual(await codesOf(client, ws.uri('c.journey'), same(WITHOUT_IT)), WITHOUT_IT);
      // Closed without saving: the disk's base is the base again.
      client.close(ws.uri('team.journey'));
      assert.deepEqual(await codesOf(client, ws.uri('a.journey'), same([])), []);
    } finally {
      await client.stop();
    }
  });

  it('an open plan is re-published, with its version, when its base changes on disk, is deleted or is created', async () => {
    const ws = workspace();
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.root).href] });
    try {
      const a = ws.uri('a.journey');
      client.open(a, plan('A', './team.journey'), 7);
      assert.deepEqual((await client.diagnostics(a, 7)).diagnostics, []);
      writeFileSync(ws.file('team.journey'), TEAM.replace('id: it', 'id: ivo'));
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('team.journey'), type: 2 }] });
      assert.deepEqual(await codesOf(client, a, same(WITHOUT_IT)), WITHOUT_IT);
      assert.equal([...client.published].reverse().find((p) => p.uri === a)?.version, 7);
      rmSync(ws.file('team.journey'));
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('team.journey'), type: 3 }] });
      const gone = ['1:missing-field', '1:invalid-extends', '4:unknown-persona'];
      assert.deepEqual(await codesOf(client, a, same(gone)), gone);
      const message = [...client.published].reverse().find((p) => p.uri === a)?.diagnostics.find((d) => d.code === 'invalid-extends')?.message;
      assert.equal(message, 'The base “./team.journey” does not exist.');
      // c (closed) extends a (open): a's document is its base.
      assert.deepEqual(await codesOf(client, ws.uri('c.journey'), same(['1:missing-field', '4:unknown-persona'])), ['1:missing-field', '4:unknown-persona']);
      writeFileSync(ws.file('team.journey'), TEAM);
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('team.journey'), type: 1 }] });
      assert.deepEqual(await codesOf(client, a, same([])), []);
      assert.deepEqual(await codesOf(client, ws.uri('c.journey'), same([])), []);
    } finally {
      await client.stop();
    }
  });
});

describe('across files in the server', () => {
  it('go to definition opens the base; hover names it; references and rename cover every plan that sees the id', async () => {
    const ws = workspace();
    writeFileSync(ws.file('other.journey'), 'journey: Other\nmodel: hubspot\npersonas: [it]\n');
    const client = await LspClient.start({ workspaceFolders: [pathToFileURL(ws.root).href] });
    try {
      await codesOf(client, ws.uri('c.journey'), () => true);
      await codesOf(client, ws.uri('other.journey'), () => true);
      const a = ws.uri('a.journey');
      client.open(a, plan('A', './team.journey'), 1);
      await client.diagnostics(a, 1);
      const onIt = { textDocument: { uri: a }, position: { line: 4, character: 14 } };
      assert.deepEqual(await client.request('textDocument/definition', onIt), [{ uri: ws.uri('team.journey'), range: { start: { line: 3, character: 8 }, end: { line: 3, character: 10 } } }]);
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', onIt);
      assert.match(hover.contents.value, /Defined in `team\.journey`, line 4\./);
      const refs = await client.request<{ uri: string; range: { start: { line: number } } }[]>('textDocument/references', { ...onIt, context: { includeDeclaration: true } });
      // The base's definition, a's and c's references; other.journey has its own persona `it`.
      assert.deepEqual(refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line}`), ['team.journey:3', 'a.journey:4', 'c.journey:4']);
      const edit = await client.request<{ changes: Record<string, { range: { start: { line: number; character: number } }; newText: string }[]> }>('textDocument/rename', { ...onIt, newName: 'ivo' });
      assert.deepEqual(
        Object.entries(edit.changes).map(([uri, edits]) => `${uri.split('/').pop()}: ${edits.map((e) => `${e.range.start.line}:${e.range.start.character}=${e.newText}`).join(' ')}`),
        ['team.journey: 3:8=ivo', 'a.journey: 4:13=ivo', 'c.journey: 4:13=ivo'],
      );
      // Completion after `extends: `: the other plans of the workspace, relative to this one.
      const items = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri: a }, position: { line: 1, character: 9 } });
      assert.deepEqual(items.map((item) => item.label), ['./c.journey', './other.journey', './team.journey']);
      const base = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: a }, position: { line: 1, character: 12 } });
      assert.equal(base.contents.value, '**./team.journey** · base\n\nThis plan takes from it:\n\n- persona Ivo (`it`)');
    } finally {
      await client.stop();
    }
  });
});

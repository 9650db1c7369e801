// Protocol tests of completion and hover through dist/server.js, on half-typed documents as an
// editor sends them: text edits over the typed word, snippets inserted as written, markdown hovers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FULL_PLAN } from '../helpers/plans';
import { LspClient } from '../helpers/lspClient';

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
interface Item {
  label: string;
  kind: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  sortText: string;
  filterText?: string;
  textEdit: { range: Range; newText: string };
  insertTextFormat: number;
  insertTextMode?: number;
  command?: { command: string };
}
interface Hover {
  contents: { kind: string; value: string };
  range: Range;
}

const range = (line: number, start: number, end = start): Range => ({ start: { line, character: start }, end: { line, character: end } });

function sorted(items: Item[]): Item[] {
  return [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

describe('completion and hover over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const complete = async (uri: string, position: Position): Promise<Item[]> => sorted(await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position }));

  it('completes personas after a half-typed `persona: ` at the end of the file', async () => {
    const uri = 'file:///plans/typing.journey';
    client.open(uri, `${FULL_PLAN}  - title: New\n    phase: awareness\n    persona: `);
    const items = await complete(uri, { line: 16, character: 13 });
    assert.deepEqual(items.map((i) => i.label), ['it', 'cfo', '"*"']);
    const it = items[0];
    assert.equal(it.detail, 'Ivo, IT-manager');
    assert.deepEqual(it.textEdit, { range: range(16, 13), newText: 'it' });
    assert.equal(it.kind, 18, 'Reference');
    assert.equal(it.insertTextFormat, 1, 'plain text');
  });

  it('follows edits: a flow list mid-typing offers the personas not listed yet, replacing the typed word', async () => {
    const uri = 'file:///plans/flow.journey';
    client.open(uri, `${FULL_PLAN}  - title: New\n    phase: awareness\n    persona: `);
    client.edit(uri, range(16, 13), '[it, c');
    const items = await complete(uri, { line: 16, character: 19 });
    assert.deepEqual(items.map((i) => i.label), ['cfo']);
    assert.deepEqual(items[0].textEdit, { range: range(16, 18, 19), newText: 'cfo' });
  });

  it('offers keys that ask for their values next, and a new-piece snippet inserted as written', async () => {
    const uri = 'file:///plans/keys.journey';
    client.open(uri, `${FULL_PLAN}  - `);
    const items = await complete(uri, { line: 14, character: 4 });
    const snippet = items[0];
    assert.equal(snippet.label, 'New content piece');
    assert.equal(snippet.kind, 15, 'Snippet');
    assert.equal(snippet.insertTextFormat, 2, 'snippet syntax');
    assert.equal(snippet.insertTextMode, 1, 'as is: the lines are indented already');
    assert.match(snippet.textEdit.newText, /^title: \$\{1:Title\}\n {4}persona: \$\{2\|it,cfo\|\}\n {4}phase: \$\{3\|awareness,consideration,decision\|\}/);
    assert.match(snippet.documentation?.value ?? '', /^```yaml\n/);
    const persona = items.find((i) => i.label === 'persona')!;
    assert.equal(persona.kind, 10, 'Property');
    assert.equal(persona.detail, 'required');
    assert.deepEqual(persona.textEdit, { range: range(14, 4), newText: 'persona: ' });
    assert.equal(persona.command?.command, 'editor.action.triggerSuggest');
  });

  it('uses the document’s CRLF line breaks for positions', async () => {
    const uri = 'file:///plans/crlf.journey';
    client.open(uri, FULL_PLAN.replace(/\n/g, '\r\n') + '  - title: New\r\n    phase: dec');
    const items = await complete(uri, { line: 15, character: 14 });
    assert.deepEqual(items.map((i) => i.label), ['awareness', 'consideration', 'decision']);
    assert.deepEqual(items[2].textEdit, { range: range(15, 11, 14), newText: 'decision' });
    assert.equal(items[2].detail, 'Decision · buyer');
  });

  it('hovers a persona reference with its cell counts, over the word', async () => {
    const uri = 'file:///plans/hover.journey';
    client.open(uri, FULL_PLAN);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 19 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.deepEqual(hover.range, range(12, 18, 21));
    assert.match(hover.contents.value, /^\*\*Carla, CFO\*\* · persona `cfo`/);
    assert.match(hover.contents.value, /- Carla, CFO × Consideration: 1 piece \(min 1\)\n- Carla, CFO × Decision: 1 piece \(min 1\)$/);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 12 } }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: 'file:///plans/not-open.journey' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri: 'file:///plans/not-open.journey' }, position: { line: 0, character: 0 } }), []);
  });
});

describe('completion and hover in Dutch over LSP', () => {
  it('documents models and hovers in the client’s language', async () => {
    const client = await LspClient.start({ locale: 'nl-BE' });
    try {
      const uri = 'file:///plans/nl.journey';
      client.open(uri, FULL_PLAN);
      const items = sorted(await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } }));
      const hubspot = items.find((i) => i.label === 'hubspot')!;
      assert.deepEqual(hubspot.textEdit.range, range(1, 7, 14));
      assert.match(hubspot.documentation?.value ?? '', /1\. Bewustwording \(`awareness`\) — buyer/);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 13 } });
      assert.match(hover.contents.value, /^\*\*Bewustwording\*\* · fase `awareness` · koper/);
      assert.match(hover.contents.value, /- Ivo, IT-manager × Bewustwording: 1 stuk \(min\. 1\)/);
    } finally {
      await client.stop();
    }
  });
});

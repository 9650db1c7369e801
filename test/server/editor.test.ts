// Protocol tests of the editor features through dist/server.js: navigation, rename, quick fixes,
// the preview's edits (add a piece, move one, set its status) and its cursor lookup, outline, folding and selection ranges.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FULL_PLAN } from '../helpers/plans';
import { LspClient } from '../helpers/lspClient';

const uri = 'file:///plans/editor.journey';
const TEXT = FULL_PLAN.replace('phase: [consideration, decision]', 'phase: consideration');
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

describe('editor features over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
    client.open(uri, TEXT);
    await client.diagnostics(uri, 1);
  });
  after(async () => {
    await client.stop();
  });

  it('goes to a persona’s definition and finds its references and highlights', async () => {
    const refPosition = { line: 12, character: 19 }; // cfo in `persona: [it, cfo]`
    const definition = await client.request<{ range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: refPosition });
    assert.deepEqual(definition.map((d) => d.range), [{ start: { line: 5, character: 8 }, end: { line: 5, character: 11 } }]);
    const references = await client.request<{ range: Range }[]>('textDocument/references', { textDocument: { uri }, position: refPosition, context: { includeDeclaration: true } });
    assert.equal(references.length, 2);
    const highlights = await client.request<{ kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 5, character: 9 } });
    assert.deepEqual(highlights.map((h) => h.kind).sort(), [2, 3]);
  });

  it('renames a persona and refuses a taken id with a message', async () => {
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line: 5, character: 9 } });
    assert.equal(prepared.placeholder, 'cfo');
    const edit = await client.request<{ changes: Record<string, { newText: string }[]> }>('textDocument/rename', { textDocument: { uri }, position: { line: 5, character: 9 }, newName: 'finance' });
    assert.deepEqual(edit.changes[uri].map((e) => e.newText), ['finance', 'finance']);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position: { line: 5, character: 9 }, newName: 'it' }), /already a persona/);
  });

  it('offers quick fixes for a gap diagnostic', async () => {
    const published = await client.diagnostics(uri, 1);
    const gap = published.diagnostics.find((d) => d.code === 'empty-phase')!;
    const actions = await client.request<{ title: string; kind: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: gap.range,
      context: { diagnostics: [{ ...gap, source: 'journey' }] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Add a content piece for Ivo, IT-manager in Decision', 'Add a content piece for Carla, CFO in Decision', 'Expect no content here (every persona in Decision)']);
    assert.equal(actions[0].kind, 'quickfix');
    assert.match(actions[0].edit.changes[uri][0].newText, /persona: it\n    phase: decision\n    status: idea/);
  });

  it('answers journey/addPieceEdit with the same edit as the quick fix', async () => {
    const edits = await client.request<{ range: Range; newText: string }[]>('journey/addPieceEdit', { uri, persona: 'cfo', phase: 'decision' });
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0].range.start, { line: 13, character: 24 });
    assert.equal(edits[0].newText, '\n  - title: "New piece for Carla, CFO in Decision"\n    persona: cfo\n    phase: decision\n    status: idea');
    assert.equal(await client.request('journey/addPieceEdit', { uri, persona: 1 }), null);
  });

  it('answers journey/pieceEdit: a move replaces the one phase value, a status is added after the phase, a stale piece is refused', async () => {
    const webinar = { line: 12, title: 'Webinar' };
    const move = { kind: 'move', from: { persona: 'cfo', phase: 'consideration' }, to: { persona: 'cfo', phase: 'decision' } };
    assert.deepEqual(await client.request('journey/pieceEdit', { uri, piece: webinar, change: move }), {
      edits: [{ range: { start: { line: 13, character: 11 }, end: { line: 13, character: 24 } }, newText: 'decision' }],
    });
    assert.deepEqual(await client.request('journey/pieceEdit', { uri, piece: webinar, change: { kind: 'status', status: 'draft' } }), {
      edits: [{ range: { start: { line: 13, character: 24 }, end: { line: 13, character: 24 } }, newText: '\n    status: draft' }],
    });
    assert.deepEqual(await client.request('journey/pieceEdit', { uri, piece: { line: 12, title: 'Webinar 2' }, change: move }), { refused: 'changed' });
    assert.deepEqual(await client.request('journey/pieceEdit', { uri, piece: webinar, change: { ...move, to: { persona: 'it', phase: 'consideration' } } }), { refused: 'already-there' });
    assert.equal(await client.request('journey/pieceEdit', { uri, piece: webinar, change: { kind: 'status', status: 'done' } }), null);
    assert.equal(await client.request('journey/pieceEdit', { uri: 'file:///plans/not-open.journey', piece: webinar, change: move }), null);
  });

  it('answers journey/pieceAt with the first line of the piece a position is in', async () => {
    assert.deepEqual(await client.request('journey/pieceAt', { uri, position: { line: 13, character: 4 } }), { line: 12 });
    assert.deepEqual(await client.request('journey/pieceAt', { uri, position: { line: 9, character: 0 } }), { line: 9 });
    assert.equal(await client.request('journey/pieceAt', { uri, position: { line: 3, character: 4 } }), null);
    assert.equal(await client.request('journey/pieceAt', { uri, position: { line: 'x' } }), null);
  });

  it('gives an outline, folding ranges and selection ranges', async () => {
    const symbols = await client.request<{ name: string; children: { name: string; children: { name: string }[] }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Personas', 'Content']);
    assert.deepEqual(symbols[1].children.map((c) => `${c.name}: ${c.children.map((p) => p.name).join(', ')}`), ['Awareness: Blog', 'Consideration: Webinar']);
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((f) => f.startLine === 7 && f.endLine === 13), JSON.stringify(folds));
    const [selection] = await client.request<{ range: Range; parent?: unknown }[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 10, character: 13 }] });
    assert.deepEqual(selection.range, { start: { line: 10, character: 11 }, end: { line: 10, character: 20 } });
    let depth = 0;
    for (let r: { parent?: unknown } | undefined = selection; r; r = r.parent as typeof r) depth++;
    assert.ok(depth >= 4, `depth ${depth}`);
  });
});

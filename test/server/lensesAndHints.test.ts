// Code lenses and inlay hints through dist/server.js, and the settings that turn them off.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FULL_PLAN } from '../helpers/plans';
import { LspClient } from '../helpers/lspClient';

const uri = 'file:///plans/lenses.journey';
// FULL_PLAN: hubspot, personas it (line 3) and cfo (line 5), content: on line 7, every cell filled.
const TEXT = FULL_PLAN;
type Position = { line: number; character: number };
type Lens = { range: { start: Position; end: Position }; command: { title: string; command: string; arguments?: unknown[] } };
type Hint = { position: Position; label: string; paddingLeft: boolean };
const wholeText = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

describe('code lenses and inlay hints over LSP', () => {
  it('a lens above each persona opens the preview on its row; the coverage above content:', async () => {
    const client = await LspClient.start();
    try {
      client.open(uri, TEXT);
      const lenses = await client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(lenses, [
        { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, command: { title: '2 pieces · 3/3 phases · no gaps', command: 'journey.showPreviewToSide', arguments: [uri, { persona: 'it' }] } },
        { range: { start: { line: 5, character: 4 }, end: { line: 5, character: 4 } }, command: { title: '2 pieces · 3/3 phases · no gaps', command: 'journey.showPreviewToSide', arguments: [uri, { persona: 'cfo' }] } },
        { range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, command: { title: 'Coverage 6/6 cells · no gaps', command: '' } },
      ]);
    } finally {
      await client.stop();
    }
  });

  it('inlay hints name the personas and phases in the display language', async () => {
    const client = await LspClient.start({ locale: 'nl' });
    try {
      client.open(uri, TEXT);
      const hints = await client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: wholeText });
      assert.deepEqual(hints.map((hint) => [hint.position.line, hint.position.character, hint.label]), [
        [10, 20, 'Bewustwording'],
        [12, 16, 'Ivo, IT-manager'],
        [12, 21, 'Carla, CFO'],
        [13, 25, 'Overweging'],
        [13, 35, 'Beslissing'],
      ]);
      assert.equal(hints.every((hint) => hint.paddingLeft), true);
    } finally {
      await client.stop();
    }
  });

  it('journey.codeLens.enabled and journey.inlayHints.enabled set to false turn them off', async () => {
    const client = await LspClient.start({ settings: { codeLens: { enabled: false }, inlayHints: { enabled: false } } });
    try {
      client.open(uri, TEXT);
      assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
      assert.deepEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: wholeText }), []);
    } finally {
      await client.stop();
    }
  });
});

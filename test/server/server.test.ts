// Protocol tests: the bundled server (dist/server.js) over stdio, driven as VS Code drives it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { analyze, LineIndex, toMatrixModel, type MatrixModel, type Range } from '../../server/src/core';
import { applyMatrixResult, toModel, type MatrixFull, type MatrixResult, type MatrixView } from '../../server/src/protocol/matrixView';
import { FULL_PLAN } from '../helpers/plans';
import { LspClient } from '../helpers/lspClient';

const SAMPLE = 'samples/acme-b2b-software.journey';

const at = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

function applyEdit(text: string, range: Range, inserted: string): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offset(range.start)) + inserted + text.slice(lines.offset(range.end));
}

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes diagnostics with codes on open, for the opened version', async () => {
    const uri = 'file:///plans/broken.journey';
    client.open(uri, FULL_PLAN.replace('phase: awareness', 'phase: awarness'), 3);
    const published = await client.diagnostics(uri, 3);
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('unknown-phase'));
    const d = published.diagnostics.find((x) => x.code === 'unknown-phase')!;
    assert.deepEqual(d.range, { start: { line: 10, character: 11 }, end: { line: 10, character: 19 } });
    assert.equal(d.severity, 1);
  });

  it('re-analyses on a ranged change and clears on close', async () => {
    const uri = 'file:///plans/edit.journey';
    client.open(uri, FULL_PLAN);
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    const version = client.edit(uri, { start: { line: 10, character: 11 }, end: { line: 10, character: 20 } }, 'awarness');
    assert.deepEqual((await client.diagnostics(uri, version)).diagnostics.map((d) => d.code), ['empty-phase', 'unknown-phase']);
    const fixed = client.edit(uri, { start: { line: 10, character: 11 }, end: { line: 10, character: 19 } }, 'awareness');
    assert.deepEqual((await client.diagnostics(uri, fixed)).diagnostics, []);
    client.close(uri);
    assert.equal(await waitForCleared(client, uri), true);
  });

  it('answers journey/matrix with the whole matrix, each piece once, and null for unknown documents', async () => {
    const uri = 'file:///plans/sample.journey';
    const text = readFileSync(SAMPLE, 'utf8');
    client.open(uri, text);
    await client.diagnostics(uri, 1);
    const result = await client.request<MatrixFull>('journey/matrix', { uri });
    assert.equal(result.kind, 'full');
    assert.equal(result.pieces.length, analyze(text).plan.pieces.length);
    const model = toModel(result);
    assert.ok(model.personas.length >= 3);
    assert.equal(model.model, 'b2b');
    assert.equal(model.cells.length, model.personas.length * model.phases.length);
    for (const cell of model.cells) for (const piece of cell.content) assert.ok(text.split('\n')[piece.line - 1].includes('- '), `line ${piece.line} starts a piece`);
    assert.equal(await client.request('journey/matrix', { uri: 'file:///nope.journey' }), null);
    assert.equal(await client.request('journey/matrix', {}), null);
  });

  it('answers journey/matrix with deltas that, applied in turn, give the model analyze() gives, after edits that change and move pieces too', async () => {
    const uri = 'file:///plans/edited.journey';
    let text = readFileSync(SAMPLE, 'utf8');
    client.open(uri, text);
    const lines = () => text.split('\n');
    const firstTitle = () => lines().findIndex((line) => line.trimStart().startsWith('title:'));
    const content = () => lines().indexOf('content:');
    const edits: Array<() => { range: Range; text: string }> = [
      () => ({ range: at(firstTitle(), lines()[firstTitle()].length), text: ' — herzien' }),
      () => ({ range: at(content() + 1, 0), text: '\n\n' }),
      () => ({ range: { start: { line: content() + 1, character: 0 }, end: { line: content() + 2, character: 0 } }, text: '' }),
      () => ({ range: at(firstTitle(), lines()[firstTitle()].length), text: ' “Zoë” 😀' }),
    ];
    let view: MatrixView | null = applyMatrixResult(null, await client.request<MatrixResult>('journey/matrix', { uri }));
    assert.deepEqual(toModel(view!), toMatrixModel(analyze(text)));
    const kinds: string[] = [];
    for (const edit of edits) {
      const { range, text: inserted } = edit();
      const version = client.edit(uri, range, inserted);
      text = applyEdit(text, range, inserted);
      await client.diagnostics(uri, version);
      const result = await client.request<MatrixResult>('journey/matrix', { uri, previousResultId: view!.resultId });
      kinds.push(result.kind);
      view = applyMatrixResult(view, result);
      assert.deepEqual(toModel(view!), toMatrixModel(analyze(text)), `after inserting ${JSON.stringify(inserted)}`);
    }
    assert.deepEqual(kinds, ['delta', 'delta', 'delta', 'delta']);
    // An answer the server does not have (another session's, or forgotten): a whole one.
    assert.equal((await client.request<MatrixResult>('journey/matrix', { uri, previousResultId: 'nope' })).kind, 'full');
  });

  it('answers journey/coverage with the matrix model’s coverage and syntax errors and the overdue count, without cells', async () => {
    const uri = 'file:///plans/coverage.journey';
    client.open(uri, readFileSync(SAMPLE, 'utf8'));
    await client.diagnostics(uri, 1);
    const model = await client.request<MatrixFull>('journey/matrix', { uri });
    assert.deepEqual(await client.request('journey/coverage', { uri }), { coverage: model.coverage, syntaxErrors: model.syntaxErrors, overdue: 1 });
    const broken = client.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'journey: "unclosed\n');
    await client.diagnostics(uri, broken);
    const summary = await client.request<Pick<MatrixModel, 'coverage' | 'syntaxErrors'>>('journey/coverage', { uri });
    const brokenModel = await client.request<MatrixFull>('journey/matrix', { uri });
    assert.ok(summary.syntaxErrors.length > 0);
    assert.deepEqual(summary, { coverage: brokenModel.coverage, syntaxErrors: brokenModel.syntaxErrors, overdue: 1 });
    assert.equal(await client.request('journey/coverage', { uri: 'file:///nope.journey' }), null);
  });

  it('sends journey/analysisChanged after each analysis', async () => {
    const uri = 'file:///plans/notify.journey';
    client.open(uri, FULL_PLAN, 7);
    await client.diagnostics(uri, 7);
    const seen = client.notifications.some((n) => n.method === 'journey/analysisChanged' && JSON.stringify(n.params) === JSON.stringify({ uri, version: 7 }));
    assert.ok(seen);
  });

  it('keeps serving after hostile input', async () => {
    const uri = 'file:///plans/hostile.journey';
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'personas: *j', 'content: [{ title: x, persona: *j, phase: *j }]'].join('\n');
    client.open(uri, bomb);
    const published = await client.diagnostics(uri, 1);
    assert.ok(published.diagnostics.length > 0);
    client.open('file:///plans/deep.journey', '['.repeat(20_000));
    assert.ok((await client.diagnostics('file:///plans/deep.journey', 1)).diagnostics.length > 0);
    client.open('file:///plans/after.journey', FULL_PLAN);
    assert.deepEqual((await client.diagnostics('file:///plans/after.journey', 1)).diagnostics, []);
  });
});

describe('language server settings and locale', () => {
  it('reads journey.* settings and speaks Dutch when the client does', async () => {
    const client = await LspClient.start({ locale: 'nl', settings: { diagnostics: { severity: { 'empty-phase': 'error' } } } });
    try {
      const uri = 'file:///plans/nl.journey';
      client.open(uri, FULL_PLAN.replace('phase: awareness', 'phase: consideration'));
      const [d] = (await client.diagnostics(uri, 1)).diagnostics;
      assert.equal(d.code, 'empty-phase');
      assert.equal(d.severity, 1);
      assert.match(d.message, /Bewustwording/);
    } finally {
      await client.stop();
    }
  });
});

async function waitForCleared(client: LspClient, uri: string): Promise<boolean> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const last = [...client.published].reverse().find((p) => p.uri === uri);
    if (last && last.diagnostics.length === 0 && last.version === undefined) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

// The file-size limit end to end: the `journey.maxFileSize` setting (read by the server, checked
// like any untrusted setting), the incremental analysis, the CLI's --max-file-size, and what the
// CLI makes of files that are not text at all.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { toAnalysisOptions } from '../../server/src/lsp/settings';
import { LspClient } from '../helpers/lspClient';
import { FULL_PLAN } from '../helpers/plans';

function journey(args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8' } });
  return { status, out, err };
}

function file(content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'journey-limits-')), 'plan.journey');
  writeFileSync(path, content);
  return path;
}

describe('journey.maxFileSize', () => {
  it('is read from the settings when it is a positive whole number, and ignored otherwise', () => {
    assert.equal(toAnalysisOptions({ maxFileSize: 1000 }, 'en').maxFileSize, 1000);
    for (const bad of [0, -1, 1.5, '1000', null, Number.NaN, Infinity]) assert.equal(toAnalysisOptions({ maxFileSize: bad }, 'en').maxFileSize, undefined, String(bad));
    assert.equal(DEFAULT_MAX_FILE_SIZE, 5_242_880);
  });

  it('holds in the incremental analysis too, and the analysis resumes below it', () => {
    const analyzer = new IncrementalAnalyzer();
    const options = { maxFileSize: FULL_PLAN.length + 10 };
    assert.deepEqual(analyzer.update(FULL_PLAN, options).diagnostics, []);
    const grown = `${FULL_PLAN}  - title: ${'x'.repeat(20)}\n    persona: it\n    phase: awareness\n`;
    assert.deepEqual(analyzer.update(grown, options).diagnostics.map((d) => d.code), ['file-too-large']);
    assert.deepEqual(analyzer.update(FULL_PLAN, options).diagnostics, []);
  });
});

describe('the server applies journey.maxFileSize', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: { maxFileSize: 200 } });
  });
  after(() => client.stop());

  it('a plan above the setting gets one file-too-large warning; below it, a normal analysis', async () => {
    const small = 'journey: T\npersonas: [a]\ncontent: []\n';
    client.open('file:///limits/small.journey', small);
    client.open('file:///limits/big.journey', `${small}# ${'x'.repeat(300)}\n`);
    const big = await client.diagnostics('file:///limits/big.journey', 1);
    assert.deepEqual(big.diagnostics.map((d) => [d.code, d.severity]), [['file-too-large', 2]]);
    const normal = await client.diagnostics('file:///limits/small.journey', 1);
    assert.deepEqual(normal.diagnostics.map((d) => d.code), ['persona-without-content', 'empty-phase', 'empty-phase', 'empty-phase', 'empty-phase', 'empty-phase']);
  });
});

describe('journey --max-file-size, and files that are not text', () => {
  it('lint and matrix take --max-file-size', () => {
    const path = file(FULL_PLAN);
    const lint = journey(['lint', '--max-file-size', '100', path]);
    assert.equal(lint.status, 0); // a warning, not an error
    assert.match(lint.out, /warning file-too-large This file is \d+ bytes, more than the 100 bytes Journey analyses/);
    assert.equal(journey(['lint', '--max-file-size=100000', path]).out.includes('file-too-large'), false);
    assert.equal(journey(['matrix', '--format', 'json', '--max-file-size', '100', path]).status, 0);
    assert.equal(journey(['lint', '--max-file-size', 'big', path]).status, 2);
  });

  it('invalid UTF-8 and binary files are read, decoded and answered, not crashed on', () => {
    const invalid = file(Buffer.from([0x6a, 0x6f, 0x75, 0x72, 0x6e, 0x65, 0x79, 0x3a, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0x70, 0x3a, 0x20, 0x80, 0x0a]));
    const lint = journey(['lint', '--format', 'json', invalid]);
    assert.equal(lint.status, 1);
    const report = JSON.parse(lint.out) as { files: { diagnostics: { code: string }[] }[] };
    assert.ok(report.files[0].diagnostics.some((d) => d.code === 'missing-field'));
    const binary = file(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256)));
    const result = journey(['lint', binary]);
    assert.ok(result.status === 0 || result.status === 1, String(result.status));
    assert.match(result.out, /1 plan checked/);
  });
});

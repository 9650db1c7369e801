// At most 1,000 diagnostics per file, then one too-many-problems saying how many more there are:
// a paste of 40,000 empty list items gets an answer the editor can take in at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, MAX_DIAGNOSTICS } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';

describe('too-many-problems', () => {
  const text = `[${','.repeat(40_000)}]`;

  it('keeps the first 1,000 by position and says where the rest begin, in either language', () => {
    assert.equal(MAX_DIAGNOSTICS, 1000);
    const { diagnostics } = analyze(text);
    assert.equal(diagnostics.length, 1001);
    assert.deepEqual(diagnostics.slice(0, 1000).map((d) => d.code).filter((code) => code === 'too-many-problems'), []);
    assert.deepEqual(diagnostics[1000], {
      code: 'too-many-problems',
      severity: 'information',
      message: '39,001 more problems from here on are not shown: Journey shows the first 1,000 of a file. Fix these first.',
      span: { start: 1001, end: 1002 },
      range: { start: { line: 0, character: 1001 }, end: { line: 0, character: 1002 } },
    });
    assert.equal(analyze(text, { locale: 'nl' }).diagnostics[1000].message, 'Nog 39.001 problemen vanaf hier worden niet getoond: Journey toont de eerste 1.000 van een bestand. Los deze eerst op.');
  });

  it('follows the severity setting, off included, and the incremental path', () => {
    assert.equal(analyze(text, { severity: { 'too-many-problems': 'warning' } }).diagnostics[1000].severity, 'warning');
    assert.equal(analyze(text, { severity: { 'too-many-problems': 'off' } }).diagnostics.length, 1000);
    const plan = `journey: T\npersonas: [a]\n${Array.from({ length: 1200 }, (_, i) => `k${i}: x\n`).join('')}`;
    assert.deepEqual(new IncrementalAnalyzer().update(plan).diagnostics, analyze(plan).diagnostics);
    assert.equal(analyze(plan).diagnostics[1000].code, 'too-many-problems');
  });
});

// History never changes an answer: the same deep, hostile and ordinary texts, analysed in this
// process after different histories (other documents first, in either order; from deep inside
// the stack; through the incremental analysis, from another text or from half of this one),
// get exactly the diagnostics and matrix a fresh process gives each of them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, toMatrixModel, type Analysis } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { canonical, freshReferences, REFERENCE_OPTIONS, type Reference } from '../fuzz/reference';
import { FULL_PLAN } from '../helpers/plans';
import { aliasBomb } from './hostileInputs';

const SAMPLES = readdirSync('samples')
  .filter((name) => name.endsWith('.journey'))
  .sort()
  .map((name) => readFileSync(join('samples', name), 'utf8'));

const TEXTS: [string, string][] = [
  ['20,000 unclosed brackets', `personas: ${'['.repeat(20_000)}\n`],
  ['10,000-deep flow mappings, then a plan', `x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n${FULL_PLAN}`],
  ['10,000-deep block sequences', `personas:\n  ${'- '.repeat(10_000)}x\n`],
  ['a piece nested 100 levels deep', FULL_PLAN.replace(/title: ([^\n]+)/, `title: ${'['.repeat(100)}$1${']'.repeat(100)}`)],
  ['alias bomb', aliasBomb()],
  ['50,000 empty flow items', `[${','.repeat(50_000)}]`],
  ['duplicate keys', 'a: b\n'.repeat(5_000)],
  ['a plan', FULL_PLAN],
  ...SAMPLES.map((text, i): [string, string] => [`sample ${i + 1}`, text]),
];

const answer = (analysis: Analysis): Reference => ({ diagnostics: analysis.diagnostics.map(canonical), matrix: JSON.stringify(toMatrixModel(analysis)) });
const atDepth = <T>(frames: number, run: () => T): T => (frames === 0 ? run() : atDepth(frames - 1, run));

describe('the same text gets the same answer, whatever came before', () => {
  // One fresh process per text: nothing analysed before it there.
  const fresh = TEXTS.map(([, text]) => freshReferences([text])[0]);
  const histories: [string, (text: string, i: number) => Analysis][] = [
    ['after every other text, in order', (text) => analyze(text, REFERENCE_OPTIONS)],
    ['after every other text, in reverse order', (text) => analyze(text, REFERENCE_OPTIONS)],
    ['from 5,000 frames deep in the stack', (text) => atDepth(5_000, () => analyze(text, REFERENCE_OPTIONS))],
    ['incrementally, after another plan', (text, i) => {
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(SAMPLES[i % SAMPLES.length], REFERENCE_OPTIONS);
      return analyzer.update(text, REFERENCE_OPTIONS);
    }],
    ['incrementally, after half of itself', (text) => {
      const analyzer = new IncrementalAnalyzer();
      analyzer.update(text.slice(0, text.length >> 1), REFERENCE_OPTIONS);
      return analyzer.update(text, REFERENCE_OPTIONS);
    }],
  ];
  for (const [history, run] of histories) {
    it(history, () => {
      const order = TEXTS.map((_, i) => i);
      if (history.includes('reverse')) order.reverse();
      for (const i of order) assert.deepEqual(answer(run(TEXTS[i][1], i)), fresh[i], TEXTS[i][0]);
    });
  }
});

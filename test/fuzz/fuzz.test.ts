// The bounded fuzz run of `npm test`: 2,000 seeded mutation cases against the core, a short
// stream of hostile LSP traffic against the server and a few sessions of one long-lived server —
// the same code as `npm run fuzz`, fixed seed.
// Any crash, wrong answer or edit that breaks the rules fails the test; timings are only
// measured by `npm run fuzz`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzzCore, seedTexts, type Finding } from './fuzzer';
import { Rng } from './mutate';
import { fuzzServer } from './serverFuzz';
import { fuzzSessions } from './sessionFuzz';

const SEED = 20260210;
const show = (findings: Finding[]): string[] => findings.map((f) => `case ${f.index} ${f.kind} in ${f.what}: ${f.detail.split('\n')[0]}\n${JSON.stringify(f.text.slice(0, 300))}`);

describe('fuzz (bounded, seeded)', () => {
  it('2,000 mutated plans: the core answers, and every edit keeps the rules', () => {
    const stats = fuzzCore({ cases: 2000, seed: SEED });
    assert.equal(stats.cases, 2000);
    assert.deepEqual(show(stats.findings.filter((f) => f.kind !== 'slow')), []);
  });

  it('300 hostile LSP operations: the server keeps serving', async () => {
    const stats = await fuzzServer(new Rng(SEED), { operations: 300, seeds: seedTexts() });
    assert.ok(stats.requests > 100, `only ${stats.requests} requests`);
    assert.deepEqual(show(stats.findings.filter((f) => f.kind !== 'slow')), []);
  });

  it('3 sessions of 8 steps on one server: alive throughout, every answer as from a fresh process', async () => {
    const stats = await fuzzSessions(new Rng(SEED), { sessions: 3, steps: 8, seeds: seedTexts() });
    assert.deepEqual([stats.sessions, stats.steps, stats.alive], [3, 24, true]);
    assert.deepEqual(show(stats.findings.filter((f) => f.kind !== 'slow')), []);
    assert.ok(stats.compared >= stats.steps, `${stats.compared} comparisons`);
  });
});

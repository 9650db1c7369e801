// `npm run fuzz -- [--cases N] [--seed N] [--server-ops N] [--sessions N] [--steps N] [--no-save]`:
// the long fuzz run. Times every hostile input, runs N seeded mutation cases against the core, a
// stream of hostile LSP traffic against dist/server.js and sessions of one long-lived server
// (sessionFuzz.ts); prints each crash, wrong answer and slow answer (> 1 s), keeps them in
// test/fixtures/regressions/, and ends with the figures docs/security.md quotes. With only
// --sessions, it runs the sessions alone. Exit status 1 when anything was found.
import { analyze } from '../../server/src/core';
import { HOSTILE_INPUTS } from '../robustness/hostileInputs';
import { fuzzCore, saveRegression, seedTexts, SLOW_MS, type Finding } from './fuzzer';
import { Rng } from './mutate';
import { fuzzServer } from './serverFuzz';
import { fuzzSessions } from './sessionFuzz';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const inline = process.argv.find((arg) => arg.startsWith(`${name}=`));
  const value = inline ? inline.slice(name.length + 1) : i >= 0 ? process.argv[i + 1] : undefined;
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} needs a whole number`);
  return Number(value);
}

async function main(): Promise<number> {
  const sessionsOnly = process.argv.some((arg) => arg.startsWith('--sessions')) && !process.argv.some((arg) => arg.startsWith('--cases'));
  const cases = option('--cases', sessionsOnly ? 0 : 10_000);
  const seed = option('--seed', 1);
  const serverOps = option('--server-ops', sessionsOnly ? 0 : Math.min(20_000, Math.max(500, Math.round(cases / 10))));
  const sessions = option('--sessions', 20);
  const steps = option('--steps', 20);
  const save = !process.argv.includes('--no-save');
  const all: Finding[] = [];
  const onFinding = (finding: Finding): void => {
    all.push(finding);
    const where = save && finding.text ? ` → ${saveRegression(finding)}` : '';
    console.log(`! case ${finding.index} ${finding.kind} in ${finding.what}: ${finding.detail.split('\n')[0]}${where}`);
  };
  const started = Date.now();

  let slowestHostile = { name: '', ms: 0 };
  if (!sessionsOnly) {
    console.log(`Hostile inputs (analysis time, best of 2):`);
    for (const input of HOSTILE_INPUTS) {
      const text = input.make();
      let best = Infinity;
      for (let i = 0; i < 2; i++) {
        const t0 = performance.now();
        analyze(text);
        best = Math.min(best, performance.now() - t0);
      }
      console.log(`  ${best.toFixed(0).padStart(6)} ms  ${input.name} (${text.length} characters)`);
      if (best > slowestHostile.ms) slowestHostile = { name: input.name, ms: best };
      if (best > SLOW_MS) onFinding({ index: -1, kind: 'slow', what: input.name, detail: `${best.toFixed(0)} ms`, text: '' });
    }
  }

  if (cases > 0) console.log(`\nCore: ${cases} cases, seed ${seed}`);
  const core = fuzzCore({ cases, seed, onFinding, onProgress: (done) => done % 10_000 === 0 && console.log(`  ${done} cases…`) });

  if (serverOps > 0) console.log(`\nServer: ${serverOps} operations, seed ${seed}`);
  const server = serverOps > 0 ? await fuzzServer(new Rng(seed), { operations: serverOps, seeds: seedTexts(), onFinding }) : undefined;

  console.log(`\nSessions: ${sessions} of ${steps} steps on one server, seed ${seed}`);
  const session = await fuzzSessions(new Rng(seed), { sessions, steps, seeds: seedTexts(), onFinding, onProgress: (done) => done % 20 === 0 && console.log(`  ${done} sessions…`) });

  const crashes = all.filter((f) => f.kind === 'crash').length;
  const slow = all.filter((f) => f.kind === 'slow').length;
  const other = all.length - crashes - slow;
  const figures: [string, string][] = [];
  if (!sessionsOnly) {
    figures.push(
      ['core cases', `${core.cases} (seed ${seed}), ${(core.totalMs / 1000).toFixed(1)} s, ${(core.totalMs / Math.max(1, core.cases)).toFixed(2)} ms per case`],
      ['slowest core case', `#${core.slowest.index}, ${core.slowest.ms.toFixed(0)} ms (${core.slowest.bytes} characters)`],
      ['slowest hostile', `${slowestHostile.name}, ${slowestHostile.ms.toFixed(0)} ms`],
    );
  }
  if (server) figures.push(['server operations', `${server.operations}, ${server.requests} requests; slowest ${server.slowestRequest.method} ${server.slowestRequest.ms.toFixed(0)} ms`]);
  figures.push(
    ['sessions', `${session.sessions} (${session.steps} steps, ${session.documents} documents, ${session.requests} requests) on one server; alive throughout: ${session.alive ? 'yes' : 'NO'}`],
    ['session answers', `${session.compared} diagnostics compared with a fresh process; slowest ${session.slowest.what} ${session.slowest.ms.toFixed(0)} ms`],
    ['  over ' + SLOW_MS + ' ms', `${session.overBudget} in the session; their texts alone in a fresh server: at most ${session.slowestAlone.toFixed(0)} ms`],
    ['crashes', String(crashes)],
    [`over ${SLOW_MS} ms`, String(slow)],
    ['other findings', `${other} (wrong answers, answers that depend on history, edits that broke the rules)`],
    ['duration', `${((Date.now() - started) / 1000).toFixed(0)} s`],
  );
  console.log(`\nFigures\n${figures.map(([name, value]) => `  ${`${name}:`.padEnd(21)}${value}`).join('\n')}`);
  return all.length > 0 ? 1 : 0;
}

main().then(
  (status) => (process.exitCode = status),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);

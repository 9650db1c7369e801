// The core fuzz loop, shared by `npm run fuzz` (run.ts) and the bounded run in `npm test`
// (fuzz.test.ts): seeded cases from the samples, each exercised (exercise.ts) and timed.
// A case is reproducible from (seed, index) alone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exerciseCore, type Problem } from './exercise';
import { mutate, Rng } from './mutate';

export const REGRESSIONS_DIR = join('test', 'fixtures', 'regressions');
/** A case slower than this is a finding (the "no analysis takes longer than one second"). */
export const SLOW_MS = 1000;

export interface Finding {
  index: number;
  /** history: a long-lived server answered a text differently from a fresh analysis. */
  kind: Problem['kind'] | 'slow' | 'history';
  what: string;
  detail: string;
  text: string;
}

export interface FuzzStats {
  cases: number;
  findings: Finding[];
  slowest: { index: number; ms: number; bytes: number };
  totalMs: number;
}

/** The plans in samples/ plus a few small odd layouts: what mutations start from. */
export function seedTexts(): string[] {
  const samples = readdirSync('samples')
    .filter((name) => name.endsWith('.journey'))
    .sort()
    .map((name) => readFileSync(join('samples', name), 'utf8'));
  return [
    ...samples,
    '',
    'journey: T\npersonas: [a, b]\ncontent: [{ title: x, persona: a, phase: awareness }]\nrules: { min-per-cell: 1, ignore: [{ persona: b, phase: "*" }] }\n',
    '{ journey: T, personas: [{ id: a }], content: [] }',
    'journey: T\r\npersonas:\r\n  - id: a # the one\r\ncontent:\r\n  - &p\r\n    title: "x: y"\r\n    persona: a\r\n    phase: awareness\r\n  - <<: *p\r\n    notes: |\r\n      block\r\n',
    'journey: T\nmodel: aida\nphases:\n  - attention\n  - { id: own, stage: customer }\npersonas:\n- id: a\ncontent:\n- title: >\n    folded\n  persona: a\n  phase: own\ncontent2: x',
  ];
}

/** The case for (seed, index): the same pair always gives the same text and the same calls. */
export function caseRng(seed: number, index: number): Rng {
  return new Rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

export function makeCase(seeds: readonly string[], seed: number, index: number): { text: string; rng: Rng } {
  const rng = caseRng(seed, index);
  return { text: mutate(rng.pick(seeds), rng, seeds), rng };
}

/** Runs `cases` cases; calls `onFinding` as they come (the CLI prints and saves them). */
export function fuzzCore(options: { cases: number; seed: number; seeds?: readonly string[]; onFinding?: (finding: Finding) => void; onProgress?: (done: number) => void }): FuzzStats {
  const seeds = options.seeds ?? seedTexts();
  const findings: Finding[] = [];
  const slowest = { index: -1, ms: 0, bytes: 0 };
  const started = performance.now();
  for (let index = 0; index < options.cases; index++) {
    const { text, rng } = makeCase(seeds, options.seed, index);
    const t0 = performance.now();
    const problems = exerciseCore(text, rng);
    let ms = performance.now() - t0;
    if (ms > SLOW_MS) ms = retime(seeds, options.seed, index, ms);
    if (ms > slowest.ms) Object.assign(slowest, { index, ms, bytes: text.length });
    const found: Finding[] = problems.map((p) => ({ index, ...p, text }));
    if (ms > SLOW_MS) found.push({ index, kind: 'slow', what: 'case', detail: `${ms.toFixed(0)} ms for ${text.length} characters`, text });
    for (const finding of found) {
      findings.push(finding);
      options.onFinding?.(finding);
    }
    if (options.onProgress && (index + 1) % 1000 === 0) options.onProgress(index + 1);
  }
  return { cases: options.cases, findings, slowest, totalMs: performance.now() - started };
}

/** A slow case is run twice more and its best time kept: a busy machine is not a slow analysis. */
function retime(seeds: readonly string[], seed: number, index: number, first: number): number {
  let best = first;
  for (let i = 0; i < 2; i++) {
    const { text, rng } = makeCase(seeds, seed, index);
    const t0 = performance.now();
    exerciseCore(text, rng);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Keeps a crashing or slow input as a regression case; returns its path (the same input, the same file). */
export function saveRegression(finding: Finding, dir = REGRESSIONS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const hash = createHash('sha1').update(finding.text).digest('hex').slice(0, 12);
  // Text with lone surrogates does not survive UTF-8: such cases are kept as a JSON string instead.
  const lossless = Buffer.from(finding.text, 'utf8').toString('utf8') === finding.text;
  const path = join(dir, `${finding.kind}-${hash}${lossless ? '.journey' : '.json'}`);
  if (!existsSync(path)) writeFileSync(path, lossless ? finding.text : JSON.stringify(finding.text) + '\n');
  return path;
}

/** The kept regression inputs, exactly as they were found. */
export function regressionFiles(dir = REGRESSIONS_DIR): { name: string; text: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.journey') || name.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      return { name, text: name.endsWith('.json') ? (JSON.parse(raw) as string) : raw };
    });
}

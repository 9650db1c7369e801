// Session fuzzing: one long-lived language server (dist/server.js over stdio) driven through
// sequences of steps, as an editor session would — documents opened, edited and closed, hostile
// and ordinary ones mixed, requests sent while edits are in flight, some cancelled. Each case of
// the core fuzzer starts from a fresh state; a session does not, which is how a deeply nested
// document once took the whole process down after a few ordinary ones. After every step:
//   - the process is alive;
//   - every answer (a request's, or the diagnostics of each open document's latest version)
//     came, and how long it took is kept. An answer over SLOW_MS may have waited behind other
//     documents on a busy machine: its text is timed again alone, in a fresh server, and is a
//     `slow` finding only if it is still over;
//   - each open document's diagnostics equal a from-scratch analysis of its text in another
//     process (reference.ts; run in batches, cached by text: the same text must get the same answer).
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, type PublishedDiagnostics } from '../helpers/lspClient';
import { SLOW_MS, type Finding } from './fuzzer';
import { DICTIONARY, mutate, type Rng } from './mutate';
import { canonicalPublished, freshReferences } from './reference';

export interface SessionStats {
  sessions: number;
  steps: number;
  requests: number;
  documents: number;
  compared: number;
  /** Whether the server process lived through every step. */
  alive: boolean;
  slowest: { what: string; ms: number };
  /** Answers that took over SLOW_MS in the session, and the slowest of their texts timed again alone (best of two). */
  overBudget: number;
  slowestAlone: number;
  findings: Finding[];
}

const INTERNAL_ERROR = -32603;
const POSITION_METHODS = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename'];
const DOCUMENT_METHODS = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'journey/matrix', 'journey/stats'];
/** How long a step waits for an answer before it counts as missing (well above SLOW_MS: a busy machine is not a hang). */
const ANSWER_TIMEOUT_MS = 30_000;

/** A document no plan should be, at a size a session can afford: deep nesting of every kind, dense text, an alias bomb. */
export function hostileText(rng: Rng): string {
  const n = rng.pick([63, 64, 65, 100, 1000, 5000, 20_000]);
  const lines = Math.min(n, 1500);
  const make = rng.pick([
    () => `personas: ${'['.repeat(n)}`,
    () => `journey: T\npersonas: [a]\nx: ${'['.repeat(n)}${']'.repeat(n)}\n`,
    () => `journey: T\npersonas: [a]\ny: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
    () => `personas:\n  ${'- '.repeat(n)}x\njourney: T\n`,
    () => `${Array.from({ length: lines }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\njourney: T\n`,
    () => `${Array.from({ length: lines }, (_, i) => `${' '.repeat(i)}- `).join('\n')}\n`,
    () => `content:\n  - title: ${'[{'.repeat(n)}\npersonas: [a]\n`,
    () => `${'? '.repeat(n)}x\n`,
    () => `${'- ['.repeat(n)}\n`,
    () => `a: [${'1,'.repeat(n * 2)}]\n`,
    () => `${'a: b\n'.repeat(n)}`,
    () => `x: &x [${'y, '.repeat(9)}y]\n${Array.from({ length: 6 }, (_, i) => `x${i}: &x${i} [${`*${i === 0 ? 'x' : `x${i - 1}`}, `.repeat(9)}*x]`).join('\n')}\npersonas: *x5\n`,
    () => '\n'.repeat(n * 2),
    () => `[${','.repeat(n * 2)}]`,
  ]);
  return make();
}

export async function fuzzSessions(
  rng: Rng,
  options: { sessions: number; steps: number; seeds: readonly string[]; onFinding?: (finding: Finding) => void; onProgress?: (sessions: number) => void },
): Promise<SessionStats> {
  const client = await LspClient.start({ settings: {} });
  let exited: string | undefined;
  client.process.on('exit', (code, signal) => (exited = `the server exited (${signal ?? code})`));
  const stats: SessionStats = { sessions: 0, steps: 0, requests: 0, documents: 0, compared: 0, alive: true, slowest: { what: '', ms: 0 }, overBudget: 0, slowestAlone: 0, findings: [] };
  const report = (kind: Finding['kind'], what: string, detail: string, text: string): void => {
    const finding: Finding = { index: stats.steps, kind, what, detail, text };
    stats.findings.push(finding);
    options.onFinding?.(finding);
  };
  const slowTexts = new Map<string, string>();
  const timed = (what: string, ms: number, text: string): void => {
    if (ms > stats.slowest.ms) stats.slowest = { what, ms };
    if (ms <= SLOW_MS) return;
    stats.overBudget++;
    if (!slowTexts.has(text)) slowTexts.set(text, `${what}: ${ms.toFixed(0)} ms in the session`);
  };
  const docs = new Map<string, TextDocument>();
  const sentAt = new Map<string, number>();
  /** What the server published for each text, to compare with the reference in batches. */
  const pending: { text: string; published: string[]; what: string }[] = [];
  const known = new Map<string, string[]>();

  const pickText = (): string => {
    const roll = rng.next();
    if (roll < 0.3) return rng.pick(options.seeds);
    if (roll < 0.65) return mutate(rng.pick(options.seeds), rng, options.seeds);
    return hostileText(rng);
  };
  const open = (): void => {
    const uri = `file:///session/plan-${stats.documents++}.journey`;
    const text = pickText();
    docs.set(uri, TextDocument.create(uri, 'journey', 1, text));
    sentAt.set(uri, performance.now());
    client.open(uri, text, 1);
  };
  const change = (): void => {
    const uri = rng.pick([...docs.keys()]);
    const doc = docs.get(uri)!;
    let change: { text: string; range?: { start: { line: number; character: number }; end: { line: number; character: number } } };
    if (rng.chance(0.15)) change = { text: pickText() };
    else {
      const start = doc.positionAt(rng.int(doc.getText().length + 1));
      const end = rng.chance(0.7) ? start : doc.positionAt(doc.offsetAt(start) + rng.int(200));
      const insert = rng.chance(0.1) ? rng.pick(['['.repeat(100), '- '.repeat(80), '{a: '.repeat(70)]) : rng.pick(DICTIONARY);
      change = { range: { start, end }, text: insert };
    }
    const version = doc.version + 1;
    docs.set(uri, TextDocument.update(doc, [change], version));
    sentAt.set(uri, performance.now());
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  };
  const request = async (): Promise<void> => {
    const uri = rng.pick([...docs.keys()]);
    const doc = docs.get(uri)!;
    const method = rng.chance(0.6) ? rng.pick(POSITION_METHODS) : rng.pick(DOCUMENT_METHODS);
    const position = doc.positionAt(rng.int(doc.getText().length + 1));
    const params = { textDocument: { uri }, uri, position, context: { includeDeclaration: true } };
    stats.requests++;
    const source = new CancellationTokenSource();
    const started = performance.now();
    const answer = client.connection.sendRequest(method, params, source.token);
    if (rng.chance(0.1)) source.cancel();
    try {
      await withTimeout(answer, ANSWER_TIMEOUT_MS, method);
    } catch (error) {
      // A refusal (rename here), a cancellation or a content-modified is an answer; an internal error or none at all is not.
      const code = (error as { code?: number }).code;
      if (code === undefined || code === INTERNAL_ERROR) report('crash', method, String((error as Error).message ?? error), doc.getText());
    }
    timed(method, performance.now() - started, doc.getText());
  };

  /** After a step: every open document's latest version got its diagnostics. */
  const settle = async (): Promise<void> => {
    for (const [uri, doc] of docs) {
      let published: PublishedDiagnostics;
      try {
        published = await client.diagnostics(uri, doc.version, ANSWER_TIMEOUT_MS);
      } catch (error) {
        report('crash', 'diagnostics', `${exited ?? (error as Error).message}`, doc.getText());
        continue;
      }
      const since = sentAt.get(uri);
      if (since !== undefined) {
        timed('diagnostics', performance.now() - since, doc.getText());
        sentAt.delete(uri);
      }
      const text = doc.getText();
      pending.push({ text, published: published.diagnostics.map(canonicalPublished), what: `${uri}@${doc.version}` });
    }
  };
  const compare = (): void => {
    const texts = [...new Set(pending.map((p) => p.text).filter((text) => !known.has(text)))];
    freshReferences(texts).forEach((reference, i) => known.set(texts[i], reference.diagnostics));
    for (const { text, published, what } of pending.splice(0)) {
      stats.compared++;
      const expected = known.get(text)!;
      if (JSON.stringify(published) !== JSON.stringify(expected)) {
        const first = expected.findIndex((line, i) => published[i] !== line);
        report('history', 'session diagnostics', `${what}: published ${published.length}, a fresh analysis ${expected.length}; first difference: ${published[first] ?? '(none)'} ≠ ${expected[first] ?? '(none)'}`, text);
      }
    }
  };

  try {
    for (let session = 0; session < options.sessions && !exited; session++) {
      for (let i = 1 + rng.int(3); i > 0; i--) open();
      for (let step = 0; step < options.steps && !exited; step++) {
        stats.steps++;
        // A burst: edits and requests in flight together, as typing with hovers and completions.
        const inFlight: Promise<void>[] = [];
        for (let k = 1 + rng.int(4); k > 0; k--) {
          const roll = rng.next();
          if (roll < 0.45) change();
          else if (roll < 0.55 && docs.size < 6) open();
          else if (roll < 0.6 && docs.size > 1) {
            const uri = rng.pick([...docs.keys()]);
            docs.delete(uri);
            sentAt.delete(uri);
            client.close(uri);
          } else inFlight.push(request());
        }
        await Promise.all(inFlight);
        await settle();
        if (exited) report('crash', 'liveness', exited, [...docs.values()].map((d) => d.getText()).join('\n---\n'));
        if (pending.length >= 40) compare();
      }
      for (const uri of docs.keys()) client.close(uri);
      docs.clear();
      stats.sessions++;
      options.onProgress?.(stats.sessions);
    }
    compare();
    stats.alive = !exited;
    for (const [text, what] of slowTexts) {
      const ms = await timeAlone(text);
      stats.slowestAlone = Math.max(stats.slowestAlone, ms);
      if (ms > SLOW_MS) report('slow', 'diagnostics', `${what}, ${ms.toFixed(0)} ms alone (${text.length} characters: ${JSON.stringify(text.slice(0, 40))}…)`, text);
    }
  } finally {
    if (exited) stats.alive = false;
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type?: number }).type === 1);
    for (const error of errors) report('crash', 'server log', String((error.params as { message?: string }).message).slice(0, 2000), '');
    await client.stop();
  }
  return stats;
}

/** Open → diagnostics for the text in a fresh server, best of two. */
async function timeAlone(text: string): Promise<number> {
  const client = await LspClient.start({ settings: {} });
  try {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const uri = `file:///alone/${i}.journey`;
      const started = performance.now();
      client.open(uri, text, 1);
      await client.diagnostics(uri, 1, ANSWER_TIMEOUT_MS);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  } finally {
    await client.stop();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Fuzzing the running language server (dist/server.js over stdio), as a misbehaving editor would:
// random ranged changes (some out of range), requests at random and out-of-range positions, on
// closed and unknown documents, cancelled requests, a few malformed ones — then the server must
// still answer a simple request and publish diagnostics for the latest version.
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../helpers/lspClient';
import type { Finding } from './fuzzer';
import { DICTIONARY, mutate, type Rng } from './mutate';

export interface ServerFuzzStats {
  operations: number;
  requests: number;
  slowestRequest: { method: string; ms: number };
  findings: Finding[];
}

type Position = { line: number; character: number };
const INTERNAL_ERROR = -32603;
const POSITION_METHODS = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename', 'textDocument/rename'];
const DOCUMENT_METHODS = ['textDocument/documentSymbol', 'textDocument/foldingRange', 'journey/matrix', 'journey/export', 'journey/stats'];

export async function fuzzServer(rng: Rng, options: { operations: number; seeds: readonly string[]; onFinding?: (finding: Finding) => void }): Promise<ServerFuzzStats> {
  const client = await LspClient.start({ settings: { maxFileSize: 1024 * 1024 } });
  const docs = new Map<string, TextDocument>();
  const closed: string[] = [];
  const findings: Finding[] = [];
  const stats: ServerFuzzStats = { operations: options.operations, requests: 0, slowestRequest: { method: '', ms: 0 }, findings };
  let index = 0;
  const report = (kind: Finding['kind'], what: string, detail: string, text = ''): void => {
    const finding: Finding = { index, kind, what, detail, text };
    findings.push(finding);
    options.onFinding?.(finding);
  };
  const snapshot = (): string => [...docs.values()].map((doc) => doc.getText()).join('\n---\n');
  let opened = 0;
  const open = (): string => {
    const uri = `file:///fuzz/plan-${opened++}.journey`;
    const text = rng.chance(0.5) ? rng.pick(options.seeds) : mutate(rng.pick(options.seeds), rng, options.seeds);
    docs.set(uri, TextDocument.create(uri, 'journey', 1, text));
    client.open(uri, text, 1);
    return uri;
  };
  const position = (doc: TextDocument | undefined): Position => {
    const lines = doc ? doc.lineCount : 10;
    if (rng.chance(0.15)) return rng.pick([{ line: 1e6, character: 0 }, { line: 0, character: 1e6 }, { line: -1, character: -5 }, { line: lines, character: 3 }]);
    return { line: rng.int(lines + 1), character: rng.int(80) };
  };
  const anyUri = (): string => {
    const roll = rng.next();
    if (roll < 0.8 && docs.size > 0) return rng.pick([...docs.keys()]);
    if (roll < 0.9 && closed.length > 0) return rng.pick(closed);
    return rng.pick(['file:///never/opened.journey', 'untitled:Untitled-1', 'not a uri', '']);
  };

  const request = async (method: string, params: unknown, wellFormed: boolean): Promise<void> => {
    stats.requests++;
    const source = new CancellationTokenSource();
    const started = performance.now();
    const pending = client.connection.sendRequest(method, params, source.token);
    if (rng.chance(0.1)) source.cancel();
    try {
      await pending;
    } catch (error) {
      const code = (error as { code?: number }).code;
      // A handler that throws on a well-formed request is a bug; refusals (rename) and cancellations are not.
      if (wellFormed && code === INTERNAL_ERROR) report('crash', method, `${(error as Error).message}\nparams: ${JSON.stringify(params).slice(0, 500)}`, snapshot());
    } finally {
      const ms = performance.now() - started;
      if (ms > stats.slowestRequest.ms) stats.slowestRequest = { method, ms };
    }
  };

  for (let i = 0; i < 3; i++) open();
  const inFlight: Promise<void>[] = [];
  for (index = 0; index < options.operations; index++) {
    const roll = rng.next();
    if (roll < 0.4 && docs.size > 0) {
      // A ranged change, as VS Code sends it; the mirror applies it the same way.
      const uri = rng.pick([...docs.keys()]);
      const doc = docs.get(uri)!;
      const start = position(doc);
      const end = rng.chance(0.7) ? start : position(doc);
      const text = rng.chance(0.6) ? rng.pick(DICTIONARY) : rng.pick(options.seeds).slice(0, rng.int(200));
      const change = rng.chance(0.05) ? { text: mutate(doc.getText(), rng, options.seeds) } : { range: ordered(start, end), text };
      const version = doc.version + 1;
      docs.set(uri, TextDocument.update(doc, [change], version));
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    } else if (roll < 0.45) {
      if (docs.size > 1 && rng.chance(0.5)) {
        const uri = rng.pick([...docs.keys()]);
        docs.delete(uri);
        closed.push(uri);
        client.close(uri);
      } else {
        open();
      }
    } else if (roll < 0.95) {
      const uri = anyUri();
      const doc = docs.get(uri);
      const method = rng.chance(0.6) ? rng.pick(POSITION_METHODS) : rng.pick([...DOCUMENT_METHODS, 'textDocument/selectionRange', 'textDocument/codeAction', 'journey/addPieceEdit']);
      const textDocument = { uri };
      let params: unknown;
      if (POSITION_METHODS.includes(method)) params = { textDocument, position: position(doc), newName: rng.pick(['renamed', '', 'bad name', '🚀']), context: { includeDeclaration: rng.chance(0.5) } };
      else if (method === 'textDocument/selectionRange') params = { textDocument, positions: [position(doc), position(doc)] };
      else if (method === 'textDocument/codeAction') params = { textDocument, range: { start: position(doc), end: position(doc) }, context: { diagnostics: diagnosticsFor(client, uri, rng) } };
      else if (method === 'journey/addPieceEdit') params = { uri, persona: rng.pick(['a', '*', 'it-manager', '']), phase: rng.pick(['awareness', '*', 'x']) };
      else params = { textDocument, uri, format: rng.pick(['json', 'markdown', 'csv', 'html', 'pdf']) };
      inFlight.push(request(method, params, true));
    } else {
      // Malformed: the server may refuse, but must survive.
      const method = rng.pick([...POSITION_METHODS, ...DOCUMENT_METHODS]);
      inFlight.push(request(method, rng.pick([null, {}, { textDocument: null }, { textDocument: { uri: 42 }, position: 'x' }, [1, 2, 3]]), false));
    }
    if (inFlight.length >= 20) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight.splice(0));

  // Still serving: a fresh document gets its diagnostics and answers a request; so does every open one.
  try {
    if (client.process.exitCode !== null) throw new Error(`the server exited with ${client.process.exitCode}`);
    const uri = open();
    await client.diagnostics(uri, 1, 30_000);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    for (const [openUri, doc] of docs) await client.diagnostics(openUri, doc.version, 30_000);
  } catch (error) {
    report('crash', 'liveness', error instanceof Error ? error.message : String(error), snapshot());
  }
  const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type?: number }).type === 1);
  for (const error of errors) report('crash', 'server log', String((error.params as { message?: string }).message).slice(0, 2000), snapshot());
  await client.stop();
  return stats;
}

function ordered(a: Position, b: Position): { start: Position; end: Position } {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

/** Diagnostics as the editor sends them back: the published ones, or made-up ones. */
function diagnosticsFor(client: LspClient, uri: string, rng: Rng): unknown[] {
  const published = [...client.published].reverse().find((p) => p.uri === uri)?.diagnostics ?? [];
  if (published.length > 0 && rng.chance(0.8)) return published.slice(0, 5);
  const range = { start: { line: rng.int(50), character: 0 }, end: { line: rng.int(50), character: 5 } };
  return [{ range, message: 'x', code: rng.pick(['empty-cell', 'empty-phase', 'unknown-persona', 'persona-without-content', 'nonsense']), data: rng.pick([undefined, {}, { persona: '*', phase: 'x' }, { suggestion: 42 }]) }];
}


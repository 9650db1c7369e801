// The client's way of starting the server — forked with --stdio, as the extension does — and its
// handshake: dist/server.js answers the client's initialize, every capability it announces is one
// the client implements, and it leaves on shutdown + exit.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLIENT_CAPABILITIES } from '../../client/src/lsp/capabilities';
import { forkServer, killIfStillAlive } from '../../client/src/lsp/serverProcess';

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve({ code: child.exitCode, signal: child.signalCode })
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

/** Capabilities the server may announce, and the client capability that says the client implements it. */
const IMPLEMENTED: Record<string, (caps: typeof CLIENT_CAPABILITIES) => unknown> = {
  textDocumentSync: (c) => c.textDocument?.synchronization,
  completionProvider: (c) => c.textDocument?.completion,
  hoverProvider: (c) => c.textDocument?.hover,
  definitionProvider: (c) => c.textDocument?.definition,
  referencesProvider: (c) => c.textDocument?.references,
  documentHighlightProvider: (c) => c.textDocument?.documentHighlight,
  renameProvider: (c) => c.textDocument?.rename?.prepareSupport,
  codeActionProvider: (c) => c.textDocument?.codeAction?.codeActionLiteralSupport,
  documentSymbolProvider: (c) => c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
  foldingRangeProvider: (c) => c.textDocument?.foldingRange,
  selectionRangeProvider: (c) => c.textDocument?.selectionRange,
  workspace: (c) => c.workspace?.workspaceFolders,
  positionEncoding: (c) => c.general?.positionEncodings?.includes('utf-16'),
};

describe('the client\'s server process', () => {
  let child: ChildProcess;
  let connection: MessageConnection;
  let result: InitializeResult;
  const stderr: string[] = [];
  const configurationAsked: unknown[] = [];
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    child = forkServer({ module: path.resolve('dist/server.js'), cwd: path.resolve('samples'), debug: false, onStderrLine: (line) => stderr.push(line) });
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      configurationAsked.push(...params.items);
      return params.items.map(() => ({ rules: { minPerCell: 1 } }));
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => void published.push(params));
    connection.listen();
    result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'test', version: '0' },
      locale: 'en',
      rootUri: null,
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: { locale: 'nl' },
      workspaceFolders: null,
    });
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('answers initialize with incremental sync of opened and closed documents, in UTF-16', () => {
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.ok(result.capabilities.positionEncoding === undefined || result.capabilities.positionEncoding === 'utf-16');
  });

  it('announces only capabilities this client implements', () => {
    for (const [key, value] of Object.entries(result.capabilities)) {
      if (value === undefined || value === false) continue;
      assert.ok(key in IMPLEMENTED, `the server announces ${key}, which the client in client/src/lsp does not implement`);
      assert.ok(IMPLEMENTED[key](CLIENT_CAPABILITIES), `the client capabilities do not claim ${key}`);
    }
  });

  it('takes the locale from the initialization options and asks for the document\'s settings', async () => {
    const uri = 'file:///plans/client.journey';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text: 'journey: x\npersonas:\n  - id: a\n    name: A\ncontent:\n  - title: T\n    persona: b\n    phase: awareness\n' } });
    const deadline = Date.now() + 10_000;
    while (!published.some((p) => p.uri === uri && p.diagnostics.length > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const diagnostics = published.filter((p) => p.uri === uri).at(-1)?.diagnostics ?? [];
    const unknown = diagnostics.find((d) => d.code === 'unknown-persona');
    assert.ok(unknown, `no unknown-persona among ${diagnostics.map((d) => d.code).join(', ')}`);
    assert.match(String(unknown.message), /persona/i);
    assert.doesNotMatch(String(unknown.message), /^Unknown persona/, 'the message is in English, not Dutch');
    assert.deepEqual(configurationAsked, [{ scopeUri: uri, section: 'journey' }]);
  });

  it('leaves on shutdown and exit, with status 0 and nothing on stderr', async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.deepEqual(await exited(child), { code: 0, signal: null });
    assert.deepEqual(stderr, []);
  });
});

describe('a server that does not leave', () => {
  it('is killed once the grace period is over', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journey-client-'));
    const module = path.join(dir, 'stubborn.js');
    writeFileSync(module, "process.stderr.write('still here\\n'); setInterval(() => undefined, 1000);\n");
    const lines: string[] = [];
    const child = forkServer({ module, debug: false, onStderrLine: (line) => lines.push(line) });
    killIfStillAlive(child, 200);
    assert.deepEqual(await exited(child), { code: null, signal: 'SIGKILL' });
    assert.deepEqual(lines, ['still here']);
  });
});

// A small LSP client for the benchmark: starts a server over stdio and speaks JSON-RPC to it
// as VS Code does (didOpen, ranged didChange, requests). Waiting is event-driven — a
// notification resolves its waiter at once — so timings are not rounded up by polling.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** The day the servers take for today (JOURNEY_TODAY). */
export const BENCH_TODAY = '2026-02-01';

export class Client {
  /**
   * @param {string[]} command  node arguments: the server script and its flags
   * @param {{ configuration?: (section: string) => unknown, settings?: unknown, workspaceFolders?: string[] }} options  workspaceFolders: file: URIs
   */
  static async start(command, options = {}) {
    // A fixed day early in the generated plans' year: about one piece in twenty is `overdue`
    // then (as in a busy team's plan), and the figures do not change with the real date.
    const env = { ...process.env, JOURNEY_TODAY: BENCH_TODAY };
    const child = spawn(process.execPath, ['--expose-gc', ...command], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new Client(child, connection);
    child.stderr.on('data', (chunk) => client.stderr.push(String(chunk)));
    connection.onNotification('textDocument/publishDiagnostics', (params) => client.onDiagnostics(params));
    connection.onNotification(() => {});
    connection.onRequest('workspace/configuration', (params) => params.items.map((item) => options.configuration?.(item.section ?? '') ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const result = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ?? null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri.split('/').pop() })) ?? null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    if (options.settings) await connection.sendNotification('workspace/didChangeConfiguration', { settings: options.settings });
    return client;
  }

  constructor(child, connection) {
    this.child = child;
    this.connection = connection;
    this.stderr = [];
    this.capabilities = {};
    /** @type {{ uri: string, version: number | undefined, resolve: (p: unknown) => void }[]} */
    this.waiters = [];
    /** Called with every publishDiagnostics, of any document. */
    this.onPublish = (_params) => {};
  }

  onDiagnostics(params) {
    this.onPublish(params);
    this.waiters = this.waiters.filter((waiter) => {
      // A server that publishes versions must publish this one; one that does not: the next publication counts.
      const matches = waiter.uri === params.uri && (params.version === undefined || waiter.version === undefined || params.version === waiter.version);
      if (matches) waiter.resolve(params);
      return !matches;
    });
  }

  /** Resolves with the next diagnostics published for uri (and version, when the server says versions). */
  nextDiagnostics(uri, version, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}@${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Opens a document and returns ms until its diagnostics arrive. */
  async open(uri, languageId, text) {
    const start = performance.now();
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await published;
    return performance.now() - start;
  }

  /** One ranged change; returns ms until that version's diagnostics arrive. */
  async change(uri, version, range, text) {
    const start = performance.now();
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    await published;
    return performance.now() - start;
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** A request; returns [ms, result]. */
  async timed(method, params) {
    const start = performance.now();
    const result = await this.connection.sendRequest(method, params);
    return [performance.now() - start, result];
  }

  /** Resident memory of the server process, from /proc (Linux), in bytes. */
  rss() {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      return Number.isFinite(kb) ? kb * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

// A minimal LSP client for protocol tests: starts `node dist/server.js --stdio` and speaks
// JSON-RPC to it, as VS Code would. Waits poll for a condition with a deadline, never sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string; data?: unknown }[];
}

export class LspClient {
  readonly published: PublishedDiagnostics[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly stderr: string[] = [];
  /** What the server asked to register (`client/registerCapability` params). */
  readonly registrations: unknown[] = [];
  private readonly versions = new Map<string, number>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  /** The day the server is told it is (JOURNEY_TODAY): no test depends on the real date. */
  static readonly TODAY = '2026-03-16';

  static async start(options: { locale?: string; settings?: Record<string, unknown>; workspaceFolders?: string[]; today?: string; workDoneProgress?: boolean } = {}): Promise<LspClient> {
    const env = { ...process.env, JOURNEY_TODAY: options.today ?? LspClient.TODAY };
    const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    child.stderr!.on('data', (chunk) => client.stderr.push(String(chunk)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => void client.published.push(params));
    connection.onNotification((method, params) => void client.notifications.push({ method, params }));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
    connection.onRequest('client/registerCapability', (params: unknown) => void client.registrations.push(params));
    connection.onRequest('window/workDoneProgress/create', () => null);
    // The library routes $/progress past the catch-all handler above.
    connection.onUnhandledProgress((params) => void client.notifications.push({ method: '$/progress', params }));
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
      locale: options.locale,
      capabilities: {
        workspace: { configuration: options.settings !== undefined, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { workDoneProgress: options.workDoneProgress ?? false },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1): void {
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version, text } });
  }

  /** A ranged change, as VS Code sends it; returns the new version. */
  edit(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** The diagnostics published for this uri (and version, if given), waiting up to `ms`. */
  diagnostics(uri: string, version?: number, ms = 10_000): Promise<PublishedDiagnostics> {
    return waitFor(() => [...this.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version)), ms, `diagnostics for ${uri}@${version}`);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export async function waitFor<T>(probe: () => T | undefined, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The last diagnostics published for a uri, as `line:code`, once `ready` holds for them. */
export async function codesOf(client: LspClient, uri: string, ready: (codes: string[]) => boolean): Promise<string[]> {
  return waitFor(() => {
    const last = [...client.published].reverse().find((p) => p.uri === uri);
    const codes = last?.diagnostics.map((d) => `${d.range.start.line}:${d.code}`);
    return codes && ready(codes) ? codes : undefined;
  }, 10_000, `diagnostics of ${uri}`);
}

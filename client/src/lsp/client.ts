// The connection to the language server: starts the process (serverProcess.ts), does the LSP
// handshake, restarts the server after a crash and shuts it down on deactivation. Features plug in
// per session — from a finished handshake to the connection's end — so after a restart providers,
// document sync and settings are set up again against the new process.
import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type Logger, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver-protocol';
import { CLIENT_CAPABILITIES } from './capabilities';
import { MAX_RESTARTS, RestartPolicy } from './restartPolicy';
import { handleServerRequests } from './serverRequests';
import { forkServer, killIfStillAlive, startedInDebugMode } from './serverProcess';

/** What the rest of the extension needs of the client. */
export interface JourneyClient {
  /** Sends a request once the server runs: a request made during the handshake (or a restart) waits for it. */
  sendRequest<R>(method: string, params?: unknown, token?: vscode.CancellationToken): Promise<R>;
  /** One handler per method, as in vscode-jsonrpc; it stays across restarts. */
  onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable;
  readonly log: vscode.LogOutputChannel;
}

export interface Session {
  readonly connection: MessageConnection;
  readonly capabilities: ServerCapabilities;
}

/** Sets a feature up for one session; what it returns is disposed when the session ends. */
export type SessionFeature = (session: Session) => vscode.Disposable;

export interface LanguageClientOptions {
  serverModule: string;
  initializationOptions?: unknown;
  log: vscode.LogOutputChannel;
}

type State = 'idle' | 'starting' | 'running' | 'stopping' | 'stopped';

/** How long `shutdown` + `exit` may take, and how long the process then has to go before it is killed. */
const STOP_TIMEOUT_MS = 2_000;

export class LanguageClient implements JourneyClient, vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private state: State = 'idle';
  private child: ChildProcess | undefined;
  private connection: MessageConnection | undefined;
  private running = new Deferred<MessageConnection>();
  private stopped: Promise<void> | undefined;
  private sessionDisposables: vscode.Disposable[] = [];
  private readonly features: SessionFeature[] = [];
  private readonly notificationHandlers = new Map<string, (params: unknown) => void>();
  private readonly restarts = new RestartPolicy();
  private readonly rpcLogger: Logger;

  constructor(private readonly options: LanguageClientOptions) {
    this.log = options.log;
    this.rpcLogger = { error: (m) => this.log.error(m), warn: (m) => this.log.warn(m), info: (m) => this.log.info(m), log: (m) => this.log.info(m) };
  }

  addFeature(feature: SessionFeature): void {
    this.features.push(feature);
  }

  /** Starts the server without waiting for it: activation stays quick, requests wait instead. */
  start(): void {
    if (this.state !== 'idle') return;
    this.state = 'starting';
    let child: ChildProcess;
    try {
      child = forkServer({ module: this.options.serverModule, cwd: rootFolder()?.fsPath, debug: startedInDebugMode(), onStderrLine: (line) => this.log.error(line) });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the language server could not start: {0}', describe(error)));
      this.giveUp(`Starting the server failed: ${describe(error)}`);
      return;
    }
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!), this.rpcLogger);
    this.child = child;
    this.connection = connection;
    child.on('error', (error) => this.log.error(`Server process error: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (code === 0) this.log.info('Server process exited successfully');
      else this.log.error(`Server process exited with ${code !== null ? `code ${code}` : `signal ${signal}`}`);
    });
    connection.onClose(() => this.onClose(connection));
    connection.onError(([error, , count]) => {
      this.log.error(`Connection to the server: ${error.message}`);
      // A connection that keeps failing to write is treated as a crash: the restart policy decides.
      if ((count ?? 0) > 3 && connection === this.connection) child.kill();
    });
    handleServerRequests(connection, this.log);
    // Custom notifications go through the map, so a handler added later or kept across restarts is found.
    connection.onNotification((method, params) => {
      const handler = this.notificationHandlers.get(method);
      if (!handler) return;
      try {
        handler(params);
      } catch (error) {
        this.log.error(`Handling ${method} failed: ${describe(error)}`);
      }
    });
    connection.listen();
    connection.sendRequest<InitializeResult>('initialize', this.initializeParams()).then(
      (result) => this.onInitialized(connection, result),
      (error: unknown) => this.onInitializeFailed(connection, error),
    );
  }

  async sendRequest<R>(method: string, params?: unknown, token?: vscode.CancellationToken): Promise<R> {
    if (this.state === 'stopping' || this.state === 'stopped') throw new Error(`The Journey language server is not running (${method}).`);
    const connection = this.state === 'running' && this.connection ? this.connection : await this.running.promise;
    if (token?.isCancellationRequested) throw new vscode.CancellationError();
    const args: unknown[] = params === undefined ? [] : [params];
    // VS Code's token has the shape vscode-jsonrpc expects: cancelling it sends $/cancelRequest.
    if (token) args.push(token);
    return connection.sendRequest<R>(method, ...args);
  }

  onNotification(method: string, handler: (params: unknown) => void): vscode.Disposable {
    this.notificationHandlers.set(method, handler);
    return new vscode.Disposable(() => {
      if (this.notificationHandlers.get(method) === handler) this.notificationHandlers.delete(method);
    });
  }

  /** `shutdown`, then `exit`; the process is killed if it is still there 2 s later. */
  stop(): Promise<void> {
    if (this.stopped) return this.stopped;
    const { connection } = this;
    const wasActive = this.state === 'starting' || this.state === 'running';
    this.state = 'stopping';
    if (!this.running.settled) this.running.reject(new Error('The Journey language server was stopped.'));
    this.stopped = (async () => {
      this.endFeatures(); // nothing new reaches a server that is going away
      if (connection && wasActive) {
        try {
          await withTimeout((async () => {
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
          })(), STOP_TIMEOUT_MS);
        } catch (error) {
          this.log.warn(`Stopping the server: ${describe(error)}`);
        }
      }
      this.endSession();
      this.state = 'stopped';
    })();
    return this.stopped;
  }

  dispose(): void {
    void this.stop();
  }

  private onInitialized(connection: MessageConnection, result: InitializeResult): void {
    if (connection !== this.connection || this.state !== 'starting') return;
    const encoding = result.capabilities.positionEncoding;
    if (encoding !== undefined && encoding !== 'utf-16') {
      this.onInitializeFailed(connection, new Error(`unsupported position encoding ${encoding}`));
      return;
    }
    // Everything from here to the end is synchronous, so no message from the server is handled
    // before every feature has its handlers in place, and `initialized` goes out first.
    connection.sendNotification('initialized', {}).catch((error: unknown) => this.log.error(`Sending initialized: ${describe(error)}`));
    this.state = 'running';
    const session: Session = { connection, capabilities: result.capabilities };
    for (const feature of this.features) {
      try {
        this.sessionDisposables.push(feature(session));
      } catch (error) {
        this.log.error(`Setting up a client feature failed: ${describe(error)}`);
      }
    }
    this.log.info(`Server running: ${result.serverInfo?.name ?? 'language server'} ${result.serverInfo?.version ?? ''}`.trimEnd());
    this.running.resolve(connection);
  }

  private onInitializeFailed(connection: MessageConnection, error: unknown): void {
    // A connection that closed fails its initialize too; onClose decides about restarting then.
    if (connection !== this.connection || this.state !== 'starting') return;
    this.endSession();
    void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the language server could not start: {0}', describe(error)));
    this.giveUp(`Server initialization failed: ${describe(error)}`);
  }

  private onClose(connection: MessageConnection): void {
    if (connection !== this.connection) return;
    const unexpected = this.state === 'starting' || this.state === 'running';
    this.endSession();
    if (!unexpected) return;
    if (this.restarts.shouldRestart()) {
      this.log.warn('The connection to the server closed: restarting it.');
      this.state = 'idle';
      this.start();
    } else {
      void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the language server stopped unexpectedly {0} times in 3 minutes and will not be restarted. The output "Journey Language Server" says why.', MAX_RESTARTS + 1));
      this.giveUp(`The server crashed ${MAX_RESTARTS + 1} times in the last 3 minutes: it will not be restarted.`);
    }
  }

  /** No server from now on: waiting requests fail, and so do new ones. */
  private giveUp(reason: string): void {
    this.state = 'stopped';
    this.log.error(reason);
    this.running.reject(new Error(reason));
  }

  private endFeatures(): void {
    for (const disposable of this.sessionDisposables.splice(0).reverse()) {
      try {
        disposable.dispose();
      } catch (error) {
        this.log.error(`Ending a client feature failed: ${describe(error)}`);
      }
    }
  }

  private endSession(): void {
    this.endFeatures();
    this.connection?.dispose();
    this.connection = undefined;
    if (this.child) killIfStillAlive(this.child, STOP_TIMEOUT_MS);
    this.child = undefined;
    // Requests from now on wait for the next session (or fail, if there will be none).
    if (this.running.settled) this.running = new Deferred();
  }

  private initializeParams(): InitializeParams {
    const root = rootFolder();
    const folders = vscode.workspace.workspaceFolders;
    return {
      processId: process.pid,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      locale: vscode.env.language,
      rootPath: root?.fsPath ?? null,
      rootUri: root?.toString() ?? null,
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: this.options.initializationOptions,
      trace: 'off',
      workspaceFolders: folders ? folders.map((folder) => ({ uri: folder.uri.toString(), name: folder.name })) : null,
    };
  }
}

/** The first workspace folder, if it is on disk (vscode-languageclient's root path). */
function rootFolder(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri : undefined;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class Deferred<T> {
  readonly promise: Promise<T>;
  settled = false;
  resolve!: (value: T) => void;
  reject!: (error: Error) => void;

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = (value) => {
        this.settled = true;
        resolve(value);
      };
      this.reject = (error) => {
        this.settled = true;
        reject(error);
      };
    });
    this.promise.catch(() => undefined); // rejected with nobody waiting is not an error
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

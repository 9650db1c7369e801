// The "Journey Language Server" output channel as the language client writes to it: the client's
// and the server's log, the server's stderr and, while `journey.trace.server` is not "off", the
// LSP traffic. Two views of one LogOutputChannel, both telling listeners what they wrote (the
// extension's own tests in VS Code read the output through `onDidWrite`).
import * as vscode from 'vscode';

export const TRACE_SETTING = 'journey.trace.server';

export interface ServerOutput extends vscode.Disposable {
  /** The client's and the server's log (vscode-languageclient's `outputChannel`). */
  readonly log: vscode.LogOutputChannel;
  /** The LSP traffic (its `traceOutputChannel`). */
  readonly trace: vscode.LogOutputChannel;
  /** Every line written to the channel, through either view. */
  readonly onDidWrite: vscode.Event<string>;
}

export function createServerOutput(): ServerOutput {
  const channel = vscode.window.createOutputChannel(vscode.l10n.t('Journey Language Server'), { log: true });
  const written = new vscode.EventEmitter<string>();
  const trace = new TraceView(channel, written);
  return {
    log: new ObservedView(channel, written),
    trace,
    onDidWrite: written.event,
    dispose: () => {
      trace.dispose();
      written.dispose();
      channel.dispose();
    },
  };
}

/** Writes to the channel and reports what it wrote. Disposing a view leaves the channel open. */
class ObservedView implements vscode.LogOutputChannel {
  constructor(protected readonly channel: vscode.LogOutputChannel, private readonly written: vscode.EventEmitter<string>) {}

  get name(): string {
    return this.channel.name;
  }
  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }
  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }
  trace(message: string, ...args: unknown[]): void {
    this.channel.trace(message, ...args);
    this.written.fire(message);
  }
  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(message, ...args);
    this.written.fire(message);
  }
  info(message: string, ...args: unknown[]): void {
    this.channel.info(message, ...args);
    this.written.fire(message);
  }
  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(message, ...args);
    this.written.fire(message);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(error, ...args);
    this.written.fire(typeof error === 'string' ? error : (error.stack ?? error.message));
  }
  append(value: string): void {
    this.channel.append(value);
    this.written.fire(value);
  }
  appendLine(value: string): void {
    this.channel.appendLine(value);
    this.written.fire(value);
  }
  replace(value: string): void {
    this.channel.replace(value);
    this.written.fire(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'number') this.channel.show(columnOrPreserveFocus, preserveFocus);
    else this.channel.show(columnOrPreserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    // The channel is the extension's: createServerOutput's dispose closes it.
  }
}

/**
 * vscode-languageclient traces while its trace channel's level is Trace, and then reads
 * `journey.trace.server` for how much. This view is at Trace while the setting is not "off" (or
 * the channel itself is set to Trace), and writes the traffic at Info, which the channel shows
 * at its default level.
 */
class TraceView extends ObservedView {
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly listeners: vscode.Disposable[];

  constructor(channel: vscode.LogOutputChannel, written: vscode.EventEmitter<string>) {
    super(channel, written);
    this.listeners = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(TRACE_SETTING)) this.levelChanged.fire(this.logLevel);
      }),
      channel.onDidChangeLogLevel(() => this.levelChanged.fire(this.logLevel)),
      this.levelChanged,
    ];
  }

  override get logLevel(): vscode.LogLevel {
    const setting = vscode.workspace.getConfiguration().get<string>(TRACE_SETTING, 'off');
    return setting !== 'off' ? vscode.LogLevel.Trace : this.channel.logLevel;
  }
  override get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.levelChanged.event;
  }
  override trace(message: string, ...args: unknown[]): void {
    this.info(message, ...args);
  }
  override dispose(): void {
    for (const listener of this.listeners) listener.dispose();
  }
}

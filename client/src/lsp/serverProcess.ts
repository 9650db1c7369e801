// Starts the language server as a Node child process speaking LSP over stdio, the way
// vscode-languageclient's node client forks a server module: VS Code's own runtime runs it
// (ELECTRON_RUN_AS_NODE), with no inherited Node flags, and --clientProcessId so the server exits
// if the editor dies without saying goodbye. No `vscode` import: the tests fork it too.
import { fork, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ServerProcessOptions {
  module: string;
  /** The first workspace folder on disk, if any: the server's working directory. */
  cwd?: string;
  /** Start with the inspector on port 6019 (when the extension itself is being debugged). */
  debug: boolean;
  onStderrLine(line: string): void;
}

const DEBUG_EXEC_ARGV = ['--nolazy', '--inspect=6019'];

/** Is this process (the extension host) being debugged? Then the server is started debuggable too. */
export function startedInDebugMode(execArgv: readonly string[] = process.execArgv): boolean {
  return execArgv.some((arg) => /^--(debug|debug-brk|inspect|inspect-brk)(=|$)/.test(arg));
}

export function forkServer(options: ServerProcessOptions): ChildProcess {
  const cwd = options.cwd && isDirectory(options.cwd) ? options.cwd : undefined;
  const child = fork(options.module, ['--stdio', `--clientProcessId=${process.pid}`], {
    cwd,
    // silent: stdin/stdout/stderr are pipes (stdout carries the protocol), not the host's.
    silent: true,
    execArgv: options.debug ? DEBUG_EXEC_ARGV : [],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
  });
  if (!child.stdin || !child.stdout || !child.stderr) throw new Error('the server process was created without stdio pipes');
  createInterface({ input: child.stderr, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', options.onStderrLine);
  return child;
}

/** Kills the process if it has not exited `afterMs` from now (a server that ignores `exit`). */
export function killIfStillAlive(child: ChildProcess, afterMs: number): void {
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, afterMs);
  timer.unref();
  child.once('exit', () => clearTimeout(timer));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

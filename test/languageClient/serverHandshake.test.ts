// dist/server.js started the way vscode-languageclient starts a Node module over stdio (forked,
// `--stdio --clientProcessId=…`): it answers the handshake with only capabilities the extension
// wires up (client/src/languageClient/wiredCapabilities.ts), and leaves on shutdown + exit.
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { WIRED_CAPABILITIES } from '../../client/src/languageClient/wiredCapabilities';

const exited = (child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve({ code: child.exitCode, signal: child.signalCode })
    : new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

describe('the server as vscode-languageclient starts it', () => {
  let child: ChildProcess;
  let connection: MessageConnection;
  let result: InitializeResult;
  const stderr: string[] = [];

  before(async () => {
    child = fork(path.resolve('dist/server.js'), ['--stdio', `--clientProcessId=${process.pid}`], {
      silent: true,
      execArgv: [],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
    });
    child.stderr!.on('data', (chunk) => void stderr.push(String(chunk)));
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      initializationOptions: { locale: 'en' },
      workspaceFolders: null,
    });
    await connection.sendNotification('initialized', {});
  });

  after(() => {
    connection?.dispose();
    if (child && child.exitCode === null) child.kill();
  });

  it('announces exactly the capabilities the extension wires up', () => {
    const announced = Object.entries(result.capabilities).filter(([, value]) => value !== undefined && value !== false).map(([key]) => key);
    assert.deepEqual(announced.sort(), Object.keys(WIRED_CAPABILITIES).sort(),
      'a capability the server announces needs its vscode-languageclient feature in WIRED_CAPABILITIES (and one it dropped, its entry removed)');
  });

  it('syncs opened and closed documents incrementally, in UTF-16', () => {
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(result.capabilities.positionEncoding, undefined);
  });

  it('leaves on shutdown and exit, with status 0 and nothing on stderr', async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.deepEqual(await exited(child), { code: 0, signal: null });
    assert.deepEqual(stderr, []);
  });
});

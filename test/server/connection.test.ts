// The server's connection (lsp/connection.ts, the library's own): over stdio the process ends
// with its client's pipe, cleanly only after a shutdown request.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

describe('the server\'s stdio transport', () => {
  it('ends the server with its client\'s pipe: code 1 without a shutdown request, 0 after one', async () => {
    for (const shutdown of [false, true]) {
      const child = spawn(process.execPath, [resolve('dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      connection.listen();
      await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
      if (shutdown) await connection.sendRequest('shutdown');
      child.stdin.end();
      assert.equal(await exited, shutdown ? 0 : 1);
      connection.dispose();
    }
  });
});

// The server's connection (lsp/connection.ts): its own message encoder splices JSON the server
// has already written (RawJson) into the response, and the process ends with its client's pipe,
// as vscode-languageserver's own stdio set-up does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { encode, RawJson } from '../../server/src/lsp/connection';

const VALUE = { title: 'Zoë — “plan” 😀', cells: [{ content: [{ line: 3, url: null }] }], ok: true };

describe('the server\'s stdio transport', () => {
  it('splices a RawJson result in as it is, whatever its chunks and the request id', () => {
    const json = JSON.stringify(VALUE);
    const chunks = [json.slice(0, 7), json.slice(7, 20), '', json.slice(20)];
    for (const id of [7, 'request-é', null]) {
      const bytes = encode({ jsonrpc: '2.0', id, result: new RawJson(chunks) } as never);
      assert.deepEqual(JSON.parse(bytes.toString('utf8')), { jsonrpc: '2.0', id, result: VALUE });
    }
  });

  it('writes every other message as JSON.stringify does, in UTF-8', () => {
    const messages = [
      { jsonrpc: '2.0', id: 1, result: VALUE },
      { jsonrpc: '2.0', id: 2, error: { code: -32603, message: 'kapot — stuk' } },
      { jsonrpc: '2.0', method: 'journey/analysisChanged', params: { uri: 'file:///é.journey' } },
    ];
    for (const message of messages) assert.equal(encode(message as never).toString('utf8'), JSON.stringify(message));
  });

  it('writes a RawJson as its value where a transport stringifies it (node IPC)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify({ result: new RawJson([JSON.stringify(VALUE)]) })), { result: VALUE });
  });

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

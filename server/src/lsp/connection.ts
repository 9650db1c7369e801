// The server's connection. Over stdio, which is how the client starts it, messages are written
// by our own encoder, so a handler can answer with JSON text it has already written (`RawJson`:
// the matrix, 3 MB at 10,000 pieces, see core/matrixJson.ts) instead of a value to stringify.
// Over any other transport a RawJson is written as the value it stands for.
import { Console } from 'node:console';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, Message, type Connection } from 'vscode-languageserver/node';

/** An answer already written as JSON text, in chunks that joined are the text. */
export class RawJson {
  constructor(readonly chunks: readonly string[]) {}

  /** For a transport that stringifies: the value itself. */
  toJSON(): unknown {
    return JSON.parse(this.chunks.join(''));
  }
}

export function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: { name: 'application/json', encode: async (message) => encode(message) } });
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
  // What createConnection does itself for --stdio, which it cannot when given a reader and a writer:
  // stdout carries the protocol, so console output goes to stderr (the client's log) ...
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  // ... and the server ends with its client's pipe, cleanly only after a shutdown request.
  let shutdown = false;
  connection.onShutdown(() => void (shutdown = true));
  const exit = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit).on('close', exit);
  return connection;
}

/** A message as UTF-8 JSON, a RawJson result spliced in as it is. */
export function encode(message: Message): Buffer {
  if (!Message.isResponse(message) || !(message.result instanceof RawJson)) return Buffer.from(JSON.stringify(message), 'utf8');
  const chunks = [`{"jsonrpc":"2.0","id":${JSON.stringify(message.id)},"result":`, ...message.result.chunks, '}'];
  let length = 0;
  for (const chunk of chunks) length += Buffer.byteLength(chunk, 'utf8');
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  for (const chunk of chunks) at += bytes.write(chunk, at, 'utf8');
  return bytes;
}

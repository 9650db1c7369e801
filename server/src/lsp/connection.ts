// The server's connection: the library's, over the transport the command line names
// (--stdio, as the client starts it, or --node-ipc).
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';

export function createServerConnection(): Connection {
  return createConnection(ProposedFeatures.all);
}

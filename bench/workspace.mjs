// The workspace case of `npm run bench`: a team's 200 plans of 500 pieces, each extending one
// base (bench/generate.mjs: generateWorkspace), on disk in a workspace folder the server is
// started with — none of them open. Measured: from starting the server until every plan has
// its diagnostics; an edit to the base (opened in the editor) until every plan extending it
// has them again; and the server's memory then.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { generateWorkspace } from './generate.mjs';
import { Client } from './lsp.mjs';

export const WORKSPACE_PLANS = 200;
export const WORKSPACE_PIECES = 500;

export async function measureWorkspace(plans = WORKSPACE_PLANS, pieces = WORKSPACE_PIECES) {
  const root = join(os.tmpdir(), `journey-bench-workspace-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  const workspace = generateWorkspace(plans, pieces);
  for (const file of [workspace.base, ...workspace.plans]) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  const planUris = new Set(workspace.plans.map((file) => pathToFileURL(join(root, file.path)).href));
  const baseUri = pathToFileURL(join(root, workspace.base.path)).href;
  /** Resolves once every plan has been published (again) after `since`. */
  const allPublished = (client) => {
    const waiting = new Set(planUris);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${waiting.size} of ${plans} plans got no diagnostics within 120 s`)), 120_000);
      client.onPublish = ({ uri }) => {
        waiting.delete(uri);
        if (waiting.size === 0) {
          clearTimeout(timer);
          client.onPublish = () => {};
          resolve(performance.now());
        }
      };
    });
  };
  const started = performance.now();
  // Client.start resolves once `initialized` is sent; the server reads the folder only after that.
  const client = await Client.start([join(process.cwd(), 'dist/server.js'), '--stdio'], { configuration: () => ({}), workspaceFolders: [pathToFileURL(root).href] });
  let stopped = false;
  try {
    const firstAll = allPublished(client);
    const allMs = (await firstAll) - started;
    // An edit to the base: a persona more, so every plan has new gaps to report.
    await client.open(baseUri, 'journey', workspace.base.text);
    const at = workspace.base.text.split('\n').indexOf('personas:') + 1;
    const again = allPublished(client);
    const edited = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: baseUri, version: 2 },
      contentChanges: [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, text: '  - id: partner\n    name: Petra, partner\n\n' }],
    });
    const baseEditMs = (await again) - edited;
    const [, stats] = await client.timed('journey/stats', {});
    const bytes = [workspace.base, ...workspace.plans].reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    const memory = { heapUsed: stats.heapUsed, rss: client.rss() ?? stats.rss };
    await client.stop();
    stopped = true;
    // What the yaml library alone takes to parse the same files, in this process, after the server
    // is gone: the floor under "every plan's diagnostics" for a server that parses with it.
    const parseStart = performance.now();
    for (const file of [workspace.base, ...workspace.plans]) parseDocument(file.text);
    const parseMs = performance.now() - parseStart;
    return { plans, pieces, bytes, allMs, baseEditMs, parseMs, ...memory };
  } finally {
    if (!stopped) await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await measureWorkspace());

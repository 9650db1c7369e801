// The workspace case of `npm run bench`: a team's 200 plans of 500 pieces, each extending one
// base (bench/generate.mjs: generateWorkspace), on disk in a workspace folder the server is
// started with — none of them open. Measured: from starting the server until every plan has
// its diagnostics; an edit to the base (opened in the editor) until every plan extending it
// has them again; and the server's memory then.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  let client;
  const box = { onPublish: () => {} };
  // The listener must be in place before the server can publish: Client.start resolves after initialized.
  const ready = Client.start([join(process.cwd(), 'dist/server.js'), '--stdio'], { configuration: () => ({}), workspaceFolders: [pathToFileURL(root).href] });
  client = await ready;
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
    return { plans, pieces, bytes, allMs, baseEditMs, heapUsed: stats.heapUsed, rss: client.rss() ?? stats.rss };
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
    void box;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await measureWorkspace());

// The workspace case of `npm run bench` (issue 17): 200 plans of 500 pieces, each extending one
// base, in a workspace folder none of them is open in. Measures the time from starting the server
// until every plan has diagnostics, and from one edit to the (open) base until every dependent
// is published again, and the server's memory then.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePlan } from './generate.mjs';
import { Client } from './lsp.mjs';

export const WORKSPACE_PLANS = 200;
export const WORKSPACE_PIECES = 500;

/** The generated plan without its model and personas, which come from the base. */
function dependent(i) {
  const text = generatePlan(WORKSPACE_PIECES, i);
  const start = text.indexOf('model: b2b');
  const content = text.indexOf('content:');
  return `${text.slice(0, start)}extends: ./team.journey\n\n${text.slice(content)}`;
}

/** The base: the generated plan's model, personas and rules, no content. */
function base() {
  const text = generatePlan(1, 0);
  const model = text.indexOf('model: b2b');
  const content = text.indexOf('content:');
  const rules = text.indexOf('rules:');
  return `journey: Acme — teambasis\n${text.slice(model, content)}${text.slice(rules)}`;
}

/** Resolves once every uri has been published more often than `since` says. */
function allPublished(client, uris, since, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (uris.every((uri) => (client.publications.get(uri) ?? 0) > (since.get(uri) ?? 0))) return resolve(performance.now());
      if (Date.now() - started > timeoutMs) return reject(new Error(`not every plan was published within ${timeoutMs} ms`));
      setImmediate(check);
    };
    check();
  });
}

export async function measureWorkspace() {
  const root = join(tmpdir(), `journey-bench-workspace-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const baseText = base();
  writeFileSync(join(root, 'team.journey'), baseText);
  const uris = [];
  let bytes = 0;
  for (let i = 0; i < WORKSPACE_PLANS; i++) {
    const text = dependent(i);
    bytes += Buffer.byteLength(text);
    const file = join(root, `plan-${String(i).padStart(3, '0')}.journey`);
    writeFileSync(file, text);
    uris.push(pathToFileURL(file).href);
  }
  const baseUri = pathToFileURL(join(root, 'team.journey')).href;
  try {
    const started = performance.now();
    const client = await Client.start(['dist/server.js', '--stdio'], { configuration: () => ({}), workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }] });
    const allDiagnosedMs = (await allPublished(client, [...uris, baseUri], new Map())) - started;

    // Open the base, let the dependents settle, then one keystroke in a persona's name.
    let since = new Map(client.publications);
    await client.open(baseUri, 'journey', baseText);
    await allPublished(client, uris, since);
    const line = baseText.split('\n').findIndex((text) => text.startsWith('    name: '));
    const character = baseText.split('\n')[line].length;
    since = new Map(client.publications);
    const edited = performance.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: baseUri, version: 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
    const baseEditMs = (await allPublished(client, uris, since)) - edited;
    const [, stats] = await client.timed('journey/stats', {});
    const rss = client.rss();
    await client.stop();
    return { plans: WORKSPACE_PLANS, pieces: WORKSPACE_PIECES, bytes, allDiagnosedMs: Math.round(allDiagnosedMs), baseEditMs: Math.round(baseEditMs), heapUsed: stats.heapUsed, rss };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Run alone: `node bench/workspace.mjs` (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await measureWorkspace(), null, 2));

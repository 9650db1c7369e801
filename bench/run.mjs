// `npm run bench`: how fast Journey's language server is on plans of 100, 1,000 and 10,000
// pieces, side by side with Red Hat's yaml-language-server (no schema) on the same text in the
// same run, against the budgets of issue 6. Prints a table and writes bench/results.json.
// Both servers are driven over stdio as VS Code drives them: didOpen, ranged didChange, and
// the time until that version's publishDiagnostics arrives.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { writePlan } from './generate.mjs';
import { Client } from './lsp.mjs';
import { measureWorkspace, WORKSPACE_PIECES, WORKSPACE_PLANS } from './workspace.mjs';

const SIZES = [100, 1000, 10000];
const EDITS = 24; // keystrokes per plan, spread over the file
const PEER_EDITS = 20;
const QUERIES = 10; // completion / hover requests per plan
const PEER_QUERIES_LARGE = 5; // the peer takes about a second per request at 10,000 pieces
const OPENS = 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => (value === undefined ? undefined : Number(value.toFixed(digits)));

if (!existsSync('dist/server.js')) throw new Error('dist/server.js is missing: run `npm run build` first (npm run bench does).');
const peerScript = resolve('node_modules/yaml-language-server/bin/yaml-language-server');
if (!existsSync(peerScript)) throw new Error('yaml-language-server is missing: npm install');

/** Where the benchmark edits and asks: title lines (typing), status values (completion), persona values (hover). */
function landmarks(text, count) {
  const lines = text.split('\n');
  const find = (prefix) => lines.flatMap((line, i) => (line.startsWith(prefix) ? [i] : []));
  const spread = (list, n) => Array.from({ length: Math.min(n, list.length) }, (_, k) => list[Math.floor(((k + 0.5) * list.length) / n)]);
  return {
    lines,
    titles: spread(find('    title: '), count),
    statuses: spread(find('    status: '), count),
    personas: spread(find('    persona: '), count),
  };
}

async function measureServer(server, name, text, pieces, { uriSuffix, languageId, edits, queries, matrix }) {
  const result = { name };
  // Opening: a fresh uri each time; all but the last are closed again.
  const opens = [];
  let uri;
  for (let k = 0; k < OPENS; k++) {
    uri = `file:///bench/plan-${pieces}-${k}${uriSuffix}`;
    opens.push(await server.open(uri, languageId, text));
    if (k + 1 < OPENS) await server.close(uri);
  }
  result.openMs = round(median(opens));

  // Typing: one character at the end of a title, spread over the file, each waited for.
  const marks = landmarks(text, edits);
  const lengths = new Map();
  const times = [];
  let version = 1;
  for (const line of marks.titles) {
    const character = lengths.get(line) ?? marks.lines[line].length;
    lengths.set(line, character + 1);
    version++;
    times.push(await server.change(uri, version, { start: { line, character }, end: { line, character } }, 'x'));
  }
  result.editMs = round(median(times));
  result.edits = times.length;

  if (matrix) {
    // A keystroke that breaks the YAML (an opening quote) costs a full parse; the one that
    // removes it again is incremental. Informative: no budget, but the fallback is real.
    const broken = [];
    const fixed = [];
    for (const line of marks.titles.slice(0, 3)) {
      const at = { line, character: '    title: '.length };
      version++;
      broken.push(await server.change(uri, version, { start: at, end: at }, '"'));
      version++;
      fixed.push(await server.change(uri, version, { start: at, end: { line, character: at.character + 1 } }, ''));
    }
    result.brokenEditMs = round(median(broken));
    result.fixingEditMs = round(median(fixed));
  }

  const ask = async (method, positions, character) => {
    const list = [];
    for (const line of positions.slice(0, queries)) list.push((await server.timed(method, { textDocument: { uri }, position: { line, character } }))[0]);
    return round(median(list));
  };
  result.completionMs = server.capabilities.completionProvider ? await ask('textDocument/completion', marks.statuses, '    status: '.length) : undefined;
  result.hoverMs = server.capabilities.hoverProvider ? await ask('textDocument/hover', marks.personas, '    persona: '.length + 2) : undefined;
  if (matrix) {
    const list = [];
    // As the live preview asks: after each keystroke, once its diagnostics are in. The first
    // answer is the whole matrix; later ones are deltas on the answer before.
    let previous;
    let answer;
    for (let k = 0; k < 6; k++) {
      if (k > 0) {
        const line = marks.titles[(k * 7) % marks.titles.length];
        const character = lengths.get(line) ?? marks.lines[line].length;
        lengths.set(line, character + 1);
        version++;
        await server.change(uri, version, { start: { line, character }, end: { line, character } }, 'x');
      }
      const [ms, reply] = await server.timed('journey/matrix', previous ? { uri, previousResultId: previous } : { uri });
      list.push(ms);
      answer = reply;
      previous = reply?.resultId;
    }
    result.matrixFirstMs = round(list.shift());
    result.matrixMs = round(median(list));
    result.matrixDeltaBytes = Buffer.byteLength(JSON.stringify(answer));
    const stats = (await server.timed('journey/stats', {}))[1];
    result.heapUsed = stats.heapUsed;
    result.heapBaseline = server.heapBaseline;
  }
  result.rss = server.rss();
  await server.close(uri);
  return result;
}

function parseBaseline(text) {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    parseDocument(text);
    times.push(performance.now() - start);
  }
  return round(median(times));
}

/** Activation as the extension-host suite measured it in the last `npm run test:e2e` (test/suite/activation.ts). */
function extensionHostActivation() {
  const file = 'test-results/e2e/activation.json';
  if (!existsSync(file)) return undefined;
  const { date, activationMs, clientMs } = JSON.parse(readFileSync(file, 'utf8'));
  return { date, activationMs, clientMs };
}

/** Loading dist/extension.js with a stand-in `vscode` module: the part of activation the bundle decides. */
function extensionLoadMs() {
  const script = `
    const Module = require('module');
    const load = Module._load;
    const stub = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : stub), apply: () => stub, construct: () => stub });
    Module._load = (request, ...rest) => (request === 'vscode' ? stub : load(request, ...rest));
    const start = performance.now();
    require(${JSON.stringify(resolve('dist/extension.js'))});
    process.stdout.write(String(performance.now() - start));`;
  const times = [0, 1, 2].map(() => Number(execSync(`"${process.execPath}" -e "${script.replace(/"/g, '\\"').replace(/\n/g, ' ')}"`, { encoding: 'utf8' })));
  return round(median(times));
}

function machine() {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((value) => round(value, 2)),
  };
}

async function main() {
  const started = performance.now();
  const plans = SIZES.map((pieces) => ({ pieces, text: writePlan(`bench/plans/plan-${pieces}.journey`, pieces) }));
  const loadAtStart = os.loadavg().map((value) => round(value, 2));
  const journey = await Client.start(['dist/server.js', '--stdio'], { configuration: () => ({}) });
  journey.heapBaseline = (await journey.timed('journey/stats', {}))[1].heapUsed; // no document open yet
  const yamlSettings = { validate: true, completion: true, hover: true };
  const peer = await Client.start([peerScript, '--stdio'], {
    settings: { yaml: yamlSettings },
    configuration: (section) => (section === 'yaml' ? yamlSettings : section === '' ? { yaml: yamlSettings } : null),
  });

  const rows = [];
  for (const { pieces, text } of plans) {
    const bytes = Buffer.byteLength(text);
    process.stderr.write(`bench: ${pieces} pieces (${Math.round(bytes / 1024)} KB) …\n`);
    const parseMs = parseBaseline(text);
    const ours = await measureServer(journey, 'journey', text, pieces, { uriSuffix: '.journey', languageId: 'journey', edits: EDITS, queries: QUERIES, matrix: true });
    const theirs = await measureServer(peer, 'yaml-language-server', text, pieces, {
      uriSuffix: '.yaml',
      languageId: 'yaml',
      edits: PEER_EDITS,
      queries: pieces >= 10000 ? PEER_QUERIES_LARGE : QUERIES,
      matrix: false,
    });
    rows.push({ pieces, bytes, parseMs, ours, peer: theirs });
  }
  await journey.stop();
  await peer.stop();
  process.stderr.write(`bench: a workspace of ${WORKSPACE_PLANS} plans × ${WORKSPACE_PIECES} pieces extending one base …\n`);
  const workspace = await measureWorkspace().catch((error) => ({ error: error.message }));

  const dist = Object.fromEntries(['extension.js', 'server.js', 'cli.js'].map((file) => [file, statSync(`dist/${file}`).size]));
  const activationLoadMs = extensionLoadMs();
  const hostActivation = extensionHostActivation();
  const at = (pieces) => rows.find((row) => row.pieces === pieces);
  const large = at(10000);
  const medium = at(1000);
  const budgets = [
    budget('keystroke → diagnostics, 1,000 pieces', medium.ours.editMs, 20, 'ms'),
    budget('keystroke → diagnostics, 10,000 pieces', large.ours.editMs, 50, 'ms'),
    budget('keystroke speed-up vs yaml-language-server, 1,000 pieces', round(medium.peer.editMs / medium.ours.editMs), 30, '×', 'min'),
    budget('keystroke speed-up vs yaml-language-server, 10,000 pieces', round(large.peer.editMs / large.ours.editMs), 30, '×', 'min'),
    budget('completion, 10,000 pieces', large.ours.completionMs, 10, 'ms'),
    budget('journey/matrix, 10,000 pieces', large.ours.matrixMs, 30, 'ms'),
    budget('open ÷ yaml parseDocument, 10,000 pieces', round(large.ours.openMs / large.parseMs, 2), 1.5, '×'),
    budget('server heap ÷ text size, 10,000 pieces', round(large.ours.heapUsed / large.bytes, 2), 10, '×'),
    budget('dist/server.js', round(dist['server.js'] / 1024), 1024, 'KB'),
    budget(`workspace (${WORKSPACE_PLANS} plans × ${WORKSPACE_PIECES} pieces): server start → every plan's diagnostics`, round(workspace.allMs), 5000, 'ms'),
    budget('workspace: an edit to the base → every plan extending it re-checked', round(workspace.baseEditMs), 500, 'ms'),
    budget(`activation in VS Code's extension host (npm run test:e2e${hostActivation ? ` of ${hostActivation.date}` : ', not run yet'})`, hostActivation?.activationMs, 50, 'ms'),
  ];

  printTable(rows);
  console.log('');
  if (workspace.error) console.log(`Workspace: ${workspace.error}`);
  else {
    console.log(`Workspace: ${WORKSPACE_PLANS} plans × ${WORKSPACE_PIECES} pieces and a base (${round(workspace.bytes / 2 ** 20)} MB), none open:`);
    console.log(`  server start → every plan's diagnostics: ${round(workspace.allMs)} ms (yaml parseDocument of the same files: ${round(workspace.parseMs)} ms, ${round(workspace.allMs / workspace.parseMs, 2)}×)`);
    console.log(`  an edit to the base → every plan re-checked: ${round(workspace.baseEditMs)} ms`);
    console.log(`  server memory then: heap ${round(workspace.heapUsed / 2 ** 20)} MB, RSS ${round(workspace.rss / 2 ** 20)} MB`);
  }
  console.log('');
  console.log('Bundles (minified; source maps beside them, not in the VSIX):');
  for (const [file, bytes] of Object.entries(dist)) console.log(`  dist/${file}: ${round(bytes / 1024)} KB`);
  console.log(`  loading dist/extension.js with a stand-in vscode module: ${activationLoadMs} ms`);
  if (hostActivation) console.log(`  vscode-languageclient loaded and the server started, after activation: ${hostActivation.clientMs} ms (npm run test:e2e)`);
  console.log('');
  console.log('Budgets (issues 6 and 17):');
  for (const b of budgets) console.log(`  ${b.met ? 'met   ' : 'MISSED'}  ${b.name}: ${b.value ?? 'n/a'} ${b.unit} (budget ${b.kind === 'min' ? '≥' : '≤'} ${b.limit} ${b.unit})`);
  const seconds = round((performance.now() - started) / 1000);
  console.log(`\n${budgets.filter((b) => b.met).length} of ${budgets.length} budgets met; benchmark took ${seconds} s. Results: bench/results.json`);
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), machine: { ...machine(), loadAverageAtStart: loadAtStart }, seconds, rows, workspace, dist, activationLoadMs, hostActivation, budgets }, null, 2) + '\n',
  );
}

function budget(name, value, limit, unit, kind = 'max') {
  const met = value !== undefined && Number.isFinite(value) && (kind === 'min' ? value >= limit : value <= limit);
  return { name, value, limit, unit, kind, met };
}

function printTable(rows) {
  const fmt = (value, unit = 'ms') => (value === undefined ? 'n/a' : `${value} ${unit}`);
  const ratio = (mine, theirs) => (mine && theirs ? `${round(theirs / mine)}×` : 'n/a');
  const header = ['pieces', 'size', 'measure', 'journey', 'yaml-language-server', 'speed-up'];
  const lines = [];
  for (const row of rows) {
    const size = `${Math.round(row.bytes / 1024)} KB`;
    const { ours, peer } = row;
    lines.push([row.pieces, size, 'yaml parseDocument', fmt(row.parseMs), '', '']);
    lines.push(['', '', 'open → diagnostics', fmt(ours.openMs), fmt(peer.openMs), ratio(ours.openMs, peer.openMs)]);
    lines.push(['', '', `keystroke → diagnostics (median of ${ours.edits})`, fmt(ours.editMs), fmt(peer.editMs), ratio(ours.editMs, peer.editMs)]);
    if (ours.brokenEditMs !== undefined) {
      lines.push(['', '', 'keystroke breaking the YAML (full parse)', fmt(ours.brokenEditMs), '', '']);
      lines.push(['', '', 'keystroke fixing it again', fmt(ours.fixingEditMs), '', '']);
    }
    lines.push(['', '', 'completion', fmt(ours.completionMs), fmt(peer.completionMs), ratio(ours.completionMs, peer.completionMs)]);
    lines.push(['', '', 'hover', fmt(ours.hoverMs), fmt(peer.hoverMs), ratio(ours.hoverMs, peer.hoverMs)]);
    lines.push(['', '', 'journey/matrix after a keystroke (median of 5)', fmt(ours.matrixMs), 'n/a', '']);
    if (ours.matrixDeltaBytes !== undefined) lines.push(['', '', '  its answer (a delta)', fmt(ours.matrixDeltaBytes, 'B'), '', '']);
    if (ours.matrixFirstMs !== undefined) lines.push(['', '', 'journey/matrix, first request', fmt(ours.matrixFirstMs), '', '']);
    lines.push(['', '', 'server heap (after GC)', fmt(round(ours.heapUsed / 2 ** 20), 'MB'), 'n/a', '']);
    lines.push(['', '', '  of which this plan (heap − empty server)', fmt(round((ours.heapUsed - ours.heapBaseline) / 2 ** 20), 'MB'), '', '']);
    lines.push(['', '', 'server RSS', fmt(round(ours.rss / 2 ** 20), 'MB'), fmt(round(peer.rss / 2 ** 20), 'MB'), '']);
  }
  const widths = header.map((_, c) => Math.max(header[c].length, ...lines.map((line) => String(line[c]).length)));
  const show = (cells) => cells.map((cell, c) => String(cell).padEnd(widths[c])).join('  ').trimEnd();
  console.log(show(header));
  console.log(show(widths.map((w) => '-'.repeat(w))));
  for (const line of lines) console.log(show(line));
}

await main();

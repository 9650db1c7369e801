// npm run test:e2e — the extension in a real VS Code, offline: installs what it needs (setup.mjs),
// builds and packages the VSIX, installs it into a fresh code-server on 127.0.0.1, runs the
// extension-host suite (test/suite) in code-server's extension host, then the UI test (ui.mjs)
// in Chromium. Screenshots and logs go to test-results/e2e/. Ends with "N passed, N failed".
// Options: --suite-only, --ui-only, --keep (leave the run folder for inspection).
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, repoRoot } from '../../scripts/node24.mjs';
import { runExtensionHostSuite } from './extensionHostSuite.mjs';
import { runUiTests } from './ui.mjs';
import { openVsCode } from './vscodeSession.mjs';

const args = new Set(process.argv.slice(2));
const resultsDir = join(repoRoot, 'test-results', 'e2e'); // other tests write beside it
// One folder per run: runs of several worktrees may share the cache (JOURNEY_E2E_CACHE).
const runName = `run-${process.pid}`;
const runDir = join(cacheDir, runName);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (line) => console.log(line);
/** @type {{ name: string, ok: boolean, detail?: string }[]} */
const results = [];

/** @type {Awaited<ReturnType<typeof openVsCode>> | undefined} */
let session;
async function cleanUp() {
  await session?.close();
}
// A last resort beside the per-step timeouts: CI must get a verdict, never a hang.
const watchdogMs = Number(process.env.JOURNEY_E2E_TIMEOUT_MS ?? 30 * 60_000);
setTimeout(() => {
  log(`\nthe run took longer than ${watchdogMs / 60_000} min: stopping what it started`);
  void cleanUp().finally(() => {
    log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
    process.exit(1);
  });
}, watchdogMs).unref();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    log(`\n${signal}: stopping what this run started …`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function step(title, fn) {
  const at = Date.now();
  log(`\n── ${title}`);
  const value = await fn();
  log(`   (${seconds(at)})`);
  return value;
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const vscode = await openVsCode({ resultsDir, runName, step, log, track: (opened) => (session = opened) });
  const { context, server, extensionPath } = vscode;
  const workspace = (name) => vscode.workspace(name);

  if (!args.has('--ui-only')) {
    const suite = await step('extension-host suite (test/suite) in code-server', () => runExtensionHostSuite({
      context, server, workspace: workspace('ws-suite'), extensionPath, testsPath: join(repoRoot, 'out/test/suite/index.js'), log,
    }));
    writeFileSync(join(resultsDir, 'suite.log'), suite.lines.join('\n') + '\n');
    // What the suite measured in the extension host (test/suite/activation.ts), for `npm run bench`.
    const measured = (pattern) => Number(suite.lines.map((line) => pattern.exec(line)?.[1]).find(Boolean));
    const activationMs = measured(/journey-suite: activation ([\d.]+) ms/);
    const clientMs = measured(/journey-suite: language client ([\d.]+) ms after activation/);
    if (Number.isFinite(activationMs)) writeFileSync(join(resultsDir, 'activation.json'), JSON.stringify({ date: new Date().toISOString(), activationMs, clientMs }, null, 2) + '\n');
    for (const name of suite.passed) results.push({ name: `suite: ${name}`, ok: true });
    for (const name of suite.failed) results.push({ name: `suite: ${name}`, ok: false });
    const ran = suite.passed.length + suite.failed.length;
    if (suite.exitCode === undefined || ran === 0 || (suite.exitCode !== 0) !== (suite.failed.length > 0)) {
      results.push({ name: 'suite: runs to the end and reports its exit code', ok: false,
        detail: `exit code ${suite.exitCode}, ${ran} test(s) seen; see test-results/e2e/page-console.log and code-server.log` });
    }
  }
  if (!args.has('--suite-only')) {
    await step('UI test (Playwright)', () => runUiTests({ context, server, workspace: workspace('ws-ui'), resultsDir, repoRoot, results, log }));
  }
}

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
  log(`\nthe run stopped: ${error.stack ?? error}`);
} finally {
  await cleanUp();
  // VS Code's own logs (extension host, language server output) help after a failure.
  const logs = join(runDir, 'ud', 'logs');
  if (existsSync(logs)) cpSync(logs, join(resultsDir, 'vscode-logs'), { recursive: true });
  if (!args.has('--keep')) rmSync(runDir, { recursive: true, force: true });
}

if (crashed) results.push({ name: 'the e2e run completes', ok: false, detail: crashed.message });
const failed = results.filter((r) => !r.ok);
log('\n── results');
for (const r of results) log(`${r.ok ? '  ✓' : '  ✗'} ${r.name}${r.detail ? `\n      ${r.detail.replace(/\n/g, '\n      ')}` : ''}`);
log(`\ntotal ${seconds(started)}; screenshots and logs in test-results/e2e/`);
log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 || results.length === 0 ? 1 : 0;

// A fresh real VS Code for one run, shared by the e2e runner and `npm run bench:preview`:
// setup (cached in .e2e/), build and package the VSIX, install it into a fresh code-server on
// 127.0.0.1, start it, and open Chromium on it. `close()` stops exactly what it started.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, repoRoot } from '../../scripts/node24.mjs';
import { launchBrowser } from './browser.mjs';
import { CodeServer, isolatedEnv } from './codeServer.mjs';
import { ensureSetup } from './setup.mjs';

/**
 * @param {{ resultsDir: string, runName: string, step: (title: string, fn: () => unknown) => Promise<any>, log: (line: string) => void,
 *   track: (session: { runDir: string, close(): Promise<void> }) => void, today?: string }} options  `track` gets the session before anything starts, to close it whatever fails;
 *   `today` is the day the language server takes for today (E2E_TODAY unless given)
 */
export async function openVsCode({ resultsDir, runName, step, log, track, today }) {
  const runDir = join(cacheDir, runName);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const session = {
    runDir,
    /** @type {CodeServer | undefined} */ server: undefined,
    /** @type {import('playwright-core').BrowserContext | undefined} */ context: undefined,
    extensionPath: '',
    /** A fresh copy of samples/ as a workspace folder: VS Code restores a folder's open editors, so no two windows share one. */
    workspace(name) {
      const dir = join(runDir, name);
      cpSync(join(repoRoot, 'samples'), dir, { recursive: true });
      return dir;
    },
    async close() {
      await session.context?.close().catch((error) => log(`closing the browser: ${error.message}`));
      session.context = undefined;
      await session.server?.stop();
      session.server = undefined;
    },
  };
  track(session);
  const setup = await step('setup (cached in .e2e/)', () => ensureSetup());
  const vsix = join(runDir, 'journey.vsix');
  await step('build, compile the suite, package the VSIX', () => {
    const run = (command, commandArgs) =>
      execFileSync(command, commandArgs, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], timeout: 5 * 60_000 });
    run(process.execPath, ['scripts/build.mjs']);
    run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', '.']);
    run(process.execPath, ['scripts/package.mjs', '--out', vsix]);
  });
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  session.server = new CodeServer({ node: setup.node, entry: setup.codeServerEntry, runDir, logFile: join(resultsDir, 'code-server.log'), today });
  const server = session.server;
  session.extensionPath = await step('install the VSIX into a fresh code-server', () => server.installExtension(vsix, `${publisher}.${name}`));
  await step('start code-server', () => server.start());
  log(`   ${server.url}`);
  session.context = await launchBrowser({ executablePath: setup.chromium, runDir, env: isolatedEnv(runDir), baseUrl: server.url, consoleLog: join(resultsDir, 'page-console.log') });
  return session;
}

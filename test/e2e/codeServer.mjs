// A fresh code-server for one run: everything it writes stays under the run folder (HOME and
// XDG_* included), it listens on 127.0.0.1 only, and it runs in its own process group so that
// stopping it ends exactly the processes it started (extension hosts, language servers).
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { withoutParentNpm } from '../../scripts/node24.mjs';

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Environment for code-server and the browser: nothing lands in the real home folder. */
export function isolatedEnv(runDir, base = withoutParentNpm(process.env)) {
  const home = join(runDir, 'home');
  const dirs = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), XDG_CACHE_HOME: join(home, '.cache'), XDG_RUNTIME_DIR: join(runDir, 'xdg-runtime') };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { ...base, ...dirs };
}

/** The day the extension under test takes for today (JOURNEY_TODAY): `overdue` depends on it. */
export const E2E_TODAY = '2026-03-16';

const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  // A newly installed extension's walkthrough (ours, "Get started with Journey") would open as an editor.
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'editor.accessibilitySupport': 'off',
  'files.hotExit': 'off',
};

export class CodeServer {
  /** @param {{ node: string, entry: string, runDir: string, logFile: string, today?: string }} options */
  constructor({ node, entry, runDir, logFile, today = E2E_TODAY }) {
    Object.assign(this, { node, entry, runDir, logFile });
    this.userDataDir = join(runDir, 'ud');
    this.extensionsDir = join(runDir, 'exts');
    // The day the language server takes for today: the tests must not depend on the real date.
    this.env = { ...isolatedEnv(runDir), NODE_OPTIONS: '', JOURNEY_TODAY: today };
    this.child = undefined;
    this.port = undefined;
    mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    writeFileSync(join(runDir, 'config.yaml'), 'auth: none\n');
  }

  get commonArgs() {
    return [this.entry, '--config', join(this.runDir, 'config.yaml'), '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** Installs a VSIX into this server's extensions folder; returns the installed extension's folder. */
  installExtension(vsix, extensionId) {
    return new Promise((resolve, reject) => {
      execFile(this.node, [...this.commonArgs, '--install-extension', vsix, '--force'], { env: this.env, timeout: 120_000 }, (error, stdout, stderr) => {
        if (error) return reject(new Error(`installing ${vsix} failed: ${error.message}\n${stdout}\n${stderr}`));
        const folder = readdirSync(this.extensionsDir).find((name) => name.toLowerCase().startsWith(`${extensionId.toLowerCase()}-`));
        if (!folder) return reject(new Error(`${extensionId} is not in ${this.extensionsDir} after install:\n${stdout}\n${stderr}`));
        resolve(join(this.extensionsDir, folder));
      });
    });
  }

  async start() {
    this.port = await freePort();
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const args = [...this.commonArgs,
      '--bind-addr', `127.0.0.1:${this.port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
      // Without a short grace time every closed page leaves an extension host running for hours.
      '--reconnection-grace-time', '10',
      // VS Code's smoke-test driver lets a page run an extension-host test suite (extensionTestsPath).
      '--vscode-option', 'enable-smoke-test-driver'];
    // detached: a new session and process group, so stop() can signal the whole tree.
    this.child = spawn(this.node, args, { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout.pipe(log);
    this.child.stderr.pipe(log);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const exited = await Promise.race([this.exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
      if (exited) throw new Error(`code-server exited at start (${JSON.stringify(exited)}); see ${this.logFile}`);
      try {
        const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${this.logFile}`);
    }
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Stops the process group this server started: TERM, then KILL if it is still there after 5 s. */
  async stop() {
    if (!this.child?.pid) return;
    this.killGroup('SIGTERM');
    // Children (extension hosts, language servers) share the group; none may outlive the run.
    if (!(await this.groupGone(5_000))) {
      this.killGroup('SIGKILL');
      await this.groupGone(5_000);
    }
  }

  async groupGone(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        process.kill(-this.child.pid, 0);
      } catch {
        return true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  killGroup(signal) {
    if (!this.child?.pid) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // the group is already gone
    }
  }
}

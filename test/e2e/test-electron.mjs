// npm run test:vscode — the extension-host suite (test/suite) in desktop VS Code via
// @vscode/test-electron, which downloads VS Code: for machines with internet. Offline (as on
// this project's CI) use `npm run test:e2e`, which runs the same suite in code-server.
// The workspace is a throw-away copy of samples/, and VS Code's user data lives beside it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../../scripts/node24.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'journey-vscode-'));
const workspace = join(scratch, 'ws');
cpSync(join(repoRoot, 'samples'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out/test/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', join(scratch, 'extensions')],
  });
} catch (error) {
  console.error(`test:vscode failed: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Entry point of the extension-host suite, as @vscode/test-electron (and VS Code's smoke-test
// driver in the code-server runner) expect: a module exporting run(), rejecting on failure.
// Run inside VS Code with a copy of samples/ as the workspace: see test/e2e/.
import type * as Vscode from 'vscode';
import { activationTests } from './activation';
import { basesTests } from './bases';
import { SuiteContext } from './context';
import { diagnosticsTests } from './diagnostics';
import { exportTests } from './exports';
import { firstHourTests } from './firstHour';
import { collect, runCases } from './harness';
import { languageClientTests } from './languageClient';
import { languageFeatureTests } from './languageFeatures';
import { previewTests } from './preview';
import { settingsTests } from './settings';

export async function run(): Promise<void> {
  // Required here, not imported at the top: `node --test out/test/` loads this file too (harness.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as typeof Vscode;
  const ctx = new SuiteContext(vscode);
  // The language client's tests kill servers: they run last.
  const groups = [activationTests, diagnosticsTests, languageFeatureTests, basesTests, previewTests, settingsTests, exportTests, firstHourTests, languageClientTests];
  console.log('journey-suite: start');
  const result = await runCases(collect(...groups.map((group) => (test: Parameters<typeof group>[0]) => group(test, ctx))));
  if (result.failed > 0) throw new Error(`${result.failed} extension-host test(s) failed: ${result.failures.join('; ')}`);
}

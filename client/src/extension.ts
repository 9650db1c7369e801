// The client: starts the Journey language server for `.journey` files. Features live in
// their own modules and are activated from here; this file stays a short wiring list.
import * as vscode from 'vscode';
import { registerCalendarCommand } from './export/calendarCommand';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCopyMermaidCommand } from './export/copyMermaidCommand';
import { registerExportCommand } from './export/exportCommand';
import { journeyClientOf } from './journeyClient';
import { registerRestartCommand } from './languageClient/restartCommand';
import { createServerOutput } from './languageClient/serverOutput';
import { registerNewPlanCommand } from './newPlan/newPlanCommand';
import { registerWorkspaceOverview } from './overview';
import type { StartedClient } from './languageClient/start';
import { registerPreview } from './preview';
import { ProblemsAfterPreview } from './preview/problemsAfterPreview';
import { registerCoverageStatusBar } from './statusBar';

/**
 * What activate() returns. For the extension's own tests in VS Code (test/suite), not a public
 * API: the language client once it runs, every line written to the "Journey Language Server"
 * output, and how long activate() took (VS Code's "activate call" time; the suite adds the code loading).
 */
export interface JourneyTestApi {
  readonly languageClient: Promise<LanguageClient>;
  readonly onDidWriteOutput: vscode.Event<string>;
  readonly activateCallMs: number;
}

let started: Promise<StartedClient> | undefined;

export function activate(context: vscode.ExtensionContext): JourneyTestApi {
  const activateStarted = performance.now();
  const output = createServerOutput();
  context.subscriptions.push(output);
  // vscode-languageclient takes longer to load than the rest of activation together (see
  // docs/performance.md), so it loads, and starts the server, just after activation; requests
  // made meanwhile wait for it. The bundle holds it, unevaluated until this import.
  const problems = new ProblemsAfterPreview();
  started = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => import('./languageClient/start.js'))
    .then(({ startLanguageClient }) => startLanguageClient(context, output, problems.handleDiagnostics));
  started.catch((error: unknown) => output.log.error(`The language client could not be set up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  const languageClient = started.then(({ client }) => client);
  languageClient.catch(() => undefined); // logged above; requests made meanwhile fail with the reason
  const journey = journeyClientOf(languageClient, output.log);
  registerRestartCommand(context, started);
  const previews = registerPreview(context, journey);
  problems.follow((uri) => previews.untilPainted(uri));
  const focusedPreviewPlan = () => previews.activeResource();
  registerCoverageStatusBar(context, journey);
  registerExportCommand(context, journey, focusedPreviewPlan);
  registerCopyMermaidCommand(context, journey, focusedPreviewPlan);
  registerCalendarCommand(context, journey, focusedPreviewPlan);
  registerNewPlanCommand(context);
  registerWorkspaceOverview(context, journey);
  return { languageClient, onDidWriteOutput: output.onDidWrite, activateCallMs: performance.now() - activateStarted };
}

/** VS Code waits for this: the server gets `shutdown` and `exit` before the host goes. */
export async function deactivate(): Promise<void> {
  const client = (await started?.catch(() => undefined))?.client;
  // stop() refuses a client that is not running (it gave up, or is still starting): nothing to wait for then.
  await client?.stop().catch(() => undefined);
}

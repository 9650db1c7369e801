// The language client (vscode-languageclient) in the real VS Code: every capability the server
// announces has its feature, tracing writes the LSP traffic to the output, a killed server comes
// back, the restart command works, and a server that keeps crashing is given up on with one message.
// Runs last: it kills servers. Reads the client and its output through what activate() returns.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { FeatureState, LanguageClient } from 'vscode-languageclient/node';
import type { JourneyTestApi } from '../../client/src/extension';
import { WIRED_CAPABILITIES } from '../../client/src/languageClient/wiredCapabilities';
import type { Define } from './harness';
import { waitFor } from './harness';
import { codeOf, hoverText, type SuiteContext } from './context';
import { FEATURES_PLAN } from './fixtures';

const EXTENSION_ID = 'journey-tools.journey-content-planner';
const RESTART_COMMAND = 'journey.restartServer';
/** vscode-languageclient's State.Stopped and State.StartFailed (only its types are imported: it needs `vscode`). */
const GIVEN_UP = [1, 4];

/**
 * Preloaded into every server started while NODE_OPTIONS names it. The first crashes once it has
 * published a document's diagnostics, as a server with a bug in its analysis would; the second
 * as it starts, before the handshake, as a broken installation would.
 */
const CRASHES_AFTER_ANALYSIS = `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest);
  if (String(chunk).includes('textDocument/publishDiagnostics')) process.exit(70);
  return written;
};
`;
const CRASHES_AT_START = 'process.exit(71);\n';
const GIVE_UP_MESSAGE = 'Journey: the language server stopped unexpectedly 5 times in 3 minutes and will not be restarted. The output "Journey Language Server" says why.';

export function languageClientTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;
  let api: JourneyTestApi | undefined;
  let plan: Vscode.Uri | undefined;
  const output: string[] = [];

  const client = async (): Promise<LanguageClient> => {
    if (!api) {
      const extension = vscode.extensions.getExtension<JourneyTestApi>(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not installed`);
      api = await extension.activate();
      api.onDidWriteOutput((line) => void output.push(line));
    }
    return api.languageClient;
  };
  /** The plan the tests keep open, once it has its diagnostics. */
  const openPlan = async (): Promise<Vscode.Uri> => {
    plan ??= await ctx.writeFixture('client.journey', FEATURES_PLAN);
    await ctx.open(plan);
    await analysed(plan);
    return plan;
  };
  const analysed = (uri: Vscode.Uri, timeoutMs = 20_000) =>
    ctx.waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'unknown-persona'), 'the unknown-persona diagnostic', timeoutMs);
  const serverPid = async (): Promise<number> => waitFor(async () => {
    const running = await client();
    return running.isRunning() ? running.serverProcess?.pid : undefined;
  }, 'a running server');
  const gone = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  const hover = async (uri: Vscode.Uri): Promise<string> => {
    const document = await vscode.workspace.openTextDocument(uri);
    const position = ctx.positionOf(document, 'persona: cmo\n', 'persona: c'.length);
    return hoverText(await vscode.commands.executeCommand<Vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
  };

  test('the client has every feature the server\'s capabilities need, registered for plans', async () => {
    await openPlan();
    const running = await client();
    const getFeature = running.getFeature.bind(running) as unknown as (method: string) => { getState(): FeatureState } | undefined;
    for (const [capability, method] of Object.entries(WIRED_CAPABILITIES)) {
      assert.ok(running.initializeResult?.capabilities[capability as keyof typeof WIRED_CAPABILITIES], `the server no longer announces ${capability}`);
      const state = getFeature(method)?.getState();
      assert.ok(state, `vscode-languageclient has no feature for ${method} (${capability})`);
      if (state.kind !== 'static') assert.equal(state.registrations, true, `${method} is not registered`);
      if (state.kind === 'document') assert.equal(state.matches, true, `${method} does not apply to the open plan`);
    }
  });

  test('with journey.trace.server on, the output shows the LSP traffic; off, it does not', async () => {
    const uri = await openPlan();
    const config = () => vscode.workspace.getConfiguration('journey');
    const traced = (from: number, pattern: RegExp) => output.slice(from).some((line) => pattern.test(line));
    try {
      await config().update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
      await waitFor(async () => {
        const from = output.length;
        assert.match(await hover(uri), /Carla, CMO/);
        return traced(from, /^Sending request 'textDocument\/hover - \(\d+\)'\.\s*Params: \{/s) && traced(from, /^Received response 'textDocument\/hover - \(\d+\)' in \d+ms\.\s*Result: \{/s);
      }, 'the hover request and its answer, with their contents, in the trace');
    } finally {
      await config().update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(async () => {
      const from = output.length;
      await hover(uri);
      return !traced(from, /textDocument\/hover/);
    }, 'a hover that is not traced');
  });

  test('a killed server is started again, and the diagnostics come back', async () => {
    const uri = await openPlan();
    const pid = await serverPid();
    process.kill(pid, 'SIGKILL');
    const next = await waitFor(async () => {
      const now = await serverPid();
      return now !== pid ? now : undefined;
    }, 'a new server process');
    assert.ok(gone(pid), 'the killed server is still there');
    await analysed(uri);
    assert.equal((await client()).serverProcess?.pid, next);
  });

  test('"Journey: Restart Language Server" stops the server and starts a new one', async () => {
    const uri = await openPlan();
    const pid = await serverPid();
    await vscode.commands.executeCommand(RESTART_COMMAND);
    const next = await serverPid();
    assert.notEqual(next, pid, 'the server process is the same');
    await waitFor(() => gone(pid), 'the old server to exit');
    await analysed(uri);
    assert.match(await hover(uri), /Carla, CMO/);
  });

  /** Kills the server while every new one crashes; returns what the output got meanwhile. */
  const crashLoop = async (name: string, preloadText: string): Promise<string[]> => {
    const running = await client();
    await vscode.commands.executeCommand(RESTART_COMMAND); // forget the crashes of the tests before
    const pid = await serverPid();
    const preload = await ctx.writeFixture(name, preloadText);
    const from = output.length;
    const nodeOptions = process.env.NODE_OPTIONS;
    // The client forks each server with the extension host's environment, so every new one crashes.
    process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --require ${JSON.stringify(preload.fsPath)}`.trim();
    try {
      process.kill(pid, 'SIGKILL');
      await waitFor(() => GIVEN_UP.includes(running.state) && output.slice(from).includes(GIVE_UP_MESSAGE), 'the client to give up', 60_000);
    } finally {
      process.env.NODE_OPTIONS = nodeOptions;
      if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    }
    assert.equal(running.serverProcess, undefined, 'a server process is still running');
    return output.slice(from);
  };

  const crashingServers: Array<[what: string, preloadName: string, preload: string]> = [
    ['crashes once it has analysed a plan', 'crashes-after-analysis.js', CRASHES_AFTER_ANALYSIS],
    ['crashes as it starts', 'crashes-at-start.js', CRASHES_AT_START],
  ];
  for (const [what, preloadName, preload] of crashingServers) {
    test(`a server that ${what} is restarted 4 times, then given up on with one message; the restart command brings it back`, async () => {
      const uri = await openPlan();
      const lines = await crashLoop(preloadName, preload);
      assert.deepEqual(lines.filter((line) => /will restart/.test(line)), Array(4).fill('Connection to server got closed. Server will restart.'));
      assert.deepEqual(lines.filter((line) => /will not be restarted/.test(line)), [GIVE_UP_MESSAGE]);
      await vscode.commands.executeCommand(RESTART_COMMAND);
      await serverPid();
      await analysed(uri);
    }, 90_000);
  }
}

// The extension's wiring: the language and grammar are registered, the extension activates only
// for Journey's own files, preview and commands (not at startup), and how long activation takes.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { JourneyTestApi } from '../../client/src/extension';
import type { Define } from './harness';
import type { SuiteContext } from './context';
import { FEATURES_PLAN } from './fixtures';

export function activationTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;
  const journeyExtension = () => {
    const found = vscode.extensions.all.filter((ext) =>
      (ext.packageJSON?.contributes?.languages ?? []).some((language: { id?: string }) => language.id === 'journey'));
    assert.equal(found.length, 1, `exactly one extension contributes the journey language, found: ${found.map((e) => e.id).join(', ')}`);
    return found[0];
  };

  test('the extension is present and not yet active before a .journey file is opened', () => {
    const extension = journeyExtension();
    assert.equal(extension.isActive, false, 'activated before any .journey file was opened');
  });

  test('the journey language is registered', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('journey'), 'journey is not among the registered languages');
  });

  test('the extension activates for a .journey file, its preview, its workspace overview or a Journey command, and nothing else', () => {
    const { packageJSON } = journeyExtension();
    assert.deepEqual(packageJSON.activationEvents, ['onLanguage:journey', 'onWebviewPanel:journey.preview', 'onWebviewPanel:journey.workspaceOverview']);
    // VS Code adds an activation event for each contributed command: all of them are Journey's.
    const commands: Array<{ command: string }> = packageJSON.contributes.commands;
    assert.deepEqual(commands.filter((c) => !c.command.startsWith('journey.')), []);
  });

  test('activation (loading dist/extension.js and activate()) is measured for npm run bench', async () => {
    const extension = journeyExtension() as Vscode.Extension<JourneyTestApi>;
    assert.equal(extension.isActive, false, 'already active');
    // Timed, not asserted (the suite has no timed assertions): `npm run bench` holds it to 50 ms.
    // Activation as VS Code counts it: loading the code (between the extension host's own
    // performance marks) plus the activate() call. activate() starts the server without waiting.
    const api = await extension.activate();
    const activated = performance.now();
    const codeLoadingMs = extensionHostMark(`didLoadExtensionCode/${extension.id}`) - extensionHostMark(`willLoadExtensionCode/${extension.id}`);
    assert.ok(Number.isFinite(codeLoadingMs), 'the extension host has no code loading marks for the extension');
    console.log(`journey-suite: activation ${(codeLoadingMs + api.activateCallMs).toFixed(1)} ms (loading ${codeLoadingMs.toFixed(1)} ms, activate() ${api.activateCallMs.toFixed(1)} ms)`);
    // vscode-languageclient loads just after activation, off its path: how long that takes, too.
    await api.languageClient;
    console.log(`journey-suite: language client ${(performance.now() - activated).toFixed(1)} ms after activation (loading vscode-languageclient, starting the server)`);
  });

  test('a .journey file opens as a Journey plan', async () => {
    const uri = await ctx.writeFixture('activation.journey', FEATURES_PLAN);
    const editor = await ctx.open(uri);
    assert.equal(editor.document.languageId, 'journey');
    assert.equal(journeyExtension().isActive, true);
  });

  test('the TextMate grammar for source.journey ships in the extension and is a grammar', async () => {
    // No public API tokenises a file; the UI test (test/e2e/ui.mjs) checks the colours on screen.
    const extension = journeyExtension();
    const contributed: Array<{ language?: string; scopeName?: string; path?: string }> = extension.packageJSON.contributes?.grammars ?? [];
    const grammar = contributed.find((g) => g.language === 'journey');
    assert.ok(grammar?.path, 'no grammar is contributed for the journey language');
    assert.equal(grammar.scopeName, 'source.journey');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
    const json = JSON.parse(new TextDecoder().decode(bytes)) as { scopeName?: string; patterns?: unknown[] };
    assert.equal(json.scopeName, 'source.journey');
    assert.ok(Array.isArray(json.patterns) && json.patterns.length > 0, 'the grammar has no patterns');
  });
}

/** A performance mark of VS Code's extension host (`code/extHost/…`), in ms; NaN when it has none. */
function extensionHostMark(name: string): number {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Array<{ name: string; startTime: number }> } }).MonacoPerformanceMarks;
  const wanted = `code/extHost/${name}`.toLowerCase();
  return marks?.getMarks().find((mark) => mark.name.toLowerCase() === wanted)?.startTime ?? Number.NaN;
}

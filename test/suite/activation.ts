// The extension's wiring: the language and grammar are registered, and opening a .journey file
// activates the extension (activation happens through the language, not at startup).
import * as assert from 'node:assert/strict';
import type { Define } from './harness';
import { waitFor } from './harness';
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

  test('opening a .journey file gives it the journey language and activates the extension', async () => {
    const uri = await ctx.writeFixture('activation.journey', FEATURES_PLAN);
    const editor = await ctx.open(uri);
    assert.equal(editor.document.languageId, 'journey');
    const extension = journeyExtension();
    await waitFor(() => extension.isActive, 'the extension to activate', 20_000);
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

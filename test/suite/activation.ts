// The extension's wiring: the language and grammar are registered, and opening a .journey file
// activates the extension (activation happens through the language, not at startup).
import * as assert from 'node:assert/strict';
import type { Define } from './harness';
import { waitFor } from './harness';
import type { SuiteContext } from './context';
import { FEATURES_PLAN } from './fixtures';

interface SyntaxToken { c: string; t: string }

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

  test('the TextMate grammar colours a plan (source.journey scopes)', async () => {
    const uri = await ctx.writeFixture('grammar.journey', FEATURES_PLAN);
    await ctx.open(uri);
    // VS Code's own colourisation tests use this command; it tokenises a file with its grammar.
    const tokens = await waitFor(async () => {
      const result = await vscode.commands.executeCommand<SyntaxToken[]>('_workbench.captureSyntaxTokens', uri);
      return result && result.length > 0 ? result : undefined;
    }, 'syntax tokens');
    assert.ok(tokens.every((token) => token.t.split(' ')[0] === 'source.journey'), `tokens not in source.journey: ${JSON.stringify(tokens.slice(0, 3))}`);
    const scoped = tokens.filter((token) => token.t.split(' ').length > 1);
    assert.ok(scoped.length > 0, 'the grammar gave no token a scope beyond source.journey');
    const key = tokens.find((token) => token.c.trim() === 'journey' || token.c.trim() === 'personas');
    assert.ok(key && key.t.split(' ').length > 1, `top-level keys are not scoped: ${JSON.stringify(key)}`);
  });
}

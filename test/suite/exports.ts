// The exports through the running extension: "Copy as Mermaid Journey Diagram" puts the server's
// diagram on the clipboard (the export command's format and file dialogs are the UI's to test).
import * as assert from 'node:assert/strict';
import type { Define } from './harness';
import { waitFor } from './harness';
import type { SuiteContext } from './context';
import { GAPS_PLAN } from './fixtures';

export function exportTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;

  test('"Copy as Mermaid Journey Diagram" puts the plan\'s journey diagram on the clipboard', async () => {
    const uri = await ctx.writeFixture('export.journey', GAPS_PLAN);
    await ctx.open(uri);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('journey.copyMermaid', uri);
    const text = await waitFor(async () => {
      const copied = await vscode.env.clipboard.readText();
      return copied.startsWith('journey\n') ? copied : undefined;
    }, 'the diagram on the clipboard');
    assert.deepEqual(text.split('\n').slice(0, 4), ['journey', '  title Gaps plan', '  section Awareness', '    Intro post: 3: Carla#44; CMO']);
  });
}

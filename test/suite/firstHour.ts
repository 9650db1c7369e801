// A marketer's first hour in a real VS Code: the walkthrough is listed, the code lenses and the
// inlay hints show on a plan, and a lens opens the preview.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { Define } from './harness';
import { waitFor } from './harness';
import type { SuiteContext } from './context';
import { GAPS_PLAN } from './fixtures';

export function firstHourTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;

  test('the walkthrough "Get started with Journey" is contributed with its five steps', () => {
    const extension = vscode.extensions.all.find((ext) => (ext.packageJSON?.contributes?.walkthroughs ?? []).some((w: { id: string }) => w.id === 'journey.getStarted'));
    assert.ok(extension, 'no extension contributes journey.getStarted');
    const walkthrough = extension.packageJSON.contributes.walkthroughs[0] as { steps: { id: string }[] };
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['createPlan', 'seeGaps', 'openPreview', 'fillGap', 'export']);
  });

  test('code lenses above each persona and content:, a persona lens opens the preview', async () => {
    const uri = await ctx.writeFixture('lenses.journey', GAPS_PLAN);
    await ctx.open(uri);
    const lenses = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return found && found.length === 3 ? found : undefined;
    }, 'three code lenses');
    assert.deepEqual(lenses.map((lens) => [lens.range.start.line, lens.command?.title]), [
      [3, '2 pieces · 2/3 phases · 1 gap'],
      [5, '2 pieces · 2/3 phases · 1 gap'],
      [7, 'Coverage 4/6 cells · 2 gaps'],
    ]);
    const command = lenses[0].command!;
    assert.equal(command.command, 'journey.showPreviewToSide');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor(() => vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('lenses.journey')), 'the preview of lenses.journey');
  });

  test('inlay hints name the personas after their ids', async () => {
    const uri = await ctx.writeFixture('hints.journey', GAPS_PLAN);
    const document = (await ctx.open(uri)).document;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole);
      return found && found.length > 0 ? found : undefined;
    }, 'inlay hints');
    const labels = hints.map((hint) => [hint.position.line, typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')]);
    assert.deepEqual(labels, [[9, 'Carla, CMO'], [12, 'Dirk, Developer'], [15, 'Carla, CMO'], [15, 'Dirk, Developer']]);
  });
}

// The preview commands open the matrix preview (a webview tab) in the editor's group or beside it;
// the workspace overview opens once.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { Define } from './harness';
import { waitFor } from './harness';
import type { SuiteContext } from './context';
import { GAPS_PLAN } from './fixtures';

const PREVIEW_VIEW_TYPE = 'journey.preview';
const OVERVIEW_VIEW_TYPE = 'journey.workspaceOverview';

export function previewTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;
  // The webview's view type as the tab API reports it (VS Code may prefix it internally).
  const previewTabs = (): Vscode.Tab[] => vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE));
  const fresh = async (name: string): Promise<Vscode.TextEditor> => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => vscode.window.tabGroups.all.every((group) => group.tabs.length === 0), 'all editors to close');
    return ctx.open(await ctx.writeFixture(name, GAPS_PLAN), vscode.ViewColumn.One);
  };

  test('both preview commands are registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['journey.showPreview', 'journey.showPreviewToSide']) assert.ok(commands.includes(id), `${id} is not registered`);
  });

  test('"Open Preview" opens the preview in the editor\'s group', async () => {
    const editor = await fresh('preview.journey');
    await vscode.commands.executeCommand('journey.showPreview');
    const [tab] = await waitFor(() => { const tabs = previewTabs(); return tabs.length > 0 ? tabs : undefined; }, 'a preview tab');
    assert.equal(tab.group.viewColumn, editor.viewColumn);
    assert.ok(tab.isActive, 'the preview tab is not the active one in its group');
  });

  test('"Open Preview to the Side" opens the preview beside the plan, which stays visible', async () => {
    const editor = await fresh('preview-side.journey');
    await vscode.commands.executeCommand('journey.showPreviewToSide');
    const [tab] = await waitFor(() => { const tabs = previewTabs(); return tabs.length > 0 ? tabs : undefined; }, 'a preview tab');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opened in the plan\'s own group');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === editor.document.uri.toString()), 'the plan is no longer visible');
  });

  test('"Open Workspace Overview" opens one overview tab; run again, it shows that one', async () => {
    await fresh('overview.journey');
    const overviewTabs = (): Vscode.Tab[] => vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(OVERVIEW_VIEW_TYPE));
    await vscode.commands.executeCommand('journey.openWorkspaceOverview');
    const [tab] = await waitFor(() => { const tabs = overviewTabs(); return tabs.length > 0 ? tabs : undefined; }, 'an overview tab');
    assert.ok(tab.isActive, 'the overview tab is not the active one in its group');
    await vscode.commands.executeCommand('workbench.action.previousEditor');
    await waitFor(() => (overviewTabs()[0]?.isActive ? undefined : true), 'the plan to be active again');
    await vscode.commands.executeCommand('journey.openWorkspaceOverview');
    await waitFor(() => (overviewTabs()[0]?.isActive ? true : undefined), 'the overview to be shown again');
    assert.equal(overviewTabs().length, 1, 'a second overview opened');
  });

  test('closing the editors leaves no preview behind', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => previewTabs().length === 0, 'the preview tabs to close');
  });
}

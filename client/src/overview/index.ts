// "Journey: Open Workspace Overview": one overview panel (the command reveals it when open), live
// on the server's journey/workspaceOverviewChanged, and revived after a window reload.
import * as vscode from 'vscode';
import { OVERVIEW_VIEW_TYPE } from '../../../server/src/protocol';
import type { JourneyClient } from '../journeyClient';
import { onWorkspaceOverviewChanged } from '../journeyServer';
import { createOverviewPanel, WorkspaceOverviewPanel } from './overviewPanel';

export const OPEN_WORKSPACE_OVERVIEW_COMMAND = 'journey.openWorkspaceOverview';

export function registerWorkspaceOverview(context: vscode.ExtensionContext, client: JourneyClient): void {
  let overview: WorkspaceOverviewPanel | undefined;
  const adopt = (panel: vscode.WebviewPanel): void => {
    const created = new WorkspaceOverviewPanel(panel, client, context.extensionUri);
    created.onDidDispose(() => {
      if (overview === created) overview = undefined;
    });
    overview?.dispose();
    overview = created;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_WORKSPACE_OVERVIEW_COMMAND, () => {
      if (overview) overview.reveal();
      else adopt(createOverviewPanel(context.extensionUri));
    }),
    vscode.window.registerWebviewPanelSerializer(OVERVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => adopt(panel),
    }),
    onWorkspaceOverviewChanged(client, () => overview?.onChanged()),
    { dispose: () => overview?.dispose() },
  );
}

// `journey/workspaceOverview`: a summary of every plan in the workspace, for the overview page
// (the summaries are kept by ctx.overview, which the diagnostics feature feeds).
import { WORKSPACE_OVERVIEW_REQUEST } from '../protocol/methods';
import type { WorkspaceOverviewResult } from '../protocol/workspaceOverview';
import type { Feature } from './feature';

export const overviewFeature: Feature = {
  capabilities: {},
  register: (ctx) => {
    ctx.connection.onRequest(WORKSPACE_OVERVIEW_REQUEST, (): Promise<WorkspaceOverviewResult> => ctx.overview.result());
  },
};

// What the workspace overview asks: a summary of every plan in the workspace folders. A closed
// plan's summary is kept when `WorkspacePlans` analyses it (the summary, not the analysis, so
// 200 closed plans cost little); an open plan's comes from the editor's analysis when asked.
// Once a client has asked, it is told (`journey/workspaceOverviewChanged`, coalesced) whenever a
// plan is analysed again, added or removed.
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { Analysis } from '../core';
import { summarizePlan, type PlanSummary } from '../core/workspaceOverview';
import { WORKSPACE_OVERVIEW_CHANGED_NOTIFICATION } from '../protocol/methods';
import type { OverviewPlan, WorkspaceOverviewResult } from '../protocol/workspaceOverview';
import type { PlanDocument } from './planDocument';

/** Changes within this many ms make one notification: the start's scan of 200 plans is a handful, not 200. */
const COALESCE_MS = 50;

export class WorkspaceOverview {
  /** Closed plans by file path. */
  private readonly closed = new Map<string, { uri: string; summary: PlanSummary }>();
  private covers: (path: string) => boolean = () => false;
  private asked = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<PlanDocument>,
    private readonly analysisOf: (uri: string) => Promise<Analysis | undefined>,
  ) {}

  /** Which files are in the workspace: an open plan elsewhere is not in its overview. */
  setWorkspace(workspace: { covers(path: string): boolean }): void {
    this.covers = (path) => workspace.covers(path);
  }

  /** A closed plan was analysed. */
  setClosed(path: string, uri: string, analysis: Analysis): void {
    this.closed.set(path, { uri, summary: summarizePlan(analysis) });
    this.changed();
  }

  /** A plan is gone from disk (or from the workspace). */
  deleteClosed(path: string): void {
    if (this.closed.delete(path)) this.changed();
  }

  /** Something the overview shows may have changed (an open plan's new version, say). */
  changed(): void {
    if (!this.asked || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connection.sendNotification(WORKSPACE_OVERVIEW_CHANGED_NOTIFICATION).catch(() => undefined);
    }, COALESCE_MS);
  }

  /** Every plan of the workspace; an open one as the editor has it. In no particular order. */
  async result(): Promise<WorkspaceOverviewResult> {
    this.asked = true;
    const byPath = new Map<string, OverviewPlan>();
    for (const [path, { uri, summary }] of this.closed) byPath.set(path, { uri, ...summary });
    for (const document of this.documents.all()) {
      if (!document.uri.startsWith('file:')) continue;
      const path = fileURLToPath(document.uri);
      if (!this.covers(path)) continue;
      const analysis = await this.analysisOf(document.uri);
      if (analysis) byPath.set(path, { uri: document.uri, ...summarizePlan(analysis) });
    }
    return { plans: [...byPath.values()] };
  }
}

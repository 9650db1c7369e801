// Publishes diagnostics: of an open plan on open and on every change (and tells the client, for
// the preview, that a new analysis is ready); of every other plan in the workspace from disk;
// and, after any change, of the plans that extend the changed one.
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { PlanDocument } from './planDocument';
import type { ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import type { Feature } from './feature';
import { ANALYSIS_CHANGED_NOTIFICATION, type AnalysisChanged } from '../protocol/methods';
import { WorkspacePlans, type CheckProgress } from './workspacePlans';
import { messages } from '../core/messages';


export const diagnosticsFeature: Feature = {
  capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
  register: registerDiagnostics,
};

function registerDiagnostics(ctx: ServerContext): void {
  const { connection, documents } = ctx;

  const publish = async (document: PlanDocument): Promise<void> => {
    const analysis = await ctx.analysisOf(document.uri);
    // A newer version may have arrived while settings were read; that one publishes for itself.
    if (!analysis || documents.get(document.uri)?.version !== document.version) return;
    // The preview's and the status bar's questions first: the client decodes the diagnostics (up to
    // a thousand) while the server answers them.
    await connection.sendNotification(ANALYSIS_CHANGED_NOTIFICATION, { uri: document.uri, version: document.version } satisfies AnalysisChanged);
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
    ctx.overview.changed();
  };

  const report = (error: { stack?: unknown } | undefined): void => connection.console.error(String(error?.stack ?? error));
  const workspace = new WorkspacePlans(connection, documents, ctx.optionsFor, ctx.plans, (uri) => {
    const document = documents.get(uri);
    if (document) void publish(document).catch(report);
  }, ctx.overview, (total) => startCheckProgress(ctx, total));
  ctx.overview.setWorkspace(workspace);
  documents.onDidChangeContent((event) => {
    ctx.plans.changed();
    void publish(event.document).catch(report);
    if (event.document.uri.startsWith('file:')) workspace.dependentsChanged(fileURLToPath(event.document.uri));
  });
  documents.onDidClose((event) => void workspace.onClosed(event.document.uri));
  // New settings, or a new day (for `overdue`): every plan, open or not, is analysed again.
  const recheckAll = (): void => {
    documents.all().forEach((document) => void publish(document));
    void workspace.recheck();
  };
  ctx.onSettingsChanged(recheckAll);
  ctx.onNewDay(recheckAll);
  connection.onDidChangeWatchedFiles(({ changes }) => void workspace.onFileEvents(changes));
  connection.onInitialized(() => {
    void workspace.setFolders(ctx.workspaceFolders);
    if (ctx.client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace.getWorkspaceFolders().then((folders) => workspace.setFolders((folders ?? []).map((folder) => folder.uri)));
      });
    }
    // Other editors than VS Code get the file events too, where their client can watch files.
    if (ctx.client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.journey' }] });
    }
  });
}

/** A work-done progress in the editor's status bar: "Journey: checking plans, 12 of 200". */
async function startCheckProgress(ctx: ServerContext, total: number): Promise<CheckProgress> {
  const msg = messages(ctx.locale);
  // Without the client's support the library hands back a reporter that sends nothing.
  const reporter = await ctx.connection.window.createWorkDoneProgress();
  reporter.begin('Journey', 0, msg.checkingPlans(0, total));
  let shown = 0;
  return {
    report(done) {
      const percentage = Math.floor((100 * done) / total);
      if (percentage === shown) return; // at most a hundred messages
      shown = percentage;
      reporter.report(percentage, msg.checkingPlans(done, total));
    },
    done: () => reporter.done(),
  };
}

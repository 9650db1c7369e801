// Publishes diagnostics on open and on every change, clears them on close, and tells the
// client (the preview) that a new analysis is ready.
import type { PlanDocument } from './planDocument';
import type { ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import type { Feature } from './feature';

export const ANALYSIS_CHANGED = 'journey/analysisChanged';

export const diagnosticsFeature: Feature = {
  capabilities: {},
  register: registerDiagnostics,
};

function registerDiagnostics(ctx: ServerContext): void {
  const { connection, documents } = ctx;

  const publish = async (document: PlanDocument): Promise<void> => {
    const analysis = await ctx.analysisOf(document.uri);
    // A newer version may have arrived while settings were read; that one publishes for itself.
    if (!analysis || documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
    await connection.sendNotification(ANALYSIS_CHANGED, { uri: document.uri, version: document.version });
  };

  documents.onDidChangeContent((event) => void publish(event.document).catch((error) => connection.console.error(String(error?.stack ?? error))));
  documents.onDidClose((event) => void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
  const publishAll = (): void => documents.all().forEach((document) => void publish(document));
  ctx.onSettingsChanged(publishAll);
  ctx.onNewDay(publishAll);
}

// The exports through the running extension: "Copy as Mermaid Journey Diagram" puts the server's
// diagram on the clipboard, and the calendar the export command writes has the sample's dates
// (the export commands' format and file dialogs are the UI's to test).
import * as assert from 'node:assert/strict';
import type { JourneyTestApi } from '../../client/src/extension';
import { analyze } from '../../server/src/core';
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

  test('the calendar "Export Calendar…" writes has an all-day event on each date of a sample', async () => {
    const [uri] = await vscode.workspace.findFiles('saas-hubspot.journey');
    assert.ok(uri, 'samples/saas-hubspot.journey is missing');
    const document = await vscode.workspace.openTextDocument(uri);
    const extension = vscode.extensions.getExtension<JourneyTestApi>('journey-tools.journey-content-planner');
    assert.ok(extension, 'the extension is not installed');
    const client = await (await extension.activate()).languageClient;
    // The same request and renderer the command uses, for the day the server takes for today.
    const ics = await waitFor(async () => (await client.sendRequest<string | null>('journey/calendar', { uri: uri.toString(), format: 'ics' })) ?? undefined, 'the calendar');
    const dates = analyze(document.getText()).plan.pieces.flatMap((piece) => (piece.date ? [piece.date.replace(/-/g, '')] : []));
    assert.ok(dates.length >= 10, `${dates.length} dated pieces in the sample`);
    const starts = [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})\r$/gm)].map((match) => match[1]);
    assert.deepEqual(starts.sort(), dates.sort());
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  });
}

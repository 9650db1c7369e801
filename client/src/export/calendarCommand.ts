// "Journey: Export Calendar…": the plan's dated pieces as an iCalendar file (for Outlook, Google
// Calendar and Apple Calendar), Markdown, CSV or JSON — `journey/calendar`, the same renderers as
// `journey calendar`.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { JourneyClient } from '../journeyClient';
import { requestCalendar, requestCoverage, type CalendarFormat } from '../journeyServer';
import { exportToFile, type ExportFormatItem } from './exportToFile';
import { targetPlan, type FocusedPreviewPlan } from './targetPlan';
import { errorText } from '../errorText';

export const EXPORT_CALENDAR_COMMAND = 'journey.exportCalendar';

/** Built per call: the l10n bundle must be read after activation, not at module load. */
function formats(): ExportFormatItem<CalendarFormat>[] {
  return [
    { label: 'iCalendar', description: vscode.l10n.t('one all-day event per dated piece, for Outlook, Google Calendar and Apple Calendar'), format: 'ics', extension: 'ics', filter: 'iCalendar' },
    { label: 'Markdown', description: vscode.l10n.t('the agenda and the dated pieces month by month'), format: 'markdown', extension: 'md', filter: 'Markdown' },
    { label: 'CSV', description: vscode.l10n.t('one row per dated piece, for a spreadsheet'), format: 'csv', extension: 'csv', filter: 'CSV' },
    { label: 'JSON', description: vscode.l10n.t('the calendar model, with the agenda and the month grids'), format: 'json', extension: 'json', filter: 'JSON' },
  ];
}

export function registerCalendarCommand(context: vscode.ExtensionContext, client: JourneyClient, focusedPreviewPlan: FocusedPreviewPlan): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_CALENDAR_COMMAND, async (uri?: unknown) => {
      const source = await targetPlan(uri, focusedPreviewPlan);
      if (!source) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Journey: open a .journey plan to export its calendar.'));
        return;
      }
      try {
        const written = await exportToFile({
          source,
          context,
          lastFormatKey: 'journey.exportCalendar.lastFormat',
          title: (name) => vscode.l10n.t('Export the calendar of {0}', name),
          formats: formats(),
          suffix: 'calendar',
          syntaxError: async () => {
            const summary = await requestCoverage(client, source);
            if (!summary) throw new Error(vscode.l10n.t('the language server has no analysis of {0}', path.posix.basename(source.path)));
            return summary.syntaxErrors[0];
          },
          render: (format) => requestCalendar(client, source, format),
        });
        if (!written) return;
        const open = vscode.l10n.t('Open');
        const action = await vscode.window.showInformationMessage(vscode.l10n.t('Journey: exported the calendar to {0}.', path.posix.basename(written.target.path)), open);
        if (action === open) await vscode.window.showTextDocument(written.target);
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Journey: the export failed: {0}', errorText(error)));
      }
    }),
  );
}

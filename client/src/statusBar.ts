// The status bar item for the active `.journey` plan: its coverage ("Journey 18/24"), and the
// number of overdue pieces when there are any ("Journey 18/24 · 3 overdue"); a click opens the
// preview to the side.
import * as vscode from 'vscode';
import type { JourneyClient } from './journeyClient';
import { isJourneyDocument, onAnalysisChanged, requestCoverage, sameDocument } from './journeyServer';
import { SHOW_PREVIEW_TO_SIDE_COMMAND } from './preview';

export function registerCoverageStatusBar(context: vscode.ExtensionContext, client: JourneyClient): void {
  const item = vscode.window.createStatusBarItem('journey.coverage', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Journey Coverage');
  item.command = SHOW_PREVIEW_TO_SIDE_COMMAND;
  /** Coverage of each plan's last readable version, shown (marked) while its YAML is broken. */
  const lastGood = new Map<string, { filled: number; expected: number }>();
  let generation = 0;

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    // A resource setting, read for the plan only: without a resource VS Code logs a warning.
    if (!isJourneyDocument(document) || !vscode.workspace.getConfiguration('journey.statusBar', document.uri).get<boolean>('coverage', true)) {
      item.hide();
      return;
    }
    let model;
    try {
      model = await requestCoverage(client, document.uri);
    } catch {
      model = null;
    }
    if (mine !== generation) return; // A newer refresh is on its way.
    if (!model) {
      item.hide();
      return;
    }
    const key = document.uri.toString();
    const error = model.syntaxErrors[0];
    if (!error) lastGood.set(key, model.coverage);
    const coverage = lastGood.get(key);
    const numbers = coverage ? `${coverage.filled}/${coverage.expected}` : '?';
    const overdue = model.overdue > 0 ? ` · ${vscode.l10n.t('{0} overdue', model.overdue)}` : '';
    item.text = `${error ? '$(warning) ' : ''}Journey ${numbers}${overdue}`;
    const explained = coverage
      ? vscode.l10n.t('{0} of {1} expected persona × phase cells have content', coverage.filled, coverage.expected)
      : vscode.l10n.t('Coverage unknown');
    const state = error
      ? vscode.l10n.t('{0} (last readable version). YAML syntax error on line {1}: {2}', explained, error.line, error.message)
      : `${explained}.`;
    const late = model.overdue === 0 ? [] : [model.overdue === 1 ? vscode.l10n.t('1 content piece is overdue.') : vscode.l10n.t('{0} content pieces are overdue.', model.overdue)];
    item.tooltip = [state, ...late, vscode.l10n.t('Click to open the matrix preview.')].join('\n');
    const label = error ? vscode.l10n.t('Journey coverage: {0}; the plan has a syntax error', explained) : vscode.l10n.t('Journey coverage: {0}', explained);
    item.accessibilityInformation = { label: [label, ...late].join('. ') };
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('journey.statusBar')) void refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((document) => lastGood.delete(document.uri.toString())),
    onAnalysisChanged(client, ({ uri }) => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && sameDocument(uri, active.uri)) void refresh();
    }),
  );
  void refresh();
}

// Settings change behaviour live: `journey.diagnostics.severity` re-grades (or hides) diagnostics
// of open plans without reopening them.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { Define } from './harness';
import { codeOf, type SuiteContext } from './context';
import { GAPS_PLAN } from './fixtures';

export function settingsTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;

  test('journey.diagnostics.severity turns empty-cell off and back on, live', async () => {
    const uri = await ctx.writeFixture('settings.journey', GAPS_PLAN);
    await ctx.open(uri);
    const emptyCells = (list: readonly Vscode.Diagnostic[]) => list.filter((d) => codeOf(d) === 'empty-cell');
    const before = await ctx.waitForDiagnostics(uri, (all) => emptyCells(all).length === 2, 'two empty-cell diagnostics');
    assert.ok(emptyCells(before).every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const config = () => vscode.workspace.getConfiguration('journey');
    try {
      await config().update('diagnostics.severity', { 'empty-cell': 'off' }, vscode.ConfigurationTarget.Global);
      await ctx.waitForDiagnostics(uri, (all) => emptyCells(all).length === 0, 'empty-cell to be switched off');
      await config().update('diagnostics.severity', { 'empty-cell': 'error' }, vscode.ConfigurationTarget.Global);
      const errors = await ctx.waitForDiagnostics(uri, (all) => emptyCells(all).length === 2, 'empty-cell to come back');
      assert.ok(emptyCells(errors).every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'empty-cell is not an error now');
    } finally {
      await config().update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    }
    await ctx.waitForDiagnostics(uri, (all) => emptyCells(all).length === 2 && emptyCells(all).every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'the default severity again');
  });
}

// Diagnostics reach VS Code from the language server, with the documented codes.
import * as assert from 'node:assert/strict';
import type { Define } from './harness';
import { codeOf, DIAGNOSTIC_CODES, type SuiteContext } from './context';
import { FEATURES_PLAN } from './fixtures';

export function diagnosticsTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;

  test('every sample gets diagnostics with journey codes, and none is an error', async () => {
    const samples = await vscode.workspace.findFiles('*.journey');
    assert.ok(samples.length > 0, 'no samples in the workspace');
    for (const uri of samples) {
      await vscode.workspace.openTextDocument(uri); // opening (without showing) is enough for the server
      // Each sample leaves a few gaps open on purpose (samples/README.md), so diagnostics must come.
      const all = await ctx.waitForDiagnostics(uri, (list) => list.length > 0, 'diagnostics');
      for (const diagnostic of all) {
        assert.equal(diagnostic.source, 'journey');
        assert.ok((DIAGNOSTIC_CODES as readonly string[]).includes(codeOf(diagnostic) ?? ''), `unknown code ${codeOf(diagnostic)}`);
        assert.notEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error, `${uri.path}: ${diagnostic.message}`);
      }
    }
  }, 60_000);

  test('saas-hubspot sample: the persona without content and the empty cell are on the persona ids', async () => {
    const [uri] = await vscode.workspace.findFiles('saas-hubspot.journey');
    assert.ok(uri, 'samples/saas-hubspot.journey is missing');
    const document = await vscode.workspace.openTextDocument(uri);
    const all = await ctx.waitForDiagnostics(uri, (list) => list.length > 0, 'diagnostics');
    const withoutContent = all.filter((d) => codeOf(d) === 'persona-without-content');
    assert.deepEqual(withoutContent.map((d) => document.getText(d.range)), ['it-admin']);
    assert.equal(withoutContent[0].severity, vscode.DiagnosticSeverity.Warning);
    const emptyCells = all.filter((d) => codeOf(d) === 'empty-cell');
    assert.deepEqual(emptyCells.map((d) => document.getText(d.range)), ['founder']);
    assert.equal(emptyCells[0].severity, vscode.DiagnosticSeverity.Information);
  });

  test('an unknown persona is an error on the reference, suggesting the close id', async () => {
    const uri = await ctx.writeFixture('diagnostics.journey', FEATURES_PLAN);
    const document = await vscode.workspace.openTextDocument(uri);
    const all = await ctx.waitForDiagnostics(uri, (list) => list.some((d) => codeOf(d) === 'unknown-persona'), 'an unknown-persona diagnostic');
    const unknown = all.filter((d) => codeOf(d) === 'unknown-persona');
    assert.equal(unknown.length, 1);
    assert.equal(document.getText(unknown[0].range), 'cmoo');
    assert.equal(unknown[0].severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknown[0].message, /“cmo”/);
  });

  test('a plan that is never opened has its problems in the Problems panel, and follows changes on disk', async () => {
    // Written with the file system, not opened: only the server's workspace check can see it.
    const uri = await ctx.writeFixture('unopened.journey', FEATURES_PLAN);
    await ctx.waitForDiagnostics(uri, (list) => list.some((d) => codeOf(d) === 'unknown-persona'), 'an unknown-persona diagnostic for the unopened plan');
    assert.equal(vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), false, 'the plan was opened');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(FEATURES_PLAN.replace('persona: cmoo', 'persona: cmo')));
    await ctx.waitForDiagnostics(uri, (list) => list.length > 0 && !list.some((d) => codeOf(d) === 'unknown-persona'), 'the fixed plan\'s diagnostics');
    await vscode.workspace.fs.delete(uri);
    await ctx.waitForDiagnostics(uri, (list) => list.length === 0, 'no diagnostics for the deleted plan');
  });
}

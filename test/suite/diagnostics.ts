// Diagnostics reach VS Code from the language server, with the documented codes.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import { waitFor, type Define } from './harness';
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

  test('the journey map: a moment of truth without content, and a piece outside its persona stage, each with its quick fix', async () => {
    const plan = [
      'journey: Klantreis',
      'model: b2b',
      'personas:',
      '  - id: klant',
      '    name: Karin',
      '    stage: customer',
      'content:',
      '  - { title: Welkom, persona: klant, phase: [initiate, advocacy, awareness] }',
      'map:',
      '  - persona: klant',
      '    phase: engage',
      '    moment-of-truth: true',
      '  - persona: "*"',
      '    phase: "*"',
      '    emotion: 1',
      '',
    ].join('\n');
    const uri = await ctx.writeFixture('journey-map.journey', plan);
    const document = (await ctx.open(uri)).document;
    /** The diagnostic and the text it sits on, after applying its quick fix. */
    const fixFor = async (code: string, title: RegExp): Promise<{ diagnostic: Vscode.Diagnostic; on: string }> => {
      const all = await ctx.waitForDiagnostics(uri, (list) => list.some((d) => codeOf(d) === code), `a ${code} diagnostic`);
      const diagnostic = all.find((d) => codeOf(d) === code)!;
      const actions = await waitFor(async () => {
        const found = await vscode.commands.executeCommand<Array<Vscode.CodeAction | Vscode.Command>>(
          'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
        return found.length > 0 ? found : undefined;
      }, `quick fixes for ${code}`);
      const fix = actions.find((a): a is Vscode.CodeAction => title.test(a.title) && 'edit' in a && !!a.edit);
      assert.ok(fix, `no quick fix ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
      const on = document.getText(diagnostic.range);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit was not applied');
      return { diagnostic, on };
    };

    const gap = await fixFor('moment-of-truth-gap', /^Add a content piece for Karin in Engage$/);
    assert.equal(gap.diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(gap.on, 'true');
    await ctx.waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'moment-of-truth-gap'), 'the moment-of-truth-gap to go away');

    const outside = await fixFor('outside-persona-stage', /stage: both/);
    assert.equal(outside.on, 'awareness');
    assert.match(document.getText(), /^ {4}stage: both$/m);
    await ctx.waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'outside-persona-stage'), 'the outside-persona-stage warning to go away');
    await document.save();
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

// `extends` in a real VS Code, on the team sample (samples/team, copied into the workspace):
// go to definition into the base, rename across files, and problems of a plan nobody opened.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import { codeOf, type SuiteContext } from './context';
import { waitFor, type Define } from './harness';

export function basesTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;
  const team = (name: string): Vscode.Uri => vscode.Uri.joinPath(ctx.workspaceFolder, 'team', name);

  test('go to definition on a persona from the base opens the base at its id', async () => {
    const document = await vscode.workspace.openTextDocument(team('marketing.journey'));
    const position = ctx.positionOf(document, 'persona: huiseigenaar', 'persona: h'.length);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Array<Vscode.Location | Vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, position);
      return found.length > 0 ? found : undefined;
    }, 'a definition in the base');
    const targets = locations.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : l));
    const base = await vscode.workspace.openTextDocument(team('team.journey'));
    assert.deepEqual(targets.map((t) => [t.uri.toString(), t.range.start.line, base.getText(t.range)]), [[base.uri.toString(), ctx.lineOf(base, '- id: huiseigenaar'), 'huiseigenaar']]);
  });

  test('rename of a base’s persona is one workspace edit: the base and every plan that extends it', async () => {
    const document = await vscode.workspace.openTextDocument(team('service.journey'));
    const position = ctx.positionOf(document, 'persona: vve', 'persona: v'.length);
    const edit = await waitFor(
      () => vscode.commands.executeCommand<Vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', document.uri, position, 'vve-bestuur'),
      'a rename edit');
    const files = edit.entries().map(([uri, edits]) => [uri.path.split('/').pop(), edits.length, [...new Set(edits.map((e) => e.newText))].join()]);
    assert.deepEqual(files.sort(), [['marketing.journey', 1, 'vve-bestuur'], ['service.journey', 2, 'vve-bestuur'], ['team.journey', 2, 'vve-bestuur']]);
    for (const [uri, edits] of edit.entries()) {
      const file = await vscode.workspace.openTextDocument(uri);
      assert.deepEqual(edits.map((e) => file.getText(e.range)), edits.map(() => 'vve'), uri.path);
    }
  });

  test('an unopened plan whose base is missing shows invalid-extends, and loses it when the base is created', async () => {
    const uri = await ctx.writeFixture('zonder-basis.journey', 'journey: Zonder basis\nextends: ./gedeeld.journey\ncontent:\n  - title: Blog\n    persona: klant\n    phase: "*"\n');
    const all = await ctx.waitForDiagnostics(uri, (list) => list.some((d) => codeOf(d) === 'invalid-extends'), 'an invalid-extends diagnostic for the unopened plan');
    const problem = all.find((d) => codeOf(d) === 'invalid-extends')!;
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problem.range.start.line, 1);
    assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), false, 'the plan must stay unopened');
    await ctx.writeFixture('gedeeld.journey', 'journey: Gedeeld\nmodel: hubspot\npersonas:\n  - id: klant\n');
    const after = await ctx.waitForDiagnostics(uri, (list) => !list.some((d) => codeOf(d) === 'invalid-extends' || codeOf(d) === 'unknown-persona'), 'the base found');
    assert.deepEqual(after.map(codeOf), []);
  });
}

// Completion, hover, definition, references, outline, rename and quick fixes, through the same commands VS Code's UI uses.
import * as assert from 'node:assert/strict';
import type * as Vscode from 'vscode';
import type { Define } from './harness';
import { waitFor } from './harness';
import { codeOf, hoverText, labelOf, type SuiteContext } from './context';
import { FEATURES_PLAN } from './fixtures';

export function languageFeatureTests(test: Define, ctx: SuiteContext): void {
  const { vscode } = ctx;
  let plan: Vscode.TextDocument | undefined;
  // One read-only fixture for the tests that do not edit; opened once and waited on until analysed.
  const features = async (): Promise<Vscode.TextDocument> => {
    if (!plan) {
      // Word-based suggestions would offer every word of the file; only the server's items count here.
      await vscode.workspace.getConfiguration('editor').update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Global);
      const uri = await ctx.writeFixture('features.journey', FEATURES_PLAN);
      plan = (await ctx.open(uri)).document;
      await ctx.waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'unknown-persona'), 'the first analysis');
    }
    return plan;
  };

  const completionLabels = async (document: Vscode.TextDocument, position: Vscode.Position, expected: string[]): Promise<string[]> =>
    waitFor(async () => {
      const list = await vscode.commands.executeCommand<Vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      const labels = list.items.map(labelOf);
      return expected.every((label) => labels.includes(label)) ? labels : undefined;
    }, `completion items ${expected.join(', ')}`);

  test('completion offers the plan\'s persona ids after "persona:"', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'persona: cmoo', 'persona: '.length);
    const labels = await completionLabels(document, position, ['cmo', 'dev']);
    assert.ok(!labels.includes('awareness'), 'phase ids offered as personas');
  });

  test('completion offers the model\'s phase ids after "phase:"', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'phase: awareness', 'phase: '.length, 1);
    const labels = await completionLabels(document, position, ['awareness', 'consideration', 'decision']);
    assert.ok(!labels.includes('cmo'), 'persona ids offered as phases');
  });

  test('hover on a persona reference shows the persona\'s name', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'persona: cmo\n', 'persona: c'.length);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<Vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      return hovers.length > 0 ? hoverText(hovers) : undefined;
    }, 'a hover');
    assert.match(text, /Carla, CMO/);
  });

  test('go to definition on a persona reference lands on the persona\'s id', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'persona: [cmo', 'persona: [c'.length);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Array<Vscode.Location | Vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, position);
      return found.length > 0 ? found : undefined;
    }, 'a definition');
    const targets = locations.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : l));
    assert.equal(targets.length, 1);
    assert.equal(targets[0].uri.toString(), document.uri.toString());
    assert.equal(targets[0].range.start.line, ctx.lineOf(document, '- id: cmo'));
  });

  test('rename of a persona id edits its definition and every reference, and nothing else', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'persona: cmo\n', 'persona: '.length);
    const edit = await waitFor(
      () => vscode.commands.executeCommand<Vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', document.uri, position, 'chief'),
      'a rename edit');
    const edits = edit.get(document.uri);
    assert.deepEqual(edits.map((e) => e.newText), edits.map(() => 'chief'));
    assert.deepEqual(edits.map((e) => document.getText(e.range)), edits.map(() => 'cmo'));
    const lines = edits.map((e) => e.range.start.line).sort((a, b) => a - b);
    const expected = [ctx.lineOf(document, '- id: cmo'), ctx.lineOf(document, 'persona: cmo\n'), ctx.lineOf(document, 'persona: [cmo')];
    assert.deepEqual(lines, expected, 'the typo "cmoo" must not be renamed, the three real uses must');
    assert.equal(edit.entries().length, 1, 'rename touched other files');
  });

  test('references and highlights of a persona id are its definition and its two uses', async () => {
    const document = await features();
    const position = ctx.positionOf(document, 'persona: cmo\n', 'persona: c'.length);
    const expected = [ctx.lineOf(document, '- id: cmo'), ctx.lineOf(document, 'persona: cmo\n'), ctx.lineOf(document, 'persona: [cmo')];
    const references = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      return found.length > 0 ? found : undefined;
    }, 'references');
    assert.deepEqual(references.map((l) => l.range.start.line).sort((a, b) => a - b), expected);
    assert.deepEqual(references.map((l) => document.getText(l.range)), references.map(() => 'cmo'));
    const highlights = await vscode.commands.executeCommand<Vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
    assert.deepEqual(highlights.map((h) => h.range.start.line).sort((a, b) => a - b), expected);
  });

  test('the outline lists the personas, and the content grouped by phase', async () => {
    const document = await features();
    const symbols = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return found?.length ? found : undefined;
    }, 'an outline');
    const names = (list: readonly Vscode.DocumentSymbol[]) => list.map((symbol) => symbol.name);
    assert.deepEqual(names(symbols), ['Personas', 'Content']);
    assert.deepEqual(names(symbols[0].children), ['Carla, CMO', 'Dirk, Developer']);
    assert.deepEqual(names(symbols[1].children), ['Awareness', 'Consideration', 'Decision']);
    assert.deepEqual(symbols[1].children.map((phase) => names(phase.children)), [['Intro post', 'Typo piece'], ['Buyer guide'], ['Demo day']]);
  });

  test('a quick fix replaces an unknown persona with the suggested id', async () => {
    const uri = await ctx.writeFixture('quickfix.journey', FEATURES_PLAN);
    const document = (await ctx.open(uri)).document;
    const [unknown] = await ctx.waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'unknown-persona'), 'an unknown-persona diagnostic')
      .then((all) => all.filter((d) => codeOf(d) === 'unknown-persona'));
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Array<Vscode.CodeAction | Vscode.Command>>(
        'vscode.executeCodeActionProvider', uri, unknown.range, vscode.CodeActionKind.QuickFix.value, 10);
      return found.length > 0 ? found : undefined;
    }, 'quick fixes');
    const fix = actions.find((a): a is Vscode.CodeAction => 'title' in a && /“cmo”|"cmo"|\bcmo\b/.test(a.title) && !('command' in a && typeof a.command === 'string'));
    assert.ok(fix, `no quick fix naming "cmo" among: ${actions.map((a) => a.title).join(' | ')}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.equal(document.lineAt(unknown.range.start.line).text, '    persona: cmo');
    await ctx.waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'unknown-persona'), 'the unknown-persona diagnostic to go away');
    await document.save();
  });

  test('"Set the date to today" clears an overdue piece', async () => {
    // A date long past, so the piece is overdue whatever day the server takes for today.
    const uri = await ctx.writeFixture('overdue.journey', 'journey: Te laat\npersonas: [a]\ncontent:\n  - title: Oud stuk\n    persona: a\n    phase: "*"\n    status: draft  # nog bezig\n    date: 2000-01-10\n');
    const document = (await ctx.open(uri)).document;
    const [overdue] = await ctx.waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'overdue'), 'an overdue diagnostic')
      .then((all) => all.filter((d) => codeOf(d) === 'overdue'));
    assert.equal(document.getText(overdue.range), '2000-01-10');
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<Array<Vscode.CodeAction | Vscode.Command>>(
        'vscode.executeCodeActionProvider', uri, overdue.range, vscode.CodeActionKind.QuickFix.value, 10);
      return found.length > 0 ? found : undefined;
    }, 'quick fixes');
    assert.deepEqual(actions.map((a) => a.title), ['Set the date to today', 'Mark as published']);
    const fix = actions[0] as Vscode.CodeAction;
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)), 'the edit was not applied');
    assert.match(document.lineAt(overdue.range.start.line).text, /^    date: \d{4}-\d{2}-\d{2}$/);
    assert.equal(document.lineAt(overdue.range.start.line - 1).text, '    status: draft  # nog bezig');
    await ctx.waitForDiagnostics(uri, (all) => !all.some((d) => codeOf(d) === 'overdue'), 'the overdue diagnostic to go away');
    await document.save();
  });

  test('"Export Calendar…" is a command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('journey.exportCalendar'));
  });
}

// The client's protocol plumbing that runs without VS Code: VS Code values → LSP values, the
// reading of the server's sync options, the restart policy and the settings payloads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textDocumentSyncOf } from '../../client/src/lsp/capabilities';
import { MAX_RESTARTS, RestartPolicy } from '../../client/src/lsp/restartPolicy';
import { startedInDebugMode } from '../../client/src/lsp/serverProcess';
import { settingsOf, toJSONObject } from '../../client/src/lsp/settingsJson';
import { asCodeActionContext, asCompletionContext, asContentChanges, asDiagnostic, asTextDocumentItem, asUri, type DiagnosticLike } from '../../client/src/lsp/toProtocol';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const uri = (text: string) => ({ toString: () => text });

describe('VS Code values → LSP', () => {
  it('sends the uri as VS Code prints it, so the server echoes a string the client compares equal', () => {
    assert.equal(asUri(uri('file:///plans/a%20b.journey')), 'file:///plans/a%20b.journey');
  });

  it('opens a document with its language, version and text', () => {
    const document = { uri: uri('file:///p.journey'), languageId: 'journey', version: 7, getText: () => 'journey: x\n' };
    assert.deepEqual(asTextDocumentItem(document), { uri: 'file:///p.journey', languageId: 'journey', version: 7, text: 'journey: x\n' });
  });

  it('keeps VS Code\'s content changes as they are, in order, with plain ranges', () => {
    const changes = [
      { range: range(2, 4, 9), rangeOffset: 30, rangeLength: 5, text: 'cmo' },
      { range: range(0, 0, 0), rangeOffset: 0, rangeLength: 0, text: '# plan\n' },
    ];
    assert.deepEqual(asContentChanges(changes), [
      { range: range(2, 4, 9), rangeLength: 5, text: 'cmo' },
      { range: range(0, 0, 0), rangeLength: 0, text: '# plan\n' },
    ]);
  });

  it('gives a diagnostic back as the server sent it: severity, code with its link, source, tags, related info and data', () => {
    const diagnostic: DiagnosticLike = {
      range: range(3, 13, 17),
      message: 'Unknown persona “cmoo”; did you mean “cmo”?',
      severity: 0, // vscode.DiagnosticSeverity.Error
      code: { value: 'unknown-persona', target: uri('https://example.com/docs/diagnostics.md#unknown-persona') },
      source: 'journey',
      tags: [1, 2, 7],
      relatedInformation: [{ location: { uri: uri('file:///p.journey'), range: range(1, 8, 11) }, message: 'defined here' }],
    };
    assert.deepEqual(asDiagnostic(diagnostic, { suggestion: 'cmo' }), {
      range: range(3, 13, 17),
      message: 'Unknown persona “cmoo”; did you mean “cmo”?',
      severity: 1,
      code: 'unknown-persona',
      codeDescription: { href: 'https://example.com/docs/diagnostics.md#unknown-persona' },
      source: 'journey',
      tags: [1, 2],
      relatedInformation: [{ location: { uri: 'file:///p.journey', range: range(1, 8, 11) }, message: 'defined here' }],
      data: { suggestion: 'cmo' },
    });
  });

  it('maps every severity, and a plain code, and leaves out what is not there', () => {
    for (const [vscodeSeverity, lspSeverity] of [[0, 1], [1, 2], [2, 3], [3, 4]]) {
      assert.equal(asDiagnostic({ range: range(0, 0, 1), message: 'm', severity: vscodeSeverity }).severity, lspSeverity);
    }
    assert.deepEqual(asDiagnostic({ range: range(0, 0, 1), message: 'm', severity: 1, code: 42 }), { range: range(0, 0, 1), message: 'm', severity: 2, code: 42 });
  });

  it('sends a code action request\'s context: its diagnostics with their data, the kind asked for and the trigger', () => {
    const gap = { range: range(1, 0, 3), message: 'm', severity: 2, code: 'empty-cell', source: 'journey' };
    const other = { range: range(2, 0, 3), message: 'n', severity: 1 };
    const data = new Map<object, unknown>([[gap, { persona: 'cmo', phase: 'decision' }]]);
    assert.deepEqual(asCodeActionContext({ diagnostics: [gap, other], only: { value: 'quickfix' }, triggerKind: 1 }, (d) => data.get(d)), {
      diagnostics: [
        { range: range(1, 0, 3), message: 'm', severity: 3, code: 'empty-cell', source: 'journey', data: { persona: 'cmo', phase: 'decision' } },
        { range: range(2, 0, 3), message: 'n', severity: 2 },
      ],
      only: ['quickfix'],
      triggerKind: 1,
    });
    assert.equal('only' in asCodeActionContext({ diagnostics: [], triggerKind: 2 }, () => undefined), false);
  });

  it('shifts the completion trigger kinds by one, and keeps the trigger character', () => {
    assert.deepEqual(asCompletionContext({ triggerKind: 0 }), { triggerKind: 1 });
    assert.deepEqual(asCompletionContext({ triggerKind: 1, triggerCharacter: ' ' }), { triggerKind: 2, triggerCharacter: ' ' });
    assert.deepEqual(asCompletionContext({ triggerKind: 2 }), { triggerKind: 3 });
  });
});

describe('the server\'s text document sync', () => {
  it('reads the number form as vscode-languageclient does (save without text included)', () => {
    assert.deepEqual(textDocumentSyncOf({ textDocumentSync: 2 }), { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(textDocumentSyncOf({ textDocumentSync: 0 }), { openClose: false, change: 0 });
    assert.deepEqual(textDocumentSyncOf({}), { openClose: false, change: 0 });
  });

  it('reads the options form, with save as a boolean or with includeText', () => {
    assert.deepEqual(textDocumentSyncOf({ textDocumentSync: { openClose: true, change: 2 } }), { openClose: true, change: 2, save: undefined });
    assert.deepEqual(textDocumentSyncOf({ textDocumentSync: { openClose: true, change: 1, save: true } }), { openClose: true, change: 1, save: { includeText: false } });
    assert.deepEqual(textDocumentSyncOf({ textDocumentSync: { openClose: true, save: { includeText: true } } }), { openClose: true, change: 0, save: { includeText: true } });
  });
});

describe('restarting a crashed server', () => {
  it(`restarts ${MAX_RESTARTS} times within 3 minutes and gives up at the next crash`, () => {
    const policy = new RestartPolicy();
    const start = 1_000_000;
    for (let i = 0; i < MAX_RESTARTS; i++) assert.equal(policy.shouldRestart(start + i * 1000), true, `crash ${i + 1}`);
    assert.equal(policy.shouldRestart(start + 10_000), false);
  });

  it('keeps restarting when the crashes are spread over more than 3 minutes', () => {
    const policy = new RestartPolicy();
    for (let i = 0; i < 20; i++) assert.equal(policy.shouldRestart(i * 60_000), true, `crash ${i + 1}`);
  });
});

describe('settings for the server', () => {
  it('copies settings into plain JSON: own properties only, arrays kept', () => {
    const proxyLike = Object.assign(Object.create({ inherited: true }), { severity: { 'empty-cell': 'off' }, list: [{ a: 1 }] });
    const copy = toJSONObject(proxyLike) as Record<string, unknown>;
    assert.deepEqual(JSON.parse(JSON.stringify(copy)), { severity: { 'empty-cell': 'off' }, list: [{ a: 1 }] });
    assert.equal('inherited' in copy, false);
    assert.equal(toJSONObject(5), 5);
  });

  it('places each synchronized section at its dotted path, skipping unset ones', () => {
    const values: Record<string, unknown> = { journey: { rules: { minPerCell: 2 } }, 'editor.tabSize': 2 };
    const settings = settingsOf(['journey', 'editor.tabSize', 'unset.section'], (section) => values[section]);
    assert.deepEqual(JSON.parse(JSON.stringify(settings)), { journey: { rules: { minPerCell: 2 } }, editor: { tabSize: 2 } });
  });
});

describe('debug mode', () => {
  it('is on when the extension host runs with an inspector flag', () => {
    assert.equal(startedInDebugMode([]), false);
    assert.equal(startedInDebugMode(['--max-old-space-size=4096']), false);
    assert.equal(startedInDebugMode(['--inspect=9229']), true);
    assert.equal(startedInDebugMode(['--inspect-brk']), true);
    assert.equal(startedInDebugMode(['--inspector-something']), false);
  });
});

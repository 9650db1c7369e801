// The server's documents (lsp/planDocument.ts) apply the client's changes themselves, keeping
// the text's LineIndex the analysis reads. They must agree with vscode-languageserver-textdocument,
// the reference, on any change sequence — ranges out of bounds or backwards, CRLF, a lone CR,
// surrogate pairs — and their index must be the one a fresh scan finds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, LineIndex, toMatrixModel } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { PLAN_DOCUMENTS } from '../../server/src/lsp/planDocument';
import { Rng } from '../fuzz/mutate';


const fresh = (text: string): TextDocument => TextDocument.create('file:///p.journey', 'journey', 1, text);

const PIECES = ['\n', '\r\n', '\r', 'x', '😀', 'é', '  - title: Nieuw\n    persona: it\n', ''];

describe('the server\'s documents', () => {
  it('apply ranged and full changes as vscode-languageserver-textdocument does', () => {
    const start = readFileSync('samples/webshop-custom-phases.journey', 'utf8');
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const ours = PLAN_DOCUMENTS.create('file:///p.journey', 'journey', 1, start);
      let reference = TextDocument.create('file:///p.journey', 'journey', 1, start);
      for (let version = 2; version < 40; version++) {
        const position = () => ({ line: rng.int(reference.lineCount + 2) - 1, character: rng.int(30) - 2 });
        const changes = Array.from({ length: 1 + rng.int(3) }, () =>
          rng.chance(0.05) ? { text: rng.pick([start, 'journey: x\r\n', '']) } : { range: { start: position(), end: position() }, text: rng.pick(PIECES) },
        );
        const before = ours.getText();
        PLAN_DOCUMENTS.update(ours, changes, version);
        // Change by change, each on a fresh copy: the reference's own line offsets can go wrong
        // when edits join a CR and an LF (it then counts "\r\n" as two lines).
        for (const change of changes) reference = TextDocument.update(fresh(reference.getText()), [change], version);
        const where = `(seed ${seed}, version ${version}, ${JSON.stringify(changes)})`;
        assert.equal(ours.getText(), reference.getText(), `text ${where}`);
        assert.equal(ours.version, version);
        reference = fresh(reference.getText());
        assert.equal(ours.lines.lineCount, reference.lineCount, `line count ${where}`);
        assert.deepEqual(ours.lines.starts, new LineIndex(ours.getText()).starts, `line index ${where}`);
        const p = position();
        assert.equal(ours.lines.offset(p), reference.offsetAt(p), `offset of ${JSON.stringify(p)} ${where}`);
        // What the changes kept of the text before them (for the analysis), unless one replaced it all.
        const after = ours.getText();
        if (changes.some((change) => !('range' in change))) assert.equal(ours.edited, undefined, `edited ${where}`);
        else {
          const { from, prefix, suffix } = ours.edited!;
          assert.equal(from, before);
          assert.ok(prefix + suffix <= Math.min(before.length, after.length), `prefix ${prefix} + suffix ${suffix} ${where}`);
          assert.equal(after.slice(0, prefix), before.slice(0, prefix), `prefix ${where}`);
          assert.equal(after.slice(after.length - suffix), before.slice(before.length - suffix), `suffix ${where}`);
        }
        // Taken, as the analysis takes it (else the next changes add to it: see below).
        ours.edited = undefined;
      }
    }
  });

  it('give the analyzer the line index it would have made, and where the edit was', () => {
    const OPTIONS = {};
    const document = PLAN_DOCUMENTS.create('file:///p.journey', 'journey', 1, readFileSync('samples/webshop-custom-phases.journey', 'utf8'));
    const analyzer = new IncrementalAnalyzer();
    for (let version = 2; version < 8; version++) {
      PLAN_DOCUMENTS.update(document, [{ range: { start: { line: 3 * version, character: 0 }, end: { line: 3 * version, character: 0 } }, text: '# opmerking\n' }], version);
      const analysis = analyzer.update(document.getText(), OPTIONS, document.lines, document.edited);
      document.edited = undefined;
      assert.equal(analysis.lines, document.lines, 'the document\'s own index, not a copy');
      const expected = analyze(document.getText());
      assert.deepEqual(analysis.diagnostics, expected.diagnostics);
      assert.deepEqual(toMatrixModel(analysis), toMatrixModel(expected));
    }
    // Two changes before the analysis takes the hint: it still describes the edit since the text the analysis saw.
    const seen = document.getText();
    const lineTwo = document.lines.lineStart(2);
    PLAN_DOCUMENTS.update(document, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '# een\n' }], 20);
    PLAN_DOCUMENTS.update(document, [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: '# twee\n' }], 21);
    const now = document.getText();
    const afterTwee = now.indexOf('# twee\n') + '# twee\n'.length;
    assert.deepEqual(document.edited, { from: seen, prefix: lineTwo, suffix: now.length - afterTwee });
    assert.deepEqual(analyzer.update(now, OPTIONS, document.lines, document.edited).diagnostics, analyze(now).diagnostics);
    // An index of another text is not used.
    const other = new LineIndex('journey: other\n');
    assert.notEqual(analyzer.update(document.getText(), {}, other).lines, other);
  });
});

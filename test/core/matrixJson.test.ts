// The matrix's JSON as the language server writes it (core/matrixJson.ts) must be the matrix
// model exactly, ASCII only, on any plan, and stay so across edits: it keeps each piece's JSON
// from write to write, so a piece changed or moved by an edit must be written anew.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze, asciiJson, MatrixJsonWriter, toMatrixModel, type Analysis } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { FULL_PLAN } from '../helpers/plans';

const SAMPLES = readdirSync('samples')
  .filter((name) => name.endsWith('.journey'))
  .map((name) => readFileSync(join('samples', name), 'utf8'));

/** Titles and values JSON must escape or that are not ASCII: quotes, backslashes, controls, U+2028, emoji, a lone surrogate. */
const AWKWARD = `journey: "Plan \\"quoted\\" — café ☕"
model: hubspot
personas:
  - id: it
    name: "Ivo \\\\ IT"
  - id: "persönlich"
    name: Émile 👩‍💻
content:
  - id: a
    title: "Tab\\there, line\\u2028separator, bell\\a, lone \\ud800 half"
    persona: it
    phase: awareness
    owner: "Zoë"
    url: "https://example.com/é?q=\\"x\\""
  - title: 💡 Idee — “aanhalingstekens”
    persona: persönlich
    phase: [awareness, decision]
    status: published
  - title: "</script><b>&amp;</b>"
    persona: "*"
    phase: consideration
`;

function assertWritten(json: string, analysis: Analysis, where: string): void {
  assert.match(json, /^[\x20-\x7e]*$/, `ASCII only ${where}`);
  assert.deepEqual(JSON.parse(json), toMatrixModel(analysis), `the matrix model ${where}`);
}

describe('the matrix as JSON text', () => {
  it('is the matrix model, in ASCII, for every sample and for awkward strings', () => {
    for (const [k, text] of [...SAMPLES, AWKWARD, FULL_PLAN, '', 'content: [', 'journey: x\n'].entries()) {
      const analysis = analyze(text);
      const json = new MatrixJsonWriter().write(analysis).join('');
      assertWritten(json, analysis, `(plan ${k})`);
      // Byte for byte what JSON.stringify writes, non-ASCII escaped: same fields, same order.
      assert.equal(json, asciiJson(JSON.stringify(toMatrixModel(analysis))));
    }
  });

  it('writes again what it wrote, and follows edits that change or move pieces', () => {
    const analyzer = new IncrementalAnalyzer();
    const writer = new MatrixJsonWriter();
    let text = SAMPLES[0];
    let analysis = analyzer.update(text);
    const first = writer.write(analysis).join('');
    assert.equal(writer.write(analysis).join(''), first);
    const edits: Array<[string, (t: string) => string]> = [
      ['a title changed', (t) => t.replace(/title: (.*)/, 'title: $1 — herzien')],
      ['lines inserted above every piece', (t) => t.replace('content:\n', 'content:\n\n\n')],
      ['lines removed above every piece', (t) => t.replace('content:\n\n\n', 'content:\n')],
      ['a piece moved to another cell', (t) => t.replace(/phase: (\w+)/, 'phase: loyalty')],
      ['a piece deleted', (t) => t.replace(/\n  - [\s\S]*?(?=\n  - )/, '')],
      ['broken YAML', (t) => t + '\n  - title: "unclosed'],
    ];
    for (const [what, edit] of edits) {
      text = edit(text);
      analysis = analyzer.update(text);
      assertWritten(writer.write(analysis).join(''), analysis, `after ${what}`);
    }
    text = SAMPLES[0];
    analysis = analyzer.update(text);
    assertWritten(writer.write(analysis).join(''), analysis, 'after the text came back');
    assert.equal(writer.write(analysis).join(''), first);
  });

  it('keeps the first line of a piece it wrote right when only later lines move', () => {
    const analyzer = new IncrementalAnalyzer();
    const writer = new MatrixJsonWriter();
    let text = FULL_PLAN;
    writer.write(analyzer.update(text));
    // Line numbers of one and several digits: a piece moves from line 9 to line 10 and beyond.
    for (let k = 0; k < 12; k++) {
      text = text.replace('content:\n', 'content:\n\n');
      const analysis = analyzer.update(text);
      assertWritten(writer.write(analysis).join(''), analysis, `after ${k + 1} blank lines`);
    }
  });
});

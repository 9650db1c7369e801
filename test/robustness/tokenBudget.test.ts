// The token budget: a text of more lexemes than the analysis gets through in about a second
// gets one file-too-large diagnostic instead, from scratch and through the incremental path
// alike (its parts count their lexemes; together they are the whole text's).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { complete } from '../../server/src/core/completion';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { MAX_TOKENS, parseYaml } from '../../server/src/core/parse';
import { FULL_PLAN } from '../helpers/plans';

const OVER = 'This file has more than 800,000 YAML tokens (keys, values, punctuation, line breaks), more than Journey analyses without keeping the editor waiting, so it is not checked.';

describe('token budget', () => {
  it('is 800,000 lexemes; one more gets one file-too-large warning, in either language', () => {
    assert.equal(MAX_TOKENS, 800_000);
    assert.equal(parseYaml('\n'.repeat(MAX_TOKENS)).tokens, MAX_TOKENS);
    assert.deepEqual(analyze('\n'.repeat(MAX_TOKENS)).diagnostics.map((d) => d.code), ['missing-field']);
    const over = analyze('\n'.repeat(MAX_TOKENS + 1));
    assert.deepEqual(over.diagnostics.map((d) => [d.code, d.severity, d.message]), [['file-too-large', 'warning', OVER]]);
    assert.deepEqual(over.plan.pieces, []);
    assert.equal(over.notAnalysed, true);
    assert.deepEqual(complete(over, 1000), []); // no walk over 800,001 blank lines for nothing
    assert.equal(analyze('\n'.repeat(MAX_TOKENS)).notAnalysed, undefined);
    assert.match(analyze('\n'.repeat(MAX_TOKENS + 1), { locale: 'nl' }).diagnostics[0].message, /^Dit bestand heeft meer dan 800\.000 YAML-tokens /);
  });

  it('counts lexemes, not characters: a long value is one', () => {
    assert.equal(parseYaml(`journey: ${'x'.repeat(100_000)}\n`).tokens, 5); // journey, :, space, the value, line break
  });

  it('the incremental path says the same as a full analysis, on both sides of the budget', () => {
    const item = '  - title: Stuk\n    persona: it-manager\n    phase: awareness\n';
    const text = FULL_PLAN.trimEnd() + '\n' + item.repeat(40);
    const tokens = parseYaml(text).tokens;
    const options = { maxTokens: tokens + 3 };
    const analyzer = new IncrementalAnalyzer();
    assert.deepEqual(analyzer.update(text, options).diagnostics, analyze(text, options).diagnostics);
    // An edit inside one item, still under the budget: read incrementally, same answer.
    const under = text.replace('title: Stuk\n', 'title: Stuk twee\n');
    assert.deepEqual(analyzer.update(under, options).diagnostics, analyze(under, options).diagnostics);
    assert.equal(analyzer.last.mode, 'incremental');
    // Five more lexemes in one item ([, a, comma, space, b, ] for one value): over the budget, which only the sum of the parts shows.
    const over = text.replace('title: Stuk\n', 'title: [a, b]\n');
    assert.equal(parseYaml(over).tokens, tokens + 5);
    assert.deepEqual(analyzer.update(over, options).diagnostics.map((d) => d.message), [OVER.replace('800,000', String(tokens + 3).replace(/\B(?=(\d{3})+$)/g, ','))]);
    assert.deepEqual(analyzer.update(under, options).diagnostics, analyze(under, options).diagnostics);
  });
});

// language-configuration.json: words keep their dashes (it-manager), and Enter indents the way YAML
// lists need. VS Code applies the first onEnterRule whose beforeText matches the text before the
// cursor, else the increaseIndentPattern; `whereEnterGoes` replays that for a cursor at the line end.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

// out/test/grammar/languageConfiguration.test.js → the repository root
const ROOT = path.resolve(__dirname, '..', '..', '..');

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { offSide: boolean };
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string } }[];
}

const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;
const TAB = '  ';

/** The indentation of the new line after pressing Enter at the end of `line` (tab size 2, spaces). */
function whereEnterGoes(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  for (const rule of config.onEnterRules) {
    if (!new RegExp(rule.beforeText).test(line)) continue;
    assert.ok(rule.action.indent === 'none' || rule.action.indent === 'indent', `unexpected action ${rule.action.indent}`);
    return (rule.action.indent === 'indent' ? indent + TAB : indent) + (rule.action.appendText ?? '');
  }
  return new RegExp(config.indentationRules.increaseIndentPattern).test(line) ? indent + TAB : indent;
}

/** The word under `column` (0-based), as VS Code's word-based features pick it. */
function wordAt(line: string, column: number): string | null {
  for (const match of line.matchAll(new RegExp(config.wordPattern, 'g'))) {
    if (match.index! <= column && column <= match.index! + match[0].length) return match[0];
  }
  return null;
}

describe('language configuration', () => {
  it('comments with #, pairs brackets and quotes, folds by indentation', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']']]);
    assert.deepEqual(config.autoClosingPairs.map((p) => p.open + p.close), ['{}', '[]', '""', "''"]);
    assert.deepEqual(config.surroundingPairs.map((p) => p.join('')), ['{}', '[]', '""', "''"]);
    assert.equal(config.folding.offSide, true);
  });

  it('treats ids, keys and dates with dashes as one word', () => {
    assert.equal(wordAt('    persona: it-manager', 16), 'it-manager');
    assert.equal(wordAt('  - { persona: it-manager, phase: see-think-do-care }', 40), 'see-think-do-care');
    assert.equal(wordAt('  min-per-cell: 1', 5), 'min-per-cell');
    assert.equal(wordAt('    date: 2026-02-10', 14), '2026-02-10');
    assert.equal(wordAt('    persona: it-manager', 6), 'persona', 'the colon is not part of the key');
    assert.equal(wordAt('  - id: erp-signs', 4), 'id', 'the list dash is not part of the word after it');
    assert.equal(wordAt('  - id: erp-signs', 2), null);
    assert.equal(wordAt('    name: Joëlle, zzp-er', 12), 'Joëlle');
  });

  it('indents after a key that opens a block', () => {
    assert.equal(whereEnterGoes('phases:'), '  ');
    assert.equal(whereEnterGoes('content:   # the pieces'), '  ');
    assert.equal(whereEnterGoes('    kpi:'), '      ');
    assert.equal(whereEnterGoes('    notes: |'), '      ');
    assert.equal(whereEnterGoes('    notes: >-  # folded'), '      ');
    assert.equal(whereEnterGoes('    kpi: {'), '      ');
  });

  it('continues a "- key: value" item at the column of its content', () => {
    assert.equal(whereEnterGoes('  - id: awareness'), '    ');
    assert.equal(whereEnterGoes('- title: 5 signalen: een lijst'), '  ');
    assert.equal(whereEnterGoes('  - url: https://example.com/a#b'), '    ');
    assert.equal(whereEnterGoes('  - persona:'), '      ', 'a key with its value below goes one level deeper');
    assert.equal(whereEnterGoes('  - notes: |'), '      ');
  });

  it('keeps the indentation after plain values, bare items and comments', () => {
    assert.equal(whereEnterGoes('    title: Over ERP'), '    ');
    assert.equal(whereEnterGoes('  - consideration'), '  ');
    assert.equal(whereEnterGoes('    - { persona: cfo, phase: advocacy }'), '    ');
    assert.equal(whereEnterGoes('  # personas:'), '  ');
    assert.equal(whereEnterGoes('    persona: [it-manager, cfo]'), '    ');
  });

  it('outdents a closing bracket', () => {
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(decrease.test('    ]'));
    assert.ok(decrease.test('  }'));
    assert.ok(!decrease.test('    - [a, b]'));
  });
});

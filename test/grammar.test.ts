// The TextMate grammar (syntaxes/journey.tmLanguage.json): generated from its build script, self-contained,
// and passing the scope assertions in test/grammar/*.journey (run by the vscode-tmgrammar-test CLI).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ACTION_IMPACTS, ACTION_KEYS, ACTION_TERMS, IGNORE_KEYS, MAP_KEYS, PERSONA_KEYS, PERSONA_STAGES, PHASE_KEYS, PHASE_MODELS, PIECE_KEYS, PIECE_STATUSES, RULES_KEYS, STAGES, TOP_LEVEL_KEYS } from '../server/src/core';

// out/test/grammar.test.js → the repository root
const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'journey.tmLanguage.json');
const CASES_DIR = path.join(ROOT, 'test', 'grammar');

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function grammarTestCli(): string {
  const pkgDir = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(pkgDir, pkg.bin['vscode-tmgrammar-test']);
}

const testCases = () => readdirSync(CASES_DIR).filter((f) => f.endsWith('.journey')).sort();

/** Every `include` in a grammar rule tree. */
function includes(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) includes(n, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'include' && typeof v === 'string') found.push(v);
      else includes(v, found);
    }
  }
  return found;
}

/** What syntaxes/build-grammar.mjs exports about the format it scopes. */
interface GrammarSource {
  knownKeys(): Record<'top' | 'phases' | 'personas' | 'content' | 'rules' | 'map' | 'actions', string[]>;
  STATUSES: string[];
  STAGES: string[];
  PERSONA_STAGES: string[];
  TERMS: string[];
  IMPACTS: string[];
  MODELS: string[];
}

const sorted = (values: readonly string[]) => [...values].sort();

describe('journey grammar', () => {
  it('knows the same keys, statuses, stages and models as the analysis core', async () => {
    const source = (await import(pathToFileURL(path.join(ROOT, 'syntaxes', 'build-grammar.mjs')).href)) as GrammarSource;
    const keys = source.knownKeys();
    assert.deepEqual(sorted(keys.top), sorted(TOP_LEVEL_KEYS));
    assert.deepEqual(sorted(keys.phases), sorted(PHASE_KEYS));
    assert.deepEqual(sorted(keys.personas), sorted(PERSONA_KEYS));
    assert.deepEqual(sorted(keys.content), sorted(PIECE_KEYS));
    assert.deepEqual(sorted(keys.rules), sorted([...RULES_KEYS, ...IGNORE_KEYS]));
    assert.deepEqual(sorted(keys.map), sorted(MAP_KEYS));
    assert.deepEqual(sorted(keys.actions), sorted(ACTION_KEYS));
    assert.deepEqual(sorted(source.STATUSES), sorted(PIECE_STATUSES));
    assert.deepEqual(sorted(source.STAGES), sorted(STAGES));
    assert.deepEqual(sorted(source.PERSONA_STAGES), sorted(PERSONA_STAGES));
    assert.deepEqual(sorted(source.TERMS), sorted(ACTION_TERMS));
    assert.deepEqual(sorted(source.IMPACTS), sorted(ACTION_IMPACTS));
    assert.deepEqual(sorted(source.MODELS), sorted(PHASE_MODELS.map((m) => m.id)));
  });

  it('is what syntaxes/build-grammar.mjs generates', () => {
    const { status, output } = run([path.join(ROOT, 'syntaxes', 'build-grammar.mjs'), '--check']);
    assert.equal(status, 0, output);
  });

  it('is self-contained: every include points into its own repository', () => {
    const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8')) as { scopeName: string; repository: Record<string, unknown> };
    assert.equal(grammar.scopeName, 'source.journey');
    for (const include of includes(grammar)) {
      assert.match(include, /^#/, `external include ${include}`);
      assert.ok(include.slice(1) in grammar.repository, `missing repository rule ${include}`);
    }
  });

  it('asserts every scope the format relies on somewhere in test/grammar', () => {
    const assertions = testCases()
      .map((f) => readFileSync(path.join(CASES_DIR, f), 'utf8'))
      .join('\n')
      .split('\n')
      .filter((line) => /^#\s*(\^|<-)/.test(line))
      .join('\n');
    const required = [
      'comment.line.number-sign.yaml',
      'keyword.other.key.top.journey',
      'keyword.other.key.phase.journey',
      'keyword.other.key.persona.journey',
      'keyword.other.key.piece.journey',
      'keyword.other.key.rules.journey',
      'keyword.other.key.ignore.journey',
      'entity.name.tag.yaml',
      'entity.name.type.phase.journey',
      'entity.name.type.persona.journey',
      'entity.name.type.content.journey',
      'variable.other.persona.journey',
      'variable.other.phase.journey',
      ...['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired'].map((s) => `constant.language.status.${s}.journey`),
      'constant.language.stage.buyer.journey',
      'constant.language.stage.customer.journey',
      'constant.language.stage.both.journey',
      'keyword.other.key.map.journey',
      'keyword.other.key.action.journey',
      ...['short', 'long'].map((term) => `constant.language.term.${term}.journey`),
      ...['low', 'high'].map((impact) => `constant.language.impact.${impact}.journey`),
      'support.constant.model.journey',
      'constant.numeric.date.journey',
      'constant.numeric.integer.yaml',
      'constant.numeric.float.yaml',
      'markup.underline.link.journey',
      'string.quoted.double.yaml',
      'string.quoted.single.yaml',
      'string.unquoted.block.yaml',
      'constant.language.wildcard.journey',
      'punctuation.definition.block.sequence.item.yaml',
      'meta.flow-sequence.yaml',
      'meta.flow-mapping.yaml',
      'variable.other.anchor.yaml',
      'variable.other.alias.yaml',
      'entity.other.document.begin.yaml',
      'entity.other.document.end.yaml',
    ];
    const missing = required.filter((scope) => !new RegExp(`[ ^]${scope.replace(/\./g, '\\.')}(\\s|$)`, 'm').test(assertions));
    assert.deepEqual(missing, []);
  });

  it('passes the scope assertions in test/grammar/*.journey', () => {
    const cases = testCases();
    assert.ok(cases.length > 0, 'no grammar test cases found');
    const { status, output } = run([grammarTestCli(), '-g', GRAMMAR, ...cases.map((f) => path.join(CASES_DIR, f))]);
    assert.equal(status, 0, output);
    for (const f of cases) assert.ok(output.includes(f), `${f} was not run:\n${output}`);
  });
});

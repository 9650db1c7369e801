// The nesting limit: a collection opened more than MAX_NESTING levels deep gets one yaml-syntax
// error where it opens, what is inside is not read, and the rest of the plan is. The parser never
// goes deeper, so no analysis depends on how much stack is left: the same text gets the same
// answer however deep the caller's own stack already is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, isCollection, isPair, Lexer } from 'yaml';
import { analyze, type Analysis } from '../../server/src/core';
import { MAX_NESTING, NestingGuard } from '../../server/src/core/nesting';
import { parseYaml } from '../../server/src/core/parse';
import { Rng } from '../fuzz/mutate';

const NESTED = 'YAML syntax error: nested more than 64 levels deep. Journey reads no deeper, so what is written in here is not checked.';
const deep = (analysis: Analysis): { start: number; end: number }[] => analysis.diagnostics.filter((d) => d.message === NESTED).map((d) => d.span);
const PLAN_TAIL = 'journey: T\ncontent:\n  - title: Blog\n    persona: a\n    phase: awareness\n';

/** The depth of the composed tree, walked with a stack of its own. */
function treeDepth(doc: Document.Parsed): number {
  let max = 0;
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isCollection(node)) {
      max = Math.max(max, depth + 1);
      for (const item of node.items) stack.push([item, depth + 1]);
    } else if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    }
  }
  return max;
}

describe('nesting limit', () => {
  it('is 64 levels', () => assert.equal(MAX_NESTING, 64));

  it('flow: the bracket that opens level 65 gets the one error, the rest of the plan is read', () => {
    const value = `${'['.repeat(70)}a${']'.repeat(70)}`;
    const text = `personas: [a, ${value}]\n${PLAN_TAIL}`;
    const analysis = analyze(text);
    // personas: is level 1, its list level 2, so the 63rd bracket of the value opens level 65.
    const at = 'personas: [a, '.length + 62;
    assert.deepEqual(deep(analysis), [{ start: at, end: at + 1 }]);
    assert.deepEqual(analysis.plan.personas.map((p) => p.id), ['a']);
    assert.equal(analysis.plan.pieces[0].title, 'Blog');
    assert.equal(analysis.matrix.cells.find((cell) => cell.persona.id === 'a' && cell.phase.id === 'awareness')?.count, 1);
  });

  it('64 levels are fine', () => {
    const text = `personas: [a]\nx: ${'['.repeat(63)}a${']'.repeat(63)}\n`;
    assert.deepEqual(deep(analyze(text)), []);
    assert.equal(treeDepth(parseYaml(text).docs[0]), 64);
  });

  it('block: the 65th level of `- ` and of indented keys, then the plan goes on', () => {
    const dashes = `personas:\n  ${'- '.repeat(100)}x\n${PLAN_TAIL}`;
    // Level 1 is the root mapping; the n-th `- ` opens level n + 1.
    const at = 'personas:\n  '.length + 2 * 63;
    assert.deepEqual(deep(analyze(dashes)), [{ start: at, end: at + 1 }]);
    assert.equal(analyze(dashes).plan.pieces[0].title, 'Blog');

    const keys = `${Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n${PLAN_TAIL}`;
    const key64 = keys.indexOf('k64:');
    assert.deepEqual(deep(analyze(keys)), [{ start: key64, end: key64 + 4 }]);
    assert.equal(analyze(keys).plan.title, 'T');
  });

  it('a pair or `- ` that opens level 65 inside a list: blanked to the end of the pair, the list goes on', () => {
    const pair = `x: ${'['.repeat(63)}a: b, c${']'.repeat(63)}\njourney: T\n`;
    const analysis = analyze(pair);
    const at = pair.indexOf('a: b');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'yaml-syntax').map((d) => [d.span, d.message]), [[{ start: at, end: at + 2 }, NESTED]]);
    assert.equal(analysis.plan.title, 'T');
    const dash = `x: ${'['.repeat(63)}- a, c${']'.repeat(63)}\njourney: T\n`;
    const { docs, tooDeep } = parseYaml(dash);
    assert.deepEqual(tooDeep, [{ start: dash.indexOf('- a'), end: dash.indexOf('- a') + 1 }]);
    assert.ok(!docs[0].errors.some((e) => /flow|end with/i.test(e.message)), docs[0].errors.map((e) => e.message).join('\n'));
    assert.equal(analyze(dash).plan.title, 'T');
  });

  it('a block scalar is text, however it is indented', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i + 2)}- line ${i}`).join('\n');
    const text = `journey: T\npersonas: [a]\nnotes: |\n${lines}\n`;
    assert.deepEqual(deep(analyze(text)), []);
  });

  it('each too-deep stretch is reported once, however long it is', () => {
    const text = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\nb: ${'{x: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    const spans = deep(analyze(text));
    const b = text.indexOf('b: ') + 3 + 4 * 63;
    assert.deepEqual(spans, [{ start: 3 + 63, end: 3 + 64 }, { start: b, end: b + 1 }]);
  });

  it('an unclosed stretch ends where the lexer leaves flow context, and the keys after it are read', () => {
    const text = `personas: ${'['.repeat(5000)}\njourney: Title\n`;
    const analysis = analyze(text);
    assert.deepEqual(deep(analysis), [{ start: 10 + 63, end: 10 + 64 }]);
    assert.equal(analysis.plan.title, 'Title');
  });

  it('hundreds of thousands of levels, flow, block and mixed: one error each, no deeper tree', () => {
    const shapes = [
      '['.repeat(200_000),
      '{a: '.repeat(100_000),
      `${'- '.repeat(200_000)}x\ny: 1\n`,
      '? '.repeat(200_000),
      '- ['.repeat(100_000),
      `${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}\nz: 1\n`,
      `${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')}\nz: 1\n`,
    ];
    for (const text of shapes) {
      const { docs, tooDeep } = parseYaml(text);
      assert.equal(tooDeep.length, 1, text.slice(0, 20));
      for (const doc of docs) assert.ok(treeDepth(doc) <= MAX_NESTING, `${treeDepth(doc)} levels for ${JSON.stringify(text.slice(0, 20))}`);
    }
  });

  it('never lets the parser build a deeper tree than it counted (random nesting)', () => {
    const rng = new Rng(19);
    const pieces = ['[', ']', '{', '}', 'a: ', '- ', '? ', ', ', '\n', '\n  ', '\n    ', 'x', '"q\n r"', '|\n  t\n', '# c\n', '&a ', '*a'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = rng.int(2000); i > 0; i--) text += rng.pick(pieces);
      const { docs } = parseYaml(text);
      for (const doc of docs) assert.ok(treeDepth(doc) <= MAX_NESTING, JSON.stringify(text.slice(0, 200)));
    }
  });

  it('blanks keep every offset and line break: the guard passes exactly the text it was given, or blanks of it', () => {
    const text = `a: ${'['.repeat(80)}"x\r\n  y"${']'.repeat(80)}\nb: 1\n`;
    const guard = new NestingGuard(0);
    let fed = '';
    for (const lexeme of new Lexer().lex(text)) {
      const out = guard.next(lexeme);
      fed += (typeof out === 'string' ? [out] : out).join('').replace(/[\u0002\u0018\u001f]/g, '');
    }
    // From the bracket that opens level 65 to the one that closes it.
    const start = 3 + 63;
    const end = 3 + 80 + '"x\r\n  y"'.length + 17;
    assert.equal(fed, text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end));
  });

  it('the answer does not depend on how much stack the caller has left', () => {
    const texts = [`personas: ${'['.repeat(20_000)}\n`, `a:\n  ${'- '.repeat(20_000)}x\n`, `personas: [a]\n${'{x: '.repeat(5_000)}\n`];
    const at = (frames: number, run: () => string): string => (frames === 0 ? run() : at(frames - 1, run));
    for (const text of texts) {
      const answers = [0, 2_000, 6_000].map((frames) => at(frames, () => JSON.stringify(analyze(text).diagnostics)));
      assert.equal(answers[1], answers[0]);
      assert.equal(answers[2], answers[0]);
      assert.ok(!answers[0].includes('analysis-failed'));
    }
  });

  it('is said in Dutch too', () => {
    const message = analyze(`a: ${'['.repeat(70)}`, { locale: 'nl' }).diagnostics.find((d) => d.span.start === 3 + 63)?.message;
    assert.equal(message, 'YAML-syntaxfout: meer dan 64 niveaus diep genest. Journey leest niet dieper, dus wat hierin staat wordt niet gecontroleerd.');
  });
});

// Any input gets an answer: for every hostile input the core returns diagnostics (never throws,
// never an empty answer for a file that is not a plan), and every editor function still works on
// the result. Timings are measured by `npm run fuzz`, not asserted here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, DEFAULT_MAX_FILE_SIZE, toMatrixModel } from '../../server/src/core';
import { codeActionsFor } from '../../server/src/core/edits';
import { MAX_ADD_ACTIONS } from '../../server/src/core/edits/codeActions';
import { exerciseCore } from '../fuzz/exercise';
import { Rng } from '../fuzz/mutate';
import { allEdits, checkEdits } from './editChecks';
import { aliasBomb, HOSTILE_INPUTS } from './hostileInputs';

describe('hostile input: the core always answers', () => {
  for (const input of HOSTILE_INPUTS) {
    it(input.name, () => {
      const text = input.make();
      const problems = exerciseCore(text, new Rng(7), { edits: text.length < 200_000 });
      assert.deepEqual(problems, []);
      const { diagnostics } = analyze(text);
      const codes: string[] = diagnostics.map((d) => d.code);
      for (const code of input.expect) assert.ok(codes.includes(code), `expected ${code}, got ${codes.slice(0, 10).join(', ')}`);
      assert.ok(!codes.includes('analysis-failed'), diagnostics.find((d) => d.code === 'analysis-failed')?.message);
    });
  }
});

describe('hostile input: what the answers say', () => {
  it('deep nesting gets one diagnostic that says so, where level 65 opens', () => {
    const text = HOSTILE_INPUTS.find((input) => input.name === '10,000-deep block sequences')!.make();
    const syntax = analyze(text).diagnostics.filter((d) => d.code === 'yaml-syntax');
    const at = 'personas:\n  '.length + 2 * 63;
    assert.deepEqual(
      syntax.map((d) => [d.span.start, d.message]),
      [[at, 'YAML syntax error: nested more than 64 levels deep. Journey reads no deeper, so what is written in here is not checked.']],
    );
  });

  it('a file over the limit gets exactly one file-too-large diagnostic, in either language', () => {
    const text = `journey: ${'x'.repeat(DEFAULT_MAX_FILE_SIZE)}\npersonas: [a]\n`;
    const [only, ...rest] = analyze(text).diagnostics;
    assert.deepEqual(rest, []);
    assert.equal(only.code, 'file-too-large');
    assert.equal(only.severity, 'warning');
    assert.equal(only.message, 'This file is 5.0 MB, more than the 5.0 MB Journey analyses (setting “journey.maxFileSize”), so it is not checked.'.replace('5.0 MB,', `${text.length} bytes,`).replace('the 5.0 MB', `the ${DEFAULT_MAX_FILE_SIZE} bytes`));
    assert.match(analyze(text, { locale: 'nl' }).diagnostics[0].message, /^Dit bestand is \d+ bytes, groter dan de 5242880 bytes die Journey analyseert \(instelling “journey\.maxFileSize”\)/);
    assert.deepEqual(toMatrixModel(analyze(text)).cells, []);
  });

  it('the limit counts UTF-8 bytes and is a setting', () => {
    const plan = 'journey: ééé\npersonas: [a]\n'; // 30 bytes, 27 UTF-16 units
    assert.equal(Buffer.byteLength(plan), 30);
    assert.ok(!codes(plan, 30).includes('file-too-large'));
    assert.deepEqual(codes(plan, 29), ['file-too-large']);
    assert.match(analyze(plan, { maxFileSize: 29 }).diagnostics[0].message, /^This file is 30 bytes, more than the 29 bytes /);
    assert.match(analyze('x'.repeat(3 * 1024 * 1024), { maxFileSize: 1024 * 1024 }).diagnostics[0].message, /This file is 3\.0 MB, more than the 1\.0 MB /);
  });

  it('an alias bomb is read within the alias budget: no expansion, a bounded answer', () => {
    const analysis = analyze(aliasBomb());
    assert.ok(analysis.plan.personas.length <= 10_000, String(analysis.plan.personas.length));
    assert.ok(analysis.diagnostics.length < 100_000);
  });

  it('anchors and merge keys are read as the values they stand for', () => {
    const text = HOSTILE_INPUTS.find((input) => input.name === 'anchors and merge keys')!.make();
    const { plan, diagnostics } = analyze(text);
    assert.deepEqual(plan.pieces.map((p) => [p.title, p.personas.map((r) => r.value).join(), p.phases.map((r) => r.value).join()]), [
      ['One', 'a', 'awareness'],
      ['Two', 'a', 'awareness'],
      ['One', 'b', 'awareness'],
    ]);
    assert.ok(!diagnostics.some((d) => d.code === 'yaml-syntax'));
  });

  it('number, boolean, unicode and emoji ids are ids like any other', () => {
    for (const name of ['ids that are numbers and booleans', 'unicode and emoji ids']) {
      const text = HOSTILE_INPUTS.find((input) => input.name === name)!.make();
      const analysis = analyze(text);
      const cellsFilled = analysis.matrix.cells.filter((cell) => cell.count === 1).length;
      assert.equal(cellsFilled, analysis.matrix.cells.length, name);
      assert.deepEqual(analysis.diagnostics, [], name);
    }
    const emoji = analyze(HOSTILE_INPUTS.find((input) => input.name === 'unicode and emoji ids')!.make());
    assert.deepEqual(emoji.plan.personas.map((p) => emoji.text.slice(p.idSpan.start, p.idSpan.end)), ['🚀', 'café-é', '中文']);
    const numbers = analyze(HOSTILE_INPUTS.find((input) => input.name === 'ids that are numbers and booleans')!.make());
    assert.deepEqual(numbers.plan.personas.map((p) => p.id), ['1', '2.50', 'true', '0x1F', '1e3']);
  });

  it('a BOM or CRLF changes nothing but the offsets', () => {
    const plan = HOSTILE_INPUTS.find((input) => input.name === 'CRLF line breaks')!.make().replace(/\r\n/g, '\n');
    const summary = (text: string): string[] => analyze(text).diagnostics.map((d) => `${d.code}@${d.range.start.line}`);
    assert.deepEqual(summary(`\uFEFF${plan}`), summary(plan));
    assert.deepEqual(summary(plan.replace(/\n/g, '\r\n')), summary(plan));
  });

  it('every edit on the small hostile inputs keeps the rules (and finishes)', () => {
    for (const input of HOSTILE_INPUTS) {
      const text = input.make();
      if (text.length > 50_000) continue;
      const analysis = analyze(text);
      // allEdits tries every cell: skip the plan built to have a quarter of a million of them.
      if (analysis.plan.personas.length * analysis.plan.phases.length > 2_000) continue;
      const failures = allEdits(analysis).map((edit) => [edit.what, checkEdits(analysis, edit.edits, edit.goal)]).filter(([, wrong]) => wrong);
      assert.deepEqual(failures, [], input.name);
    }
  });

  it('a matrix too large to build is one diagnostic, not an exhausted heap', () => {
    const text = HOSTILE_INPUTS.find((input) => input.name === '500 × 500 personas and phases')!.make();
    const analysis = analyze(text);
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['file-too-large']);
    assert.match(analysis.diagnostics[0].message, /500 personas × 500 phases, more than the 100000 cells/);
    assert.equal(analysis.plan.personas.length, 500);
    assert.equal(analysis.matrix.cells.length, 0);
  });

  it('a gap in a plan with many personas offers a bounded number of quick fixes', () => {
    const personas = Array.from({ length: 300 }, (_, i) => `p${i}`);
    const text = `journey: T\npersonas: [${personas.join(', ')}]\ncontent:\n  - { title: x, persona: "*", phase: [awareness, consideration, purchase, usage] }\n`;
    const analysis = analyze(text);
    const emptyPhase = analysis.diagnostics.find((d) => d.code === 'empty-phase')!;
    const actions = codeActionsFor(analysis, emptyPhase);
    assert.equal(actions.length, MAX_ADD_ACTIONS + 1); // the adds, then "expect no content here"
    assert.match(actions[actions.length - 1].title, /^Expect no content here/);
  });
});

function codes(text: string, maxFileSize: number): string[] {
  return analyze(text, { maxFileSize }).diagnostics.map((d) => d.code);
}

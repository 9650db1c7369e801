// The `journey` CLI: output lines, JSON, exit codes — in-process through run(), and once
// through the bundled dist/cli.js as a user runs it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { FULL_PLAN } from '../helpers/plans';

function journey(args: string[], env: Record<string, string> = {}, stdin?: string): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8', ...env }, stdin: stdin === undefined ? undefined : () => stdin });
  return { status, out, err };
}

function planFile(text: string, name = 'plan.journey'): string {
  const folder = mkdtempSync(join(tmpdir(), 'journey-cli-'));
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('journey lint', () => {
  it('prints file:line:col severity code message and a summary; exit 1 on errors', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: awarness'));
    const result = journey(['lint', file]);
    assert.equal(result.status, 1);
    const [first, line, summary] = result.out.trimEnd().split('\n');
    assert.equal(first, `${file}:2:8 warning empty-phase No content in the phase “Awareness” for any persona.`);
    assert.equal(line, `${file}:11:12 error unknown-phase Unknown phase “awarness”. This plan's phases: awareness, consideration, decision. Did you mean “awareness”?`);
    assert.equal(summary, '1 plan checked: 1 error, 1 warning, 0 information.');
  });

  it('exit 0 with only warnings; --max-warnings makes them fail', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: consideration'));
    assert.equal(journey(['lint', file]).status, 0);
    assert.equal(journey(['lint', '--max-warnings', '1', file]).status, 0);
    const strict = journey(['lint', '--max-warnings=0', file]);
    assert.equal(strict.status, 1);
    assert.match(strict.err, /more than --max-warnings 0/);
  });

  it('--format json has the documented shape, 1-based', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: consideration'));
    const result = journey(['lint', '--format', 'json', file]);
    const report = JSON.parse(result.out);
    assert.deepEqual(Object.keys(report), ['files', 'errorCount', 'warningCount']);
    assert.equal(report.warningCount, 1);
    assert.deepEqual(report.files[0], {
      file,
      diagnostics: [{ line: 2, column: 8, endLine: 2, endColumn: 15, severity: 'warning', code: 'empty-phase', message: 'No content in the phase “Awareness” for any persona.' }],
    });
  });

  it('searches folders for *.journey and speaks Dutch with --locale nl or LANG=nl_BE', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: consideration'), 'a.journey');
    const folder = join(file, '..');
    writeFileSync(join(folder, 'notes.txt'), 'not a plan');
    const nl = journey(['lint', folder, '--locale', 'nl']);
    assert.match(nl.out, /a\.journey:2:8 warning empty-phase Geen content in de fase “Bewustwording”/);
    assert.match(journey(['lint', folder], { LANG: 'nl_BE.UTF-8' }).out, /Bewustwording/);
  });

  it('exit 2 with a message on usage errors and unreadable files', () => {
    for (const args of [['lint'], ['lint', '--format', 'xml', 'x'], ['lint', '--bogus', 'x'], ['frobnicate'], ['lint', '--max-warnings', 'many', 'x']]) {
      const result = journey(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.err, /^journey: /);
    }
    const missing = journey(['lint', '/nonexistent/plan.journey']);
    assert.equal(missing.status, 2);
    assert.match(missing.err, /cannot read \/nonexistent\/plan\.journey/);
  });

  it('--help for each command', () => {
    assert.match(journey(['--help']).out, /lint PATH/);
    assert.match(journey(['lint', '--help']).out, /--max-warnings N/);
    assert.match(journey(['matrix', '--help']).out, /--format json\|markdown\|csv\|html/);
    assert.match(journey(['diff', '--help']).out, /--fail-on-new-gaps/);
    assert.match(journey(['lint', '--help']).out, /--format text\|json\|github\|sarif/);
  });
});

describe('journey matrix', () => {
  it('--format json prints the matrix model', () => {
    const result = journey(['matrix', planFile(FULL_PLAN), '--format', 'json']);
    assert.equal(result.status, 0);
    const model = JSON.parse(result.out);
    assert.deepEqual(Object.keys(model).sort(), ['actions', 'cells', 'coverage', 'minPerCell', 'model', 'personas', 'phases', 'syntaxErrors', 'title']);
    assert.deepEqual(model.coverage, { filled: 6, expected: 6 });
    assert.deepEqual(model.cells[0].content[0], { id: null, title: 'Blog', type: null, status: null, channel: null, owner: null, date: null, url: null, kpi: null, line: 9 });
  });

  it('--format markdown and csv', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: consideration').replace('title: Blog', 'title: "Blog | =SUM(A1), \\"quoted\\""'));
    const markdown = journey(['matrix', file, '--format', 'markdown']).out;
    assert.match(markdown, /^# Test plan$/m);
    assert.match(markdown, /^\| Persona \| Awareness \(buyer\) \| Consideration \(buyer\) \| Decision \(buyer\) \|$/m);
    assert.match(markdown, /^\| Ivo, IT-manager \| \*\*gap\*\* \| Blog \\\| =SUM\\\(A1\\\), "quoted"<br>Webinar \| Webinar \|$/m);
    const csv = journey(['matrix', file, '--format', 'csv']).out.split('\r\n');
    assert.equal(csv[0], 'persona_id,persona,phase_id,phase,stage,gap,ignored,count,piece_id,title,type,status,channel,owner,date,url,line,ignored_by,emotion,moment_of_truth,questions,touchpoints,pains,delights,kpi_target,kpi');
    assert.equal(csv[1], 'it,"Ivo, IT-manager",awareness,Awareness,buyer,true,false,0,,,,,,,,,,,,false,,,,,,');
    assert.ok(csv.includes(`it,"Ivo, IT-manager",consideration,Consideration,buyer,false,false,2,,"Blog | =SUM(A1), ""quoted""",,,,,,,9,,,false,,,,,,`));
  });

  it('writes to --output and exits 1 when the plan has errors', () => {
    const file = planFile(FULL_PLAN.replace('phase: awareness', 'phase: nope'));
    const target = join(file, '..', 'matrix.html');
    const result = journey(['matrix', file, '--format', 'html', '-o', target]);
    assert.equal(result.status, 1);
    assert.match(result.err, /has 1 error/);
    assert.match(readFileSync(target, 'utf8'), /^<!doctype html>/i);
  });
});

describe('dist/cli.js', () => {
  it('runs as the journey command on the samples', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'lint', '--today', '2026-03-16', 'samples/'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /samples\/[\w-]+\.journey:\d+:\d+ (warning|information) (empty-cell|empty-phase|persona-without-content) /);
    assert.match(result.stdout, /plans checked: 0 errors/);
  });
});

describe('standard input', () => {
  const broken = FULL_PLAN.replace('phase: awareness', 'phase: awarness');

  it('journey lint - reads the plan from standard input and names it <stdin>', () => {
    const result = journey(['lint', '-'], {}, broken);
    assert.equal(result.status, 1);
    assert.equal(result.out.split('\n')[1], `<stdin>:11:12 error unknown-phase Unknown phase “awarness”. This plan's phases: awareness, consideration, decision. Did you mean “awareness”?`);
    assert.deepEqual(JSON.parse(journey(['lint', '--format', 'json', '-'], {}, broken).out).files.map((f: { file: string }) => f.file), ['<stdin>']);
  });

  it('journey matrix - prints the matrix of standard input', () => {
    const result = journey(['matrix', '--format', 'json', '-'], {}, FULL_PLAN);
    assert.equal(result.status, 0, result.err);
    assert.equal(JSON.parse(result.out).personas.length > 0, true);
    assert.match(journey(['matrix', '-'], {}, broken).err, /^journey: <stdin> has 1 error;/);
  });

  it('- can be read once, and only where there is a standard input', () => {
    assert.deepEqual(journey(['lint', '-', '-'], {}, FULL_PLAN), { status: 2, out: '', err: 'journey: standard input (-) can be read only once\n' });
    assert.deepEqual(journey(['lint', '-']), { status: 2, out: '', err: 'journey: cannot read <stdin>: no standard input\n' });
  });

  it('dist/cli.js reads a piped plan', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'lint', '-'], { encoding: 'utf8', input: broken, env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^<stdin>:2:8 warning empty-phase /);
  });
});

describe('a closed output pipe', () => {
  it('stops dist/cli.js quietly, as `journey lint plans/ | head -3` does', async () => {
    // Far more output than a pipe holds, so writing goes on after the reader has gone.
    const file = planFile(`journey: T\npersonas: [a]\n${Array.from({ length: 20_000 }, (_, i) => `unknown${i}: x\n`).join('')}`);
    const child = spawn(process.execPath, ['dist/cli.js', 'lint', file], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'C' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, journey(['lint', file]).status); // the status lint had, not a crash's
  });
});

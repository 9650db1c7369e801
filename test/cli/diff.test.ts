// `journey diff`: two files, or every plan against its version at a git revision, as text,
// Markdown for a pull request comment, and JSON.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';

// hubspot: awareness, consideration, decision. Coverage 2/6.
const BEFORE = `journey: Diff
model: hubspot
personas:
  - id: it
    name: Ivo
  - id: cfo
    name: Carla
content:
  - title: Blog
    persona: it
    phase: awareness
  - title: Whitepaper
    persona: it
    phase: consideration
`;
// The whitepaper moves to Carla, and a case study fills Carla's decision: coverage 3/6.
const AFTER = BEFORE.replace('    persona: it\n    phase: consideration', '    persona: cfo\n    phase: consideration')
  + '  - title: Case study\n    persona: cfo\n    phase: decision\n';

function journey(args: string[], env: Record<string, string> = {}): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8', ...env } });
  return { status, out, err };
}

function files(): { before: string; after: string } {
  const folder = mkdtempSync(join(tmpdir(), 'journey-diff-'));
  writeFileSync(join(folder, 'before.journey'), BEFORE);
  writeFileSync(join(folder, 'after.journey'), AFTER);
  return { before: join(folder, 'before.journey'), after: join(folder, 'after.journey') };
}

describe('journey diff OLD NEW', () => {
  it('prints coverage before → after and the cells, exit 0', () => {
    const { before, after } = files();
    const result = journey(['diff', before, after]);
    assert.equal(result.status, 0);
    assert.equal(result.out, [
      `${after}: 2/6 → 3/6 (33% → 50%)`,
      '  filled (2): Carla × Consideration; Carla × Decision',
      '  emptied (1): Ivo × Consideration',
      '  new gaps (1): Ivo × Consideration',
      '  resolved gaps (2): Carla × Consideration; Carla × Decision',
      '1 plan compared: 1 new gap, 2 resolved.',
      '',
    ].join('\n'));
  });

  it('--fail-on-new-gaps exits 1 when the change opens a gap, 0 when it does not', () => {
    const { before, after } = files();
    assert.equal(journey(['diff', '--fail-on-new-gaps', before, after]).status, 1);
    assert.equal(journey(['diff', '--fail-on-new-gaps', after, after]).status, 0);
  });

  it('--fail-on-new-gaps does not pass a half-typed new version, which would seem to close every gap', () => {
    const { before } = files();
    const half = join(before, '..', 'half.journey');
    writeFileSync(half, BEFORE.slice(0, BEFORE.indexOf('content:')) + 'content:\n  - title: [Half\n');
    const result = journey(['diff', '--fail-on-new-gaps', before, half]);
    assert.equal(result.status, 1);
    assert.match(result.out, /^  \d+ errors?: its matrix may miss content$/m);
  });

  it('--format markdown is a pull request comment; plan text never becomes markup', () => {
    const { before, after } = files();
    const result = journey(['diff', '--format', 'markdown', after, before, '--locale', 'nl']);
    assert.equal(result.out, [
      '### Journey-dekking',
      '',
      '| Plan | Dekking | Nieuwe gaten | Opgeloste gaten |',
      '|---|---|---:|---:|',
      `| \`${before}\` | 3/6 → 2/6 (50% → 33%) | 2 | 1 |`,
      '',
      '1 plan vergeleken: 2 nieuwe gaten, 1 opgelost.',
      '',
      `<details><summary><code>${before}</code>: 2 nieuwe gaten, 1 opgelost</summary>`,
      '',
      '**Gevuld**',
      '',
      '- Ivo × Overweging',
      '',
      '**Leeggemaakt**',
      '',
      '- Carla × Overweging',
      '- Carla × Beslissing',
      '',
      '**Nieuwe gaten**',
      '',
      '- Carla × Overweging',
      '- Carla × Beslissing',
      '',
      '**Opgeloste gaten**',
      '',
      '- Ivo × Overweging',
      '',
      '</details>',
      '',
    ].join('\n'));
  });

  it('names from the plan are escaped in Markdown: no markup, no HTML', () => {
    const { before, after } = files();
    const odd = join(before, '..', 'odd.journey');
    writeFileSync(odd, BEFORE.replace('name: Carla', 'name: "Carla <img src=x> *CFO* | [x](y)"'));
    const out = journey(['diff', '--format', 'markdown', after, odd]).out;
    assert.match(out, /^- Carla &lt;img src=x&gt; \\\*CFO\\\* \\\| \\\[x\\\]\\\(y\\\) × Consideration$/m);
    assert.doesNotMatch(out, /<img/);
  });

  it('a name cannot add a heading or a mention to the pull request comment', () => {
    const { before, after } = files();
    const odd = join(before, '..', 'heading.journey');
    writeFileSync(odd, BEFORE.replace('name: Carla', 'name: "Carla\\n## Approved by @octocat"'));
    const out = journey(['diff', '--format', 'markdown', after, odd]).out;
    assert.match(out, /^- Carla \\#\\# Approved by @\u200boctocat × Consideration$/m);
    assert.doesNotMatch(out, /^#+ Approved/m);
  });

  it('usage errors exit 2', () => {
    const { before } = files();
    for (const args of [['diff', before], ['diff', '--format', 'html', before, before], ['diff', '--git']]) {
      const result = journey(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.err, /^journey: /);
    }
  });
});

describe('journey diff --git REF', () => {
  const cli = resolve('dist', 'cli.js');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

  /** A repository whose last commit has plans/a (BEFORE) and plans/gone; the work tree changes a, removes gone, adds new. */
  function repository(): string {
    const repo = mkdtempSync(join(tmpdir(), 'journey-git-'));
    mkdirSync(join(repo, 'plans'));
    writeFileSync(join(repo, 'plans', 'a.journey'), BEFORE);
    writeFileSync(join(repo, 'plans', 'gone.journey'), BEFORE);
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'plans');
    writeFileSync(join(repo, 'plans', 'a.journey'), AFTER);
    rmSync(join(repo, 'plans', 'gone.journey'));
    writeFileSync(join(repo, 'plans', 'new.journey'), AFTER);
    writeFileSync(join(repo, 'plans', 'same.journey'), BEFORE);
    return repo;
  }

  it('compares every plan with its version at the revision: changed, removed, added', () => {
    const repo = repository();
    git(repo, 'add', 'plans/same.journey');
    git(repo, 'commit', '-q', '-m', 'same');
    const result = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD~1', '--format', 'json', 'plans'], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.plans.map((p: { path: string; status: string }) => [p.path, p.status]), [
      ['plans/a.journey', 'changed'],
      ['plans/gone.journey', 'removed'],
      ['plans/new.journey', 'added'],
      ['plans/same.journey', 'added'],
    ]);
    assert.deepEqual(report.plans[0].diff.after.coverage, { filled: 3, expected: 6 });
    assert.equal(report.newGaps, 1 + 0 + 3 + 4);
    assert.equal(report.resolvedGaps, 2 + 4);
  });

  it('reads the old versions\' bases at the revision: a persona added to the team base opens gaps in the plans extending it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'journey-git-'));
    mkdirSync(join(repo, 'plans'));
    const team = `journey: Team
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
`;
    writeFileSync(join(repo, 'plans', 'team.journey'), team);
    writeFileSync(join(repo, 'plans', 'sales.journey'), `journey: Sales
extends: ./team.journey
content:
  - title: Blog
    persona: it
    phase: "*"
`);
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'plans');
    writeFileSync(join(repo, 'plans', 'team.journey'), `${team}  - id: cfo
    name: Carla, CFO
`);
    const result = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD', '--format', 'json', '--fail-on-new-gaps', 'plans'], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.plans.map((p: { path: string; status: string }) => [p.path, p.status]), [
      ['plans/sales.journey', 'changed'],
      ['plans/team.journey', 'changed'],
    ]);
    const cfoCells = (plan: { diff: { newGaps: { persona: string; phase: string }[] } }) => plan.diff.newGaps.map((cell) => `${cell.persona} × ${cell.phase}`);
    // The plan extending the base: Carla's three cells are new gaps (before, its base had no Carla).
    assert.deepEqual(report.plans[0].diff.before.coverage, { filled: 3, expected: 3 });
    assert.deepEqual(report.plans[0].diff.after.coverage, { filled: 3, expected: 6 });
    assert.deepEqual(cfoCells(report.plans[0]), ['cfo × awareness', 'cfo × consideration', 'cfo × decision']);
    // The base's own matrix counts them too (it has no content of its own).
    assert.deepEqual(cfoCells(report.plans[1]), ['cfo × awareness', 'cfo × consideration', 'cfo × decision']);
    assert.equal(report.newGaps, 6);
  });

  it('reads a base git does not track (outside the repository, or not added yet) from the working tree for the old versions too', () => {
    const shared = mkdtempSync(join(tmpdir(), 'journey-shared-'));
    const team = `journey: Team
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
`;
    writeFileSync(join(shared, 'team.journey'), team);
    const repo = mkdtempSync(join(tmpdir(), 'journey-git-'));
    mkdirSync(join(repo, 'plans'));
    const plan = (base: string) => `journey: Sales
extends: ${base}
content:
  - title: Blog
    persona: it
    phase: "*"
`;
    writeFileSync(join(repo, 'plans', 'sales.journey'), plan(relative(join(repo, 'plans'), join(shared, 'team.journey')).split(sep).join('/')));
    writeFileSync(join(repo, 'plans', 'local.journey'), plan('../team-local.journey'));
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'plans');
    // Not added to git: the plan extending it was committed before it.
    writeFileSync(join(repo, 'team-local.journey'), team);
    const result = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD', '--format', 'json', '--fail-on-new-gaps', 'plans'], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.plans.map((p: { path: string; status: string; diff: { before: { coverage: unknown } | null } }) => [p.path, p.status, p.diff.before?.coverage]), [
      ['plans/local.journey', 'unchanged', { filled: 3, expected: 3 }],
      ['plans/sales.journey', 'unchanged', { filled: 3, expected: 3 }],
    ]);
  });

  it('leaves out the plans in build output and dependencies, as findPlans does', () => {
    const repo = repository();
    mkdirSync(join(repo, 'plans', 'dist'));
    writeFileSync(join(repo, 'plans', 'dist', 'copy.journey'), BEFORE);
    git(repo, 'add', '-f', 'plans/dist/copy.journey');
    git(repo, 'commit', '-q', '-m', 'a build output');
    rmSync(join(repo, 'plans', 'dist'), { recursive: true });
    const result = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD', '--format', 'json', 'plans'], { cwd: repo, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).plans.map((p: { path: string }) => p.path), ['plans/a.journey', 'plans/gone.journey', 'plans/new.journey', 'plans/same.journey']);
  });

  it('defaults to the current folder; an unknown revision or a folder outside git exits 2', () => {
    const repo = repository();
    const text = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD'], { cwd: join(repo, 'plans'), encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^a\.journey: 2\/6 → 3\/6 \(33% → 50%\)$/m);
    assert.match(text.stdout, /^gone\.journey: 2\/6 → — \(33% → —\), removed$/m);
    const unknown = spawnSync(process.execPath, [cli, 'diff', '--git', 'no-such-branch'], { cwd: repo, encoding: 'utf8' });
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stderr, 'journey: no-such-branch is not a git revision here\n');
    const outside = spawnSync(process.execPath, [cli, 'diff', '--git', 'HEAD'], { cwd: mkdtempSync(join(tmpdir(), 'journey-nogit-')), encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: tmpdir() } });
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /^journey: HEAD is not a git revision here/);
  });
});

// `journey calendar` and `--today`: with a fixed day the CLI reports `overdue` and `review-due`,
// and writes the plans' dated pieces as iCalendar (read back with ical.js), Markdown, CSV or JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { run } from '../../server/src/cli/run';
import { analyze } from '../../server/src/core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

function journey(args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8' } });
  return { status, out, err };
}

const folder = mkdtempSync(join(tmpdir(), 'journey-calendar-'));
function planFile(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

const PLAN = `journey: Voorjaar
review-by: 2026-03-01
personas: [it]
content:
  - title: Late blog
    persona: it
    phase: "*"
    status: draft
    owner: Sanne
    date: 2026-03-02
  - title: Webinar
    persona: it
    phase: awareness
    status: scheduled
    date: 2026-04-01
  - title: Ooit
    persona: it
    phase: awareness
`;

describe('journey lint --today', () => {
  it('reports overdue and review-due for the day given', () => {
    const file = planFile('lint.journey', PLAN);
    const result = journey(['lint', '--today', '2026-03-16', file]);
    assert.equal(result.status, 0);
    assert.deepEqual(result.out.trimEnd().split('\n'), [
      `${file}:2:12 warning review-due This plan was due for review on 2026-03-01, 15 days ago: check it and set a new “review-by”.`,
      `${file}:10:11 warning overdue Overdue by 14 days: “Late blog” is still “draft”.`,
      '1 plan checked: 0 errors, 2 warnings, 0 information.',
    ]);
    assert.deepEqual(journey(['lint', '--today=2026-03-01', file]).out.trimEnd().split('\n').slice(-1), ['1 plan checked: 0 errors, 0 warnings, 0 information.']);
  });

  it('refuses a day that is not a real date', () => {
    const result = journey(['lint', '--today', '2026-02-30', 'x.journey']);
    assert.equal(result.status, 2);
    assert.match(result.err, /--today needs a date as YYYY-MM-DD/);
    assert.equal(journey(['calendar', '--today']).status, 2);
  });
});

describe('journey calendar', () => {
  it('writes an iCalendar file with one event per dated piece', () => {
    const file = planFile('plan.journey', PLAN);
    const target = join(folder, 'plan.ics');
    const result = journey(['calendar', file, '--format', 'ics', '--today', '2026-03-16', '-o', target]);
    assert.equal(result.status, 0, result.err);
    assert.equal(result.out, '');
    const events = new ICAL.Component(ICAL.parse(readFileSync(target, 'utf8'))).getAllSubcomponents('vevent');
    assert.deepEqual(events.map((e) => [String(e.getFirstPropertyValue('summary')), String(e.getFirstPropertyValue('dtstart'))]), [['Late blog', '2026-03-02'], ['Webinar', '2026-04-01']]);
  });

  it('keeps to --from and --to, and refuses them the wrong way round', () => {
    const file = planFile('range.journey', PLAN);
    const csv = journey(['calendar', file, '--format', 'csv', '--today', '2026-03-16', '--from', '2026-03-03', '--to', '2026-04-01']).out.split('\r\n');
    assert.deepEqual(csv.slice(1).map((row) => row.split(',')[0]), ['2026-04-01', '']);
    const wrong = journey(['calendar', file, '--from', '2026-04-01', '--to', '2026-03-01']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.err, /--from must not be after --to/);
    assert.equal(journey(['calendar']).status, 2);
  });

  it('lists several plans in one calendar, naming the plan of each piece', () => {
    const one = planFile('one.journey', PLAN);
    const two = planFile('two.journey', PLAN.replace('journey: Voorjaar', 'journey: Najaar').replace('date: 2026-04-01', 'date: 2026-03-20'));
    const markdown = journey(['calendar', one, two, '--today', '2026-03-16']).out;
    assert.ok(markdown.startsWith('# Calendar: Voorjaar · Najaar\n'), markdown);
    assert.ok(markdown.includes('| 2026-03-20 | Webinar | it | Awareness |  | scheduled |  | Najaar |\n'), markdown);
    const json = JSON.parse(journey(['calendar', one, two, '--today', '2026-03-16', '--format', 'json']).out);
    assert.deepEqual(json.entries.map((e: { date: string; file: string }) => [e.date, e.file]), [[ '2026-03-02', one ], [ '2026-03-02', two ], [ '2026-03-20', two ], [ '2026-04-01', one ]]);
    assert.equal(json.undated.length, 2);
  });

  it('exits 1 when a plan has errors, and still writes the calendar', () => {
    const file = planFile('broken.journey', PLAN.replace('phase: awareness', 'phase: awarness'));
    const result = journey(['calendar', file, '--today', '2026-03-16', '--format', 'json']);
    assert.equal(result.status, 1);
    assert.match(result.err, /has 1 error/);
    assert.equal(JSON.parse(result.out).entries.length, 2);
  });

  it('runs from dist/cli.js on the samples: one event per dated piece', () => {
    const samples = readdirSync('samples').filter((name) => name.endsWith('.journey')).map((name) => join('samples', name));
    const result = spawnSync(process.execPath, ['dist/cli.js', 'calendar', ...samples, '--format', 'ics', '--today', '2026-03-16'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(result.status, 0, result.stderr);
    const dated = samples.reduce((n, file) => n + analyze(readFileSync(file, 'utf8')).plan.pieces.filter((piece) => piece.date).length, 0);
    assert.ok(dated >= 40, `${dated} dated pieces in the samples`);
    assert.equal(new ICAL.Component(ICAL.parse(result.stdout)).getAllSubcomponents('vevent').length, dated);
  });
});

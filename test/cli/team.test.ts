// The team workspace (samples/team: a base and two plans extending it) through the CLI:
// `journey lint` resolves `extends` from disk, as GitHub annotations and SARIF, and `journey diff`.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { run } from '../../server/src/cli/run';
import { DIAGNOSTIC_CODES } from '../../server/src/core';

const TEAM = join('samples', 'team');

function journey(args: string[], stdin?: string): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8' }, stdin: stdin === undefined ? undefined : () => stdin });
  return { status, out, err };
}

const at = (file: string, line: number, col: number, endCol: number): string => `file=${TEAM}/${file},line=${line},col=${col},endLine=${line},endColumn=${endCol}`;

describe('the team workspace: journey lint', () => {
  it('--format github: the plans’ gaps in the base’s personas and phases land on extends; no invalid-extends', () => {
    const result = journey(['lint', '--format', 'github', '--today', '2026-01-10', TEAM]);
    assert.equal(result.status, 0);
    const marketing = at('marketing.journey', 4, 10, 24);
    const service = at('service.journey', 4, 10, 24);
    assert.equal(result.out, [
      `::warning ${marketing},title=empty-phase::No content in the phase “Installatie” for any persona.`,
      `::warning ${marketing},title=empty-phase::No content in the phase “Gebruik & onderhoud” for any persona.`,
      `::warning ${marketing},title=empty-phase::No content in the phase “Aanbevelen” for any persona.`,
      `::notice ${marketing},title=empty-cell::Gap: no content for “Hanna, huiseigenaar” in “Offerte & besluit”.`,
      `::warning ${service},title=empty-phase::No content in the phase “Oriëntatie” for any persona.`,
      `::warning ${service},title=empty-phase::No content in the phase “Vergelijken” for any persona.`,
      `::warning ${service},title=empty-phase::No content in the phase “Offerte & besluit” for any persona.`,
      `::notice ${service},title=empty-cell::Gap: no content for “Olga, mkb-ondernemer” in “Aanbevelen”.`,
      `::notice ${at('service.journey', 7, 9, 16)},title=empty-cell::Gap: no content for “Hugo, huurder” in “Installatie”.`,
      `::notice ${at('service.journey', 7, 9, 16)},title=empty-cell::Gap: no content for “Hugo, huurder” in “Aanbevelen”.`,
      // The base has no `content:`: it has no cells to fill, so it reports no gaps.
      '',
    ].join('\n'));
    assert.equal(result.err, '');
  });

  it('--format sarif: valid SARIF 2.1.0, one result per diagnostic, with its region', () => {
    const schema = JSON.parse(readFileSync(join('test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const log = JSON.parse(journey(['lint', '--format', 'sarif', '--today', '2026-01-10', TEAM]).out);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    const results = (log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[])
      .map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`);
    assert.deepEqual(results, [
      ...Array(3).fill('empty-phase samples/team/marketing.journey:4'),
      'empty-cell samples/team/marketing.journey:4',
      ...Array(3).fill('empty-phase samples/team/service.journey:4'),
      'empty-cell samples/team/service.journey:4',
      'empty-cell samples/team/service.journey:7',
      'empty-cell samples/team/service.journey:7',
    ]);
    assert.deepEqual(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id), [...DIAGNOSTIC_CODES]);
  });

  it('a base that is not there is invalid-extends (exit 1); standard input resolves from the working folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journey-team-'));
    const plan = join(folder, 'plan.journey');
    writeFileSync(plan, 'journey: Los\nextends: ./team.journey\npersonas: [eigen]\ncontent:\n  - title: Blog\n    persona: eigen\n    phase: awareness\n');
    const lone = journey(['lint', '--today', '2026-01-10', plan]);
    assert.equal(lone.status, 1);
    assert.match(lone.out, /^.*plan\.journey:2:10 error invalid-extends The base “\.\/team\.journey” does not exist\.$/m);
    // Half typed, on its way to ./team.journey: a path that is not there is missing, in either language.
    writeFileSync(plan, 'journey: Los\nextends: ./tea\npersonas: [eigen]\ncontent: []\n');
    assert.match(journey(['lint', '--today', '2026-01-10', plan]).out, /^.*plan\.journey:2:10 error invalid-extends The base “\.\/tea” does not exist\.$/m);
    assert.match(journey(['lint', '--locale', 'nl', '--today', '2026-01-10', plan]).out, /^.*plan\.journey:2:10 error invalid-extends De basis “\.\/tea” bestaat niet\.$/m);
    const piped = journey(['lint', '--today', '2026-01-10', '-'], `journey: Via stdin\nextends: ./${TEAM}/team.journey\ncontent:\n  - title: Blog\n    persona: "*"\n    phase: "*"\n`);
    assert.equal(piped.out, '1 plan checked: 0 errors, 0 warnings, 0 information.\n');
    assert.equal(piped.status, 0);
  });
});

describe('the team workspace: journey diff', () => {
  it('compares a plan with a change that fills a cell of a base’s persona', () => {
    const folder = mkdtempSync(join(tmpdir(), 'journey-team-'));
    copyFileSync(join(TEAM, 'team.journey'), join(folder, 'team.journey'));
    const changed = readFileSync(join(TEAM, 'marketing.journey'), 'utf8').replace(
      '  - title: Offerte-checklist voor ondernemers',
      '  - title: Wat kost een installatie? Offerte in 3 stappen\n    type: landingspagina\n    persona: huiseigenaar\n    phase: offerte\n\n  - title: Offerte-checklist voor ondernemers',
    );
    const after = join(folder, 'marketing.journey');
    writeFileSync(after, changed);
    const result = journey(['diff', join(TEAM, 'marketing.journey'), after]);
    assert.equal(result.status, 0);
    assert.equal(result.out, [
      `${after}: 8/17 → 9/17 (47% → 53%)`,
      '  filled (1): Hanna, huiseigenaar × Offerte & besluit',
      '  resolved gaps (1): Hanna, huiseigenaar × Offerte & besluit',
      '1 plan compared: 0 new gaps, 1 resolved.',
      '',
    ].join('\n'));
  });
});

// `journey lint --format github|sarif`: the annotations GitHub shows on a pull request, and the
// SARIF 2.1.0 log code scanning reads, checked against the official schema.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { run } from '../../server/src/cli/run';
import { toGithubCommands } from '../../server/src/cli/githubFormat';
import { DIAGNOSTIC_CODES } from '../../server/src/core';

// Line 2: the unknown model (error); line 3 the typo'd key (warning); the gap (information) on the persona id.
const PLAN = `journey: Formats
model: hubspot
sumary: x
personas:
  - id: it
    name: Ivo
content:
  - title: Blog
    persona: it
    phase: [awareness, consideration]
`;

function journey(args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = run(args, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: 'C.UTF-8' } });
  return { status, out, err };
}

function planFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'journey-formats-')), 'plan.journey');
  writeFileSync(file, text);
  return file;
}

describe('journey lint --format github', () => {
  it('writes one workflow command per diagnostic, severity by severity', () => {
    const file = planFile(PLAN.replace('model: hubspot', 'model: hubspott'));
    const result = journey(['lint', '--format', 'github', file]);
    assert.equal(result.status, 1);
    const model = `file=${file},line=2,col=8,endLine=2,endColumn=16`;
    assert.equal(result.out, [
      `::error ${model},title=unknown-model::Unknown phase model “hubspott”. Built-in models: customer-5, hubspot, b2b, customer-3, aida, see-think-do-care, cain. Did you mean “hubspot”?`,
      `::warning ${model},title=empty-phase::No content in the phase “Purchase” for any persona.`,
      `::warning ${model},title=empty-phase::No content in the phase “Usage” for any persona.`,
      `::warning ${model},title=empty-phase::No content in the phase “Loyalty” for any persona.`,
      `::warning file=${file},line=3,col=1,endLine=3,endColumn=7,title=unknown-key::Unknown key “sumary” in the plan.`,
      '',
    ].join('\n'));
    assert.equal(result.err, '');
  });

  it('information becomes a notice; messages and paths cannot end or start a command', () => {
    const out = toGithubCommands([{
      file: 'plans\\a,b:c.journey',
      diagnostics: [{ line: 1, column: 2, endLine: 3, endColumn: 4, severity: 'information', code: 'empty-cell', message: '100% done\r\n::error::no' }],
    }]);
    assert.equal(out, '::notice file=plans/a%2Cb%3Ac.journey,line=1,col=2,endLine=3,endColumn=4,title=empty-cell::100%25 done%0D%0A::error::no\n');
  });
});

describe('journey lint --format sarif', () => {
  const schema = JSON.parse(readFileSync(join('test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
  // The schema's language-tag pattern is not valid as a Unicode regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('the schema check rejects what is not SARIF', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'a driver needs a name');
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'y' }] }] }), false, 'a result needs a message');
  });

  it('is valid SARIF 2.1.0: one run, one rule per code, results with regions', () => {
    const file = planFile(PLAN);
    const result = journey(['lint', '--format', 'sarif', file]);
    assert.equal(result.status, 0);
    const log = JSON.parse(result.out);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run_] = log.runs;
    assert.equal(run_.tool.driver.name, 'journey');
    assert.deepEqual(run_.tool.driver.rules.map((rule: { id: string }) => rule.id), [...DIAGNOSTIC_CODES]);
    const emptyCell = run_.tool.driver.rules[DIAGNOSTIC_CODES.indexOf('empty-cell')];
    assert.deepEqual(emptyCell.shortDescription, { text: 'A persona × phase cell has fewer pieces than min-per-cell.' });
    assert.equal(emptyCell.helpUri, 'https://github.com/journey-tools/journey/blob/main/docs/diagnostics.md#empty-cell');
    assert.deepEqual(emptyCell.defaultConfiguration, { level: 'note' });
    // The temp file is outside the working folder: an absolute file: URI.
    const uri = new URL(`file://${file}`).href;
    assert.deepEqual(run_.results, [
      {
        ruleId: 'empty-phase', ruleIndex: DIAGNOSTIC_CODES.indexOf('empty-phase'), level: 'warning',
        message: { text: 'No content in the phase “Decision” for any persona.' },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 15 } } }],
      },
      {
        ruleId: 'unknown-key', ruleIndex: DIAGNOSTIC_CODES.indexOf('unknown-key'), level: 'warning',
        message: { text: 'Unknown key “sumary” in the plan.' },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 7 } } }],
      },
    ]);
  });

  it('names files under the working folder relative to it, and speaks Dutch', () => {
    const file = join('samples', 'acme-b2b-software.journey');
    const log = JSON.parse(journey(['lint', '--format', 'sarif', '--locale', 'nl', file]).out);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
    const locations = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0].physicalLocation.artifactLocation);
    assert.deepEqual(new Set(locations.map((l: unknown) => JSON.stringify(l))), new Set([JSON.stringify({ uri: 'samples/acme-b2b-software.journey', uriBaseId: 'SRCROOT' })]));
    assert.equal(log.runs[0].originalUriBaseIds.SRCROOT.uri, new URL(`file://${process.cwd()}/`).href);
    assert.equal(log.runs[0].tool.driver.rules[0].shortDescription.text, 'Het bestand is geen geldige YAML.');
    assert.equal(relative(process.cwd(), file), 'samples/acme-b2b-software.journey');
  });
});

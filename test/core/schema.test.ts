// The JSON Schema: the committed file is what the generator makes from the validator's
// definitions (drift), it is a valid draft-07 schema that accepts every sample, and on broken
// plans it flags what the server flags, while accepting the near misses the server accepts.
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { analyze, IGNORE_KEYS, PHASE_KEYS, PHASE_MODELS, PIECE_KEYS, PIECE_STATUSES, REQUIRED_PIECE_KEYS, RULES_KEYS, STAGES, TOP_LEVEL_KEYS } from '../../server/src/core';
import { isCalendarDate } from '../../server/src/core/dates';
import { isWebUrl } from '../../server/src/core/readPlan';
import { DATE_PATTERN, journeySchema, renderJourneySchema, URL_PATTERN, type JsonSchema } from '../../server/src/core/schema';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SCHEMA_FILE = path.join(REPO_ROOT, 'schemas', 'journey.schema.json');
const SAMPLES = path.join(REPO_ROOT, 'samples');

// strictRequired off: `anyOf: [{ required: [personas] }, { required: [extends] }]` names properties defined one level up.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
// VS Code's description keywords, which Red Hat's YAML extension shows; no other unknown keyword may slip in.
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions']);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

function schemaErrors(text: string): string[] {
  return validate(parse(text)) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The diagnostic codes a JSON Schema can see: structure and values, not references or gaps. */
const STRUCTURAL = ['yaml-syntax', 'missing-field', 'invalid-value', 'unknown-key', 'unknown-model'];
function structuralCodes(text: string): string[] {
  return analyze(text).diagnostics.filter((d) => STRUCTURAL.includes(d.code)).map((d) => d.code);
}

describe('schemas/journey.schema.json', () => {
  it('is exactly what the generator makes now (run `npm run schema` after changing the validator)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), renderJourneySchema());
  });

  it('lists the keys, statuses, stages and models the validator knows, and no others', () => {
    const schema = journeySchema();
    const defs = schema.definitions!;
    const objectBranch = (def: JsonSchema) => def.anyOf!.find((branch) => branch.type === 'object')!;
    assert.deepEqual(Object.keys(schema.properties!), [...TOP_LEVEL_KEYS]);
    assert.deepEqual(Object.keys(defs.piece.properties!), [...PIECE_KEYS]);
    assert.deepEqual(defs.piece.required, [...REQUIRED_PIECE_KEYS]);
    assert.deepEqual(Object.keys(objectBranch(defs.phase).properties!), [...PHASE_KEYS]);
    assert.deepEqual(Object.keys(defs.rules.properties!), [...RULES_KEYS]);
    assert.deepEqual(Object.keys(defs.rules.properties!.ignore.items!.properties!), [...IGNORE_KEYS]);
    const words = (property: JsonSchema) => property.anyOf!.find((branch) => branch.enum)!;
    assert.deepEqual(words(defs.piece.properties!.status).enum, [...PIECE_STATUSES]);
    assert.deepEqual(words(objectBranch(defs.phase).properties!.stage).enum, [...STAGES]);
    assert.deepEqual(words(schema.properties!.model).enum, PHASE_MODELS.map((model) => model.id));
    for (const property of [defs.piece.properties!.status, objectBranch(defs.phase).properties!.stage, schema.properties!.model]) {
      assert.equal(words(property).markdownEnumDescriptions!.length, words(property).enum!.length, 'one description per word');
    }
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('describes every property for a marketer, in Markdown and plain text', () => {
    const missing: string[] = [];
    const visit = (schema: JsonSchema, where: string) => {
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (!property.$ref && !(property.markdownDescription && property.description)) missing.push(`${where}.${key}`);
        visit(property, `${where}.${key}`);
        if (property.items) visit(property.items, `${where}.${key}[]`);
      }
      for (const branch of schema.anyOf ?? []) visit(branch, where);
    };
    const schema = journeySchema();
    visit(schema, '');
    for (const [name, def] of Object.entries(schema.definitions!)) visit(def, `#${name}`);
    assert.deepEqual(missing, []);
  });
});

describe('the schema on the samples', () => {
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith('.journey'));
  it('finds the samples', () => assert.ok(samples.length >= 4, samples.join(', ')));
  for (const name of samples) {
    it(`accepts ${name}, which the server accepts`, () => {
      const text = readFileSync(path.join(SAMPLES, name), 'utf8');
      assert.deepEqual(structuralCodes(text), []);
      assert.deepEqual(schemaErrors(text), []);
    });
  }
  it("accepts the schema's own examples, at every level", () => {
    const schema = journeySchema();
    const bad: string[] = [];
    let checked = 0;
    const visit = (node: JsonSchema, where: string) => {
      if (node.examples) {
        checked += node.examples.length;
        const check = ajv.compile({ ...node, definitions: schema.definitions });
        for (const example of node.examples) if (!check(example)) bad.push(`${where}: ${JSON.stringify(example)} ${JSON.stringify(check.errors)}`);
      }
      for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${where}.${key}`);
      if (node.items) visit(node.items, `${where}[]`);
      for (const [index, branch] of (node.anyOf ?? []).entries()) visit(branch, `${where}|${index}`);
    };
    visit(schema, '');
    for (const [name, def] of Object.entries(schema.definitions!)) visit(def, `#${name}`);
    assert.deepEqual(bad, []);
    assert.ok(checked >= 20, `only ${checked} examples`);
  });
});

// A valid plan touching every part; each case below changes one line of it.
const BASE = `journey: Test plan
model: b2b
personas:
  - id: it
    name: Ivo, IT-manager
  - cfo
phases:
  - awareness
  - id: onboarding
    name: Onboarding
    stage: customer
content:
  - title: Blog
    persona: it
    phase: awareness
    status: published
    date: 2026-02-10
    url: https://example.com/blog
    kpi: { reach: 5000 }
  - title: Webinar
    persona: [it, cfo]
    phase: onboarding
rules:
  min-per-cell: 1
  ignore:
    - { persona: cfo, phase: awareness }
`;

function edit(find: string, replace: string): string {
  assert.ok(BASE.includes(find), `the base plan has no ${JSON.stringify(find)}`);
  return BASE.replace(find, replace);
}

interface Case {
  name: string;
  text: string;
  /** The code the server reports; absent for a near miss, which both must accept. */
  code?: string;
}

const CASES: Case[] = [
  { name: 'an unknown key in a piece', text: edit('    status: published', '    staus: published'), code: 'unknown-key' },
  { name: 'near miss: notes in a piece', text: edit('    status: published', '    notes: "a: b # c"'), code: undefined },
  { name: 'a status that is not a keyword', text: edit('status: published', 'status: gepubliceerd'), code: 'invalid-value' },
  { name: 'near miss: status retired', text: edit('status: published', 'status: retired') },
  { name: 'near miss: an empty status', text: edit('status: published', 'status:') },
  { name: 'a date that is no calendar day', text: edit('date: 2026-02-10', 'date: 2026-02-30'), code: 'invalid-value' },
  { name: 'a date without leading zeros', text: edit('date: 2026-02-10', 'date: 2026-2-10'), code: 'invalid-value' },
  { name: 'a date in Dutch order', text: edit('date: 2026-02-10', 'date: 10-02-2026'), code: 'invalid-value' },
  { name: 'near miss: a leap day', text: edit('date: 2026-02-10', 'date: 2028-02-29') },
  { name: 'a url without http', text: edit('url: https://example.com/blog', 'url: www.example.com/blog'), code: 'invalid-value' },
  { name: 'an ftp url', text: edit('url: https://example.com/blog', 'url: ftp://example.com/blog'), code: 'invalid-value' },
  { name: 'a url with a space', text: edit('url: https://example.com/blog', 'url: https://example.com/my blog'), code: 'invalid-value' },
  { name: 'near miss: an http url in capitals', text: edit('url: https://example.com/blog', 'url: HTTP://example.com/blog') },
  { name: 'a piece without a title', text: edit('  - title: Blog\n    persona: it', '  - persona: it'), code: 'missing-field' },
  { name: 'a piece with an empty title', text: edit('title: Blog', 'title:'), code: 'missing-field' },
  { name: 'near miss: a title that is a number', text: edit('title: Blog', 'title: 2026') },
  { name: 'a piece without a persona', text: edit('    persona: it\n', ''), code: 'missing-field' },
  { name: 'a piece with an empty persona list', text: edit('persona: [it, cfo]', 'persona: []'), code: 'missing-field' },
  { name: 'a persona given as a mapping', text: edit('persona: it', 'persona: { id: it }'), code: 'invalid-value' },
  { name: 'near miss: persona "*"', text: edit('persona: it', 'persona: "*"') },
  { name: 'a piece without a phase', text: edit('    phase: onboarding\n', ''), code: 'missing-field' },
  { name: 'a piece id of only spaces', text: edit('  - title: Webinar', '  - id: " "\n    title: Webinar'), code: 'invalid-value' },
  { name: 'min-per-cell -1', text: edit('min-per-cell: 1', 'min-per-cell: -1'), code: 'invalid-value' },
  { name: 'min-per-cell 1.5', text: edit('min-per-cell: 1', 'min-per-cell: 1.5'), code: 'invalid-value' },
  { name: 'min-per-cell in words', text: edit('min-per-cell: 1', 'min-per-cell: two'), code: 'invalid-value' },
  { name: 'near miss: min-per-cell 0', text: edit('min-per-cell: 1', 'min-per-cell: 0') },
  { name: 'a kpi that is not a number', text: edit('kpi: { reach: 5000 }', 'kpi: { reach: lots }'), code: 'invalid-value' },
  { name: 'a kpi number in quotes', text: edit('kpi: { reach: 5000 }', 'kpi: { reach: "5000" }'), code: 'invalid-value' },
  { name: 'a kpi without a value', text: edit('kpi: { reach: 5000 }', 'kpi: { reach: }'), code: 'invalid-value' },
  { name: 'a kpi that is a list', text: edit('kpi: { reach: 5000 }', 'kpi: [5000]'), code: 'invalid-value' },
  { name: 'near miss: kpi with a decimal and a negative number', text: edit('kpi: { reach: 5000 }', 'kpi: { ctr: 1.5, churn: -2 }') },
  { name: 'an unknown top-level key', text: edit('model: b2b', 'model: b2b\nowner: Sanne'), code: 'unknown-key' },
  { name: 'an unknown model', text: edit('model: b2b', 'model: b2c'), code: 'unknown-model' },
  { name: 'near miss: model aida', text: edit('model: b2b', 'model: aida') },
  { name: 'a plan without personas', text: edit('personas:\n  - id: it\n    name: Ivo, IT-manager\n  - cfo\n', ''), code: 'missing-field' },
  { name: 'a persona without an id', text: edit('  - id: it\n    name: Ivo', '  - name: Ivo'), code: 'missing-field' },
  { name: 'near miss: a persona with extra keys', text: edit('    name: Ivo, IT-manager', '    name: Ivo, IT-manager\n    goals: [fewer systems]\n    pains: legacy ERP') },
  { name: 'an unknown key in a phase', text: edit('    stage: customer', '    stage: customer\n    colour: blue'), code: 'unknown-key' },
  { name: 'a stage that is not buyer or customer', text: edit('stage: customer', 'stage: client'), code: 'invalid-value' },
  { name: 'a phase without an id', text: edit('  - id: onboarding\n    name: Onboarding', '  - name: Onboarding'), code: 'missing-field' },
  { name: 'an unknown rule', text: edit('  min-per-cell: 1', '  min-per-cell: 1\n  max-per-cell: 3'), code: 'unknown-key' },
  { name: 'an ignore rule without a phase', text: edit('{ persona: cfo, phase: awareness }', '{ persona: cfo }'), code: 'missing-field' },
  { name: 'an ignore rule with a list', text: edit('{ persona: cfo, phase: awareness }', '{ persona: [cfo, it], phase: awareness }'), code: 'invalid-value' },
  { name: 'near miss: an ignore rule with "*"', text: edit('{ persona: cfo, phase: awareness }', '{ persona: "*", phase: awareness }') },
  { name: 'content that is not a list', text: 'journey: T\npersonas: [it]\ncontent: none\n', code: 'invalid-value' },
];

describe('the schema flags what the server flags', () => {
  it('starts from a plan both accept', () => {
    assert.deepEqual(structuralCodes(BASE), []);
    assert.deepEqual(schemaErrors(BASE), []);
  });
  for (const { name, text, code } of CASES) {
    it(name, () => {
      const server = structuralCodes(text);
      const schema = schemaErrors(text);
      if (code) {
        assert.ok(server.includes(code), `the server should report ${code}, got ${JSON.stringify(server)}`);
        assert.notDeepEqual(schema, [], 'the schema should reject it');
      } else {
        assert.deepEqual(server, [], 'the server should accept it');
        assert.deepEqual(schema, [], 'the schema should accept it');
      }
    });
  }
});

describe('value patterns', () => {
  it('DATE_PATTERN accepts exactly the calendar days the validator accepts', () => {
    const date = new RegExp(DATE_PATTERN, 'u');
    const years = ['0000', '0004', '0099', '0100', '0400', '1900', '1996', '2000', '2023', '2024', '2026', '2100', '2400', '9999'];
    const differences: string[] = [];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (date.test(text) !== isCalendarDate(text)) differences.push(text);
        }
      }
    }
    for (const text of ['2026-2-10', '26-02-10', '2026-02-10T10:00', ' 2026-02-10', '2026/02/10', '20260210', '2026-02-1a']) {
      if (date.test(text) !== isCalendarDate(text)) differences.push(text);
    }
    assert.deepEqual(differences, []);
  });

  it('URL_PATTERN accepts every url the validator accepts and rejects the usual mistakes', () => {
    const url = new RegExp(URL_PATTERN, 'u');
    const accepted = ['https://example.com', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM/x', 'https://xn--bcher-kva.example/ü', 'http://localhost:8080'];
    const rejected = ['example.com', 'www.example.com', 'ftp://example.com', 'mailto:a@example.com', 'https://', 'https:/example.com', 'https://exa mple.com', ' https://example.com', 'javascript:alert(1)'];
    for (const text of accepted) assert.ok(isWebUrl(text) && url.test(text), text);
    for (const text of rejected) assert.ok(!isWebUrl(text) && !url.test(text), text);
  });
});

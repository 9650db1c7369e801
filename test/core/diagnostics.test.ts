// Every diagnostic code: a plan that raises it (with the right range and message) and a near
// miss that does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIAGNOSTIC_CODES } from '../../server/src/core';
import { codesOf, diagnosticsOf, FULL_PLAN, spanText } from '../helpers/plans';

function only(text: string, code: string) {
  const found = diagnosticsOf(text).filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(diagnosticsOf(text).map((d) => d.code))}`);
  return found[0];
}

describe('a complete plan', () => {
  it('has no diagnostics', () => {
    assert.deepEqual(diagnosticsOf(FULL_PLAN), []);
  });
});

describe('yaml-syntax', () => {
  it('reports the parser error at its position and still analyses the rest', () => {
    const text = FULL_PLAN.replace('  - title: Blog', '  - title: "Blog');
    const d = only(text, 'yaml-syntax');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /YAML syntax error/);
    assert.equal(d.range.start.line, 8, 'on the line of the open quote');
  });
  it('reports duplicate keys', () => {
    assert.ok(codesOf('journey: a\njourney: b\npersonas: [x]\n').includes('yaml-syntax'));
  });
  it('near miss: a colon inside a quoted title is fine', () => {
    assert.ok(!codesOf(FULL_PLAN.replace('title: Blog', 'title: "Blog: 5 tips"')).includes('yaml-syntax'));
  });
});

describe('missing-field', () => {
  it('a plan without personas', () => {
    const d = only('journey: T\ncontent: []\n', 'missing-field');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /personas/);
  });
  it('an empty file asks for personas, not a crash', () => {
    assert.deepEqual(codesOf(''), ['missing-field']);
    assert.deepEqual(codesOf('# only a comment\n'), ['missing-field']);
  });
  it('a plan without a title is a warning on the first key', () => {
    const text = FULL_PLAN.replace('journey: Test plan\n', '');
    const d = only(text, 'missing-field');
    assert.equal(d.severity, 'warning');
    assert.equal(spanText(text, d), 'model');
  });
  for (const field of ['title', 'persona', 'phase']) {
    it(`a piece without ${field}`, () => {
      const text = FULL_PLAN.replace(new RegExp(`\\n    ${field}: [^\\n]*`), '').replace(`  - title: Blog`, field === 'title' ? '  - type: blog' : '  - title: Blog');
      const d = only(text, 'missing-field');
      assert.match(d.message, new RegExp(`“${field}”`));
      assert.equal(d.range.start.line, d.range.end.line, 'on one line, not the whole piece');
    });
  }
  it('a persona without an id', () => {
    const d = only(FULL_PLAN.replace('  - id: cfo\n    name: Carla, CFO', '  - name: Carla, CFO'), 'missing-field');
    assert.match(d.message, /“id”/);
  });
  it('a custom phase without an id', () => {
    const text = FULL_PLAN.replace('model: hubspot\n', 'phases:\n  - awareness\n  - name: Overweging\n  - consideration\n  - decision\n');
    const d = only(text, 'missing-field');
    assert.equal(spanText(text, d), 'name');
  });
  it('near miss: a persona given as a bare id needs no id key', () => {
    assert.deepEqual(codesOf(FULL_PLAN.replace('  - id: cfo\n    name: Carla, CFO', '  - cfo')), []);
  });
});

describe('invalid-value', () => {
  const cases: [string, string, string, RegExp][] = [
    ['status', '    status: publised\n', 'publised', /Did you mean “published”/],
    ['date that is not a real date', '    date: 2026-02-30\n', '2026-02-30', /real calendar date/],
    ['date in another format', '    date: 10-02-2026\n', '10-02-2026', /YYYY-MM-DD/],
    ['url that is not http(s)', '    url: ftp://example.com/x\n', 'ftp://example.com/x', /http/],
    ['kpi that is not a number', '    kpi: { reach: veel }\n', 'veel', /kpi “reach”/],
  ];
  for (const [name, line, bad, message] of cases) {
    it(name, () => {
      const text = FULL_PLAN.replace('    phase: awareness\n', `    phase: awareness\n${line}`);
      const d = only(text, 'invalid-value');
      assert.equal(spanText(text, d), bad);
      assert.match(d.message, message);
    });
  }
  it('a stage that is neither buyer nor customer', () => {
    const text = FULL_PLAN.replace('model: hubspot\n', 'phases:\n  - { id: awareness, stage: koper }\n  - consideration\n  - decision\n');
    assert.equal(spanText(text, only(text, 'invalid-value')), 'koper');
  });
  it('min-per-cell that is not a non-negative integer', () => {
    for (const bad of ['-1', '1.5', 'twee']) {
      const text = `${FULL_PLAN}rules:\n  min-per-cell: ${bad}\n`;
      assert.equal(spanText(text, only(text, 'invalid-value')), bad);
    }
  });
  it('a root that is not a mapping', () => {
    assert.deepEqual(codesOf('- a\n- b\n'), ['invalid-value']);
    assert.deepEqual(codesOf('just text\n'), ['invalid-value']);
  });
  it('several YAML documents', () => {
    const d = only(`${FULL_PLAN}---\njourney: second\n`, 'invalid-value');
    assert.match(d.message, /2/);
    assert.equal(d.range.start.line, FULL_PLAN.split('\n').length - 1);
  });
  it('near misses: valid values of every kind', () => {
    const text = FULL_PLAN.replace(
      '    phase: awareness\n',
      '    phase: awareness\n    status: published\n    date: 2024-02-29\n    url: https://example.com/a?b=c\n    kpi: { reach: 5000, ctr: 1.5 }\n',
    );
    assert.deepEqual(codesOf(`${text}rules:\n  min-per-cell: 0\n`), []);
  });
});

describe('unknown-model', () => {
  it('names the model and suggests the closest', () => {
    const text = FULL_PLAN.replace('model: hubspot', 'model: hubspto');
    const d = only(text, 'unknown-model');
    assert.equal(spanText(text, d), 'hubspto');
    assert.match(d.message, /Did you mean “hubspot”/);
    assert.deepEqual(d.data, { suggestion: 'hubspot' });
  });
  it('near miss: every built-in model is known', () => {
    for (const model of ['hubspot', 'customer-5', 'b2b', 'customer-3', 'aida', 'see-think-do-care', 'cain']) {
      assert.ok(!codesOf(FULL_PLAN.replace('model: hubspot', `model: ${model}`)).includes('unknown-model'), model);
    }
  });
});

describe('unknown-persona', () => {
  it('on the reference, in a scalar, a block list and a flow list', () => {
    for (const [from, to] of [
      ['persona: "*"', 'persona: ti'],
      ['persona: [it, cfo]', 'persona: [it, cfoo]'],
      ['persona: [it, cfo]', 'persona:\n      - it\n      - cfoo'],
    ]) {
      const text = FULL_PLAN.replace(from, to);
      const d = only(text, 'unknown-persona');
      assert.ok(['ti', 'cfoo'].includes(spanText(text, d)));
      assert.match(d.message, /Did you mean “(it|cfo)”/);
    }
  });
  it('in an ignore rule', () => {
    const text = `${FULL_PLAN}rules:\n  ignore:\n    - { persona: ceo, phase: decision }\n`;
    assert.equal(spanText(text, only(text, 'unknown-persona')), 'ceo');
  });
  it('near miss: "*" and defined ids', () => {
    assert.deepEqual(codesOf(`${FULL_PLAN}rules:\n  ignore:\n    - { persona: "*", phase: decision }\n`).filter((c) => c.startsWith('unknown')), []);
  });
});

describe('unknown-phase', () => {
  it('on the reference, naming the plan phases', () => {
    const text = FULL_PLAN.replace('phase: awareness', 'phase: awarness');
    const d = only(text, 'unknown-phase');
    assert.equal(spanText(text, d), 'awarness');
    assert.match(d.message, /awareness, consideration, decision/);
    assert.equal(d.data?.suggestion, 'awareness');
  });
  it('a phase of another model is unknown in this one', () => {
    const text = FULL_PLAN.replace('phase: awareness', 'phase: [awareness, loyalty]');
    assert.equal(spanText(text, only(text, 'unknown-phase')), 'loyalty');
  });
  it('near miss: custom phases replace the model', () => {
    const text = FULL_PLAN.replace('model: hubspot\n', 'phases: [awareness, consideration, decision]\n');
    assert.deepEqual(codesOf(text), []);
  });
});

describe('duplicate-id', () => {
  it('on the later persona', () => {
    const text = FULL_PLAN.replace('  - id: cfo', '  - id: it');
    const d = only(text, 'duplicate-id');
    assert.equal(d.range.start.line, 5);
  });
  it('on the later piece and phase', () => {
    const pieces = FULL_PLAN.replace('  - title: Blog', '  - id: x\n    title: Blog').replace('  - title: Webinar', '  - id: x\n    title: Webinar');
    assert.equal(only(pieces, 'duplicate-id').range.start.line, 12);
    const phases = FULL_PLAN.replace('model: hubspot\n', 'phases: [awareness, consideration, decision, awareness]\n');
    assert.equal(only(phases, 'duplicate-id').range.start.character, 45);
  });
  it('near miss: the same id for a persona and a piece is fine', () => {
    assert.deepEqual(codesOf(FULL_PLAN.replace('  - title: Blog', '  - id: it\n    title: Blog')), []);
  });
});

describe('unknown-key', () => {
  it('at top level, in pieces, phases and rules, with a suggestion', () => {
    const cases: [string, string][] = [
      [FULL_PLAN.replace('model: hubspot', 'modle: hubspot'), 'modle'],
      [FULL_PLAN.replace('    phase: awareness\n', '    phase: awareness\n    chanel: web\n'), 'chanel'],
      [FULL_PLAN.replace('model: hubspot\n', 'phases:\n  - { id: awareness, stag: buyer }\n  - consideration\n  - decision\n'), 'stag'],
      [`${FULL_PLAN}rules:\n  min-per-cel: 2\n`, 'min-per-cel'],
    ];
    for (const [text, key] of cases) {
      const d = only(text, 'unknown-key');
      assert.equal(d.severity, 'warning');
      assert.equal(spanText(text, d), key);
      assert.match(d.message, /Did you mean/);
    }
  });
  it('near miss: personas accept any key', () => {
    assert.deepEqual(codesOf(FULL_PLAN.replace('    name: Carla, CFO', '    name: Carla, CFO\n    goals: [grip op kosten]\n    pains: te veel tools')), []);
  });
});

describe('empty-phase', () => {
  it('on a custom phase definition', () => {
    const text = FULL_PLAN.replace('model: hubspot\n', 'phases: [awareness, consideration, decision, retention]\n');
    const d = only(text, 'empty-phase');
    assert.equal(spanText(text, d), 'retention');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.data, { phase: 'retention' });
  });
  it('on the model for a built-in phase, naming the phase', () => {
    const text = FULL_PLAN.replace('phase: awareness', 'phase: consideration');
    const d = only(text, 'empty-phase');
    assert.equal(spanText(text, d), 'hubspot');
    assert.match(d.message, /Awareness/);
  });
  it('in Dutch, with the Dutch phase name', () => {
    const d = diagnosticsOf(FULL_PLAN.replace('phase: awareness', 'phase: consideration'), { locale: 'nl' }).find((x) => x.code === 'empty-phase');
    assert.match(d?.message ?? '', /Bewustwording/);
  });
  it('near miss: a phase served only by a retired piece is empty; one ignored for everyone is not', () => {
    assert.ok(codesOf(FULL_PLAN.replace('    phase: awareness\n', '    phase: awareness\n    status: retired\n')).includes('empty-phase'));
    const ignored = `${FULL_PLAN.replace('phase: awareness', 'phase: consideration')}rules:\n  ignore:\n    - { persona: "*", phase: awareness }\n`;
    assert.deepEqual(codesOf(ignored), []);
  });
});

describe('persona-without-content', () => {
  it('on the persona id, with the persona name', () => {
    const text = FULL_PLAN.replace('    name: Carla, CFO\n', '    name: Carla, CFO\n  - id: ceo\n    name: Cees, CEO\n').replace('persona: "*"', 'persona: [it, cfo]');
    const d = only(text, 'persona-without-content');
    assert.equal(spanText(text, d), 'ceo');
    assert.match(d.message, /Cees, CEO/);
  });
  it('near miss: a persona served through "*" has content', () => {
    const text = FULL_PLAN.replace('    name: Carla, CFO\n', '    name: Carla, CFO\n  - id: ceo\n');
    assert.ok(!codesOf(text).includes('persona-without-content'));
  });
});

describe('empty-cell', () => {
  it('one per empty cell, on the persona id', () => {
    const text = FULL_PLAN.replace('persona: [it, cfo]\n    phase: [consideration, decision]', 'persona: [it, cfo]\n    phase: consideration\n  - title: Demo\n    persona: it\n    phase: decision');
    const d = only(text, 'empty-cell');
    assert.equal(d.severity, 'information');
    assert.equal(spanText(text, d), 'cfo');
    assert.match(d.message, /Carla, CFO.*Decision/);
    assert.deepEqual(d.data, { persona: 'cfo', phase: 'decision' });
  });
  it('below min-per-cell says how many of how many', () => {
    const d = diagnosticsOf(`${FULL_PLAN}rules:\n  min-per-cell: 2\n`).filter((x) => x.code === 'empty-cell');
    assert.equal(d.length, 6);
    assert.match(d[0].message, /1 of the 2/);
  });
  it('near misses: ignored cells, min-per-cell 0, and cells covered by a larger gap', () => {
    const text = FULL_PLAN.replace('persona: [it, cfo]\n    phase: [consideration, decision]', 'persona: [it, cfo]\n    phase: consideration\n  - title: Demo\n    persona: it\n    phase: decision');
    assert.deepEqual(codesOf(`${text}rules:\n  ignore:\n    - { persona: cfo, phase: decision }\n`), []);
    assert.deepEqual(codesOf(`${text}rules:\n  min-per-cell: 0\n`), []);
    assert.deepEqual(codesOf(FULL_PLAN.replace('phase: awareness', 'phase: consideration')), ['empty-phase']);
  });
});

describe('severity settings', () => {
  it('change a code’s severity or turn it off', () => {
    const text = FULL_PLAN.replace('phase: awareness', 'phase: consideration');
    assert.equal(diagnosticsOf(text, { severity: { 'empty-phase': 'error' } })[0].severity, 'error');
    assert.deepEqual(diagnosticsOf(text, { severity: { 'empty-phase': 'off' } }), []);
  });
  it('every code has a documented section', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/diagnostics.md', 'utf8');
    for (const code of DIAGNOSTIC_CODES) assert.match(doc, new RegExp(`^#+ .*\`?${code}\`?`, 'm'), code);
  });
});

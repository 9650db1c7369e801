// `extends`: how a plan and its bases combine, and every way a base cannot be used.
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { complete } from '../../server/src/core/completion';
import { analyze, asBase, reanalyze, type Analysis, type BaseLookup, type Diagnostic, type PlanBases } from '../../server/src/core';

const PLAN = '/team/plan.journey';

/** Bases from memory, as a host would read them from disk: paths relative to the plan that names them. */
function bases(files: Record<string, string>, path: string | undefined = PLAN): PlanBases & { looked: string[] } {
  const read = new Map<string, BaseLookup>();
  const looked: string[] = [];
  return {
    path,
    looked,
    lookup(from, ref) {
      const at = posix.resolve(posix.dirname(from ?? '/team/stdin'), ref);
      looked.push(at);
      if (!read.has(at)) {
        const text = files[at];
        read.set(at, text === undefined ? { path: at, problem: 'missing' } : !at.endsWith('.journey') ? { path: at, problem: 'not-a-plan' } : asBase(at, analyze(text)));
      }
      return read.get(at)!;
    },
  };
}

function check(text: string, files: Record<string, string>): Analysis {
  return analyze(text, {}, undefined, bases(files));
}

function found(analysis: Analysis, code: string): { text: string; message: string }[] {
  return analysis.diagnostics.filter((d) => d.code === code).map((d: Diagnostic) => ({ text: analysis.text.slice(d.span.start, d.span.end), message: d.message }));
}

const TEAM = `journey: Team
model: hubspot
personas:
  - id: it
    name: Ivo
  - id: cfo
    name: Carla
rules:
  min-per-cell: 2
  ignore:
    - { persona: cfo, phase: awareness }
`;

describe('extends: how bases combine', () => {
  it('takes the base’s personas first, then its own; the base’s phases and rules', () => {
    const text = `journey: Plan\nextends: ./team.journey\npersonas:\n  - id: dirk\ncontent:\n  - title: Blog\n    persona: "*"\n    phase: awareness\n`;
    const analysis = check(text, { '/team/team.journey': TEAM });
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['it', 'cfo', 'dirk']);
    assert.deepEqual(analysis.matrix.phases.map((p) => p.id), ['awareness', 'consideration', 'decision']);
    assert.equal(analysis.plan.model, 'hubspot');
    assert.equal(analysis.matrix.minPerCell, 2);
    const cfoAwareness = analysis.matrix.cells.find((c) => c.persona.id === 'cfo' && c.phase.id === 'awareness')!;
    assert.equal(cfoAwareness.ignoredBy, 'rule');
    // Where the base defines Ivo: its file and line, for go to definition and hover.
    const ivo = analysis.plan.personas[0];
    assert.equal(ivo.origin?.path, '/team/team.journey');
    assert.deepEqual(ivo.origin?.lines.range(ivo.origin.idSpan), { start: { line: 3, character: 8 }, end: { line: 3, character: 10 } });
    // In this plan, what is said about a base's persona is said on the extends value.
    assert.deepEqual(found(analysis, 'empty-cell').map((d) => d.text), ['./team.journey', 'dirk']);
    assert.equal(analysis.plan.personas[2].origin, undefined);
    assert.deepEqual(found(analysis, 'invalid-extends'), []);
  });

  it('its own model or phases replace the bases’; its own min-per-cell wins', () => {
    const text = `journey: Plan\nextends: ./team.journey\nmodel: aida\nrules:\n  min-per-cell: 1\n  ignore:\n    - { persona: it, phase: action }\ncontent: []\n`;
    const analysis = check(text, { '/team/team.journey': TEAM });
    assert.deepEqual(analysis.matrix.phases.map((p) => p.id), ['attention', 'interest', 'desire', 'action']);
    assert.equal(analysis.matrix.minPerCell, 1);
    // The base's ignore rule names a phase this plan does not have: left out, without a problem here.
    assert.deepEqual(analysis.plan.rules.ignore.map((r) => `${r.persona?.value}/${r.phase?.value}/${r.fromBase ?? false}`), ['cfo/awareness/true', 'it/action/false']);
    assert.deepEqual(found(analysis, 'unknown-phase'), []);
    const own = check(`journey: Plan\nextends: ./team.journey\nphases: [a, b]\n`, { '/team/team.journey': TEAM });
    assert.deepEqual(own.matrix.phases.map((p) => p.id), ['a', 'b']);
  });

  it('takes the phases of the last base that sets them, in list order', () => {
    const files = {
      '/team/team.journey': TEAM,
      '/team/phases.journey': 'phases:\n  - id: kennismaken\n  - id: kopen\n',
      '/team/more.journey': 'personas: [extra]\n',
    };
    const analysis = check('journey: Plan\nextends: [./team.journey, ./phases.journey, ./more.journey]\n', files);
    assert.deepEqual(analysis.matrix.phases.map((p) => p.id), ['kennismaken', 'kopen']);
    assert.equal(analysis.plan.model, 'custom');
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['it', 'cfo', 'extra']);
    const kopen = analysis.plan.phases[1];
    assert.equal(kopen.origin?.path, '/team/phases.journey');
    assert.equal(kopen.origin?.lines.position(kopen.origin.idSpan.start).line, 2);
    // The phase's spans in this plan are the item that brought it.
    assert.equal(analysis.text.slice(kopen.idSpan!.start, kopen.idSpan!.end), './phases.journey');
  });

  it('follows a chain: a base may extend another and have no content', () => {
    const files: Record<string, string> = {};
    // 300 files, each adding one persona and extending the next: walked without recursion.
    for (let i = 0; i < 300; i++) files[`/team/b${i}.journey`] = `personas: [p${i}]\n${i < 299 ? `extends: ./b${i + 1}.journey\n` : 'model: aida\n'}`;
    const analysis = check('journey: Plan\nextends: ./b0.journey\n', files);
    assert.equal(analysis.matrix.personas.length, 300);
    assert.deepEqual(analysis.matrix.personas.slice(0, 2).map((p) => p.id), ['p299', 'p298']);
    assert.equal(analysis.plan.model, 'aida');
    assert.deepEqual(found(analysis, 'invalid-extends'), []);
  });

  it('reads a base reached twice (a diamond) once, without a duplicate', () => {
    const files = {
      '/team/team.journey': TEAM,
      '/team/sales.journey': 'extends: ./team.journey\npersonas: [verkoper]\n',
      '/team/service.journey': 'extends: ./team.journey\npersonas: [klant]\n',
    };
    const host = bases(files);
    const analysis = analyze('journey: Plan\nextends: [./sales.journey, ./service.journey]\n', {}, undefined, host);
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['it', 'cfo', 'verkoper', 'klant']);
    assert.deepEqual(found(analysis, 'duplicate-id'), []);
    assert.deepEqual(host.looked, ['/team/sales.journey', '/team/team.journey', '/team/service.journey', '/team/team.journey']);
  });
});

describe('extends: duplicate-id across files', () => {
  it('on the plan’s own persona, when a base defines the id', () => {
    const text = 'journey: Plan\nextends: ./team.journey\npersonas:\n  - id: cfo\n    name: Ander\n';
    const analysis = check(text, { '/team/team.journey': TEAM });
    assert.deepEqual(found(analysis, 'duplicate-id'), [{ text: 'cfo', message: 'The persona id “cfo” is already defined in the base “./team.journey”; ids must be unique across files.' }]);
    assert.equal(analysis.plan.personas.find((p) => p.id === 'cfo')?.name, 'Carla');
  });

  it('on the second base’s item, when two files define the id', () => {
    const text = 'journey: Plan\nextends:\n  - ./team.journey\n  - ./other.journey\n';
    const analysis = check(text, { '/team/team.journey': TEAM, '/team/other.journey': 'personas: [cfo, anna]\n' });
    assert.deepEqual(found(analysis, 'duplicate-id').map((d) => d.text), ['./other.journey']);
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['it', 'cfo', 'anna']);
  });

  it('in Dutch', () => {
    const text = 'journey: Plan\nextends: ./team.journey\npersonas: [it]\n';
    const analysis = analyze(text, { locale: 'nl' }, undefined, bases({ '/team/team.journey': TEAM }));
    assert.deepEqual(found(analysis, 'duplicate-id').map((d) => d.message), ['Het id “it” van deze persona staat al in de basis “./team.journey”; id’s moeten uniek zijn over alle bestanden.']);
  });
});

describe('extends: invalid-extends', () => {
  const CONTENT = 'content:\n  - title: Blog\n    persona: eigen\n    phase: awareness\n';

  it('a missing file, on that item; the rest of the plan is still read', () => {
    const text = `journey: Plan\nextends:\n  - ./team.journey\n  - ./persona.journey\npersonas: [eigen]\n${CONTENT}`;
    const analysis = check(text, { '/team/team.journey': TEAM });
    assert.deepEqual(found(analysis, 'invalid-extends'), [{ text: './persona.journey', message: 'The base “./persona.journey” does not exist.' }]);
    assert.equal(analysis.diagnostics.find((d) => d.code === 'invalid-extends')?.severity, 'error');
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['it', 'cfo', 'eigen']);
    assert.equal(analysis.plan.pieces.length, 1);
  });

  it('a file that is not a plan: another extension, or no plan keys', () => {
    const files = { '/team/notes.md': '# notes', '/team/list.journey': '- a\n- b\n', '/team/keys.journey': 'kleur: blauw\n' };
    const analysis = check(`journey: Plan\nextends: [./notes.md, ./list.journey, ./keys.journey]\npersonas: [eigen]\n${CONTENT}`, files);
    assert.deepEqual(found(analysis, 'invalid-extends').map((d) => d.text), ['./notes.md', './list.journey', './keys.journey']);
    assert.match(found(analysis, 'invalid-extends')[0].message, /^The base “\.\/notes\.md” is not a plan/);
  });

  it('a plan that extends itself', () => {
    const analysis = check(`journey: Plan\nextends: ./plan.journey\npersonas: [eigen]\n${CONTENT}`, {});
    assert.deepEqual(found(analysis, 'invalid-extends'), [{ text: './plan.journey', message: '“extends” goes round in a circle: ./plan.journey → ./plan.journey. A plan cannot be its own base, directly or through another.' }]);
  });

  it('a cycle of three files, back to the plan, and one further down', () => {
    const files = { '/team/b.journey': 'personas: [b]\nextends: ./c.journey\n', '/team/c.journey': 'personas: [c]\nextends: ./plan.journey\n' };
    const analysis = check(`journey: Plan\nextends: ./b.journey\npersonas: [eigen]\n${CONTENT}`, files);
    assert.deepEqual(found(analysis, 'invalid-extends').map((d) => d.message), ['“extends” goes round in a circle: ./b.journey → ./c.journey → ./plan.journey. A plan cannot be its own base, directly or through another.']);
    assert.deepEqual(analysis.matrix.personas.map((p) => p.id), ['c', 'b', 'eigen']);
    const below = { '/team/x.journey': 'personas: [x]\nextends: ./y.journey\n', '/team/y.journey': 'personas: [y]\nextends: ./x.journey\n' };
    assert.deepEqual(found(check(`journey: Plan\nextends: ./x.journey\n${CONTENT}`, below), 'invalid-extends').map((d) => d.text), ['./x.journey']);
  });

  it('a value that is not a path; without a host every base is missing', () => {
    assert.deepEqual(found(check('journey: Plan\nextends: { a: 1 }\npersonas: [p]\n', {}), 'invalid-extends'), [{ text: '{ a: 1 }', message: '“extends” takes a relative path to a .journey file, or a list of them.' }]);
    assert.deepEqual(found(analyze('journey: Plan\nextends: ./team.journey\npersonas: [p]\n'), 'invalid-extends').map((d) => d.text), ['./team.journey']);
  });

  it('a plan left without personas says so once, on extends', () => {
    const analysis = check('journey: Plan\nextends: ./gone.journey\n', {});
    assert.deepEqual(analysis.diagnostics.map((d) => `${d.code} ${analysis.text.slice(d.span.start, d.span.end)}`), ['missing-field extends', 'invalid-extends ./gone.journey']);
  });
});

describe('extends: a base changes', () => {
  it('reanalyze checks the same read against the new bases: the same pieces, the same answer as from scratch', () => {
    const text = `journey: Plan\nextends: ./team.journey\ncontent:\n  - title: Blog\n    persona: anna\n    phase: awareness\n`;
    const before = check(text, { '/team/team.journey': TEAM });
    assert.deepEqual(found(before, 'unknown-persona').map((d) => d.text), ['anna']);
    const files = { '/team/team.journey': TEAM.replace('  - id: cfo', '  - id: anna') };
    const after = reanalyze(before, {}, bases(files));
    assert.deepEqual(found(after, 'unknown-persona'), []);
    assert.equal(after.plan.pieces[0], before.plan.pieces[0]);
    assert.equal(after.own, before.own);
    assert.deepEqual(after.diagnostics, check(text, files).diagnostics);
    // The earlier answer is unchanged.
    assert.deepEqual(found(before, 'unknown-persona').map((d) => d.text), ['anna']);
  });

  it('the same texts give the same answer, whatever ran before', () => {
    const files = { '/team/team.journey': TEAM, '/team/b.journey': 'extends: ./team.journey\npersonas: [b, it]\n' };
    const text = 'journey: Plan\nextends: [./b.journey, ./team.journey]\npersonas: [cfo]\n';
    assert.deepEqual(check(text, files).diagnostics, check(text, files).diagnostics);
    assert.deepEqual(asBase('/x.journey', analyze('')), { path: '/x.journey', problem: 'not-a-plan' });
  });
});

describe('extends: completion', () => {
  it('after `extends:` offers the plan files the host lists, as written', () => {
    const text = 'journey: Plan\nextends: \npersonas: [p]\n';
    const items = complete(analyze(text), text.indexOf('extends: ') + 'extends: '.length, 'en', ['./team.journey', '../gedeeld/personas.journey']);
    assert.deepEqual(items.map((item) => [item.label, item.insertText]), [['./team.journey', './team.journey'], ['../gedeeld/personas.journey', '../gedeeld/personas.journey']]);
    const key = complete(analyze('journey: Plan\n'), 'journey: Plan\n'.length).find((item) => item.label === 'extends');
    assert.deepEqual([key?.insertText, key?.retrigger], ['extends: ', true]);
  });
});

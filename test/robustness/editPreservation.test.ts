// Edits lose nothing: every edit the extension makes (quick fixes, rename, add a piece, expect no
// content, define a persona) on the samples and on odd layouts keeps the text outside the edit
// byte for byte, leaves a plan with no new YAML errors, and does what it says (editChecks.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { addPieceEdit, applyEdits, expectNoContentEdit } from '../../server/src/core/edits';
import { allEdits, checkEdits } from './editChecks';

const SAMPLES = readdirSync('samples')
  .filter((name) => name.endsWith('.journey'))
  .sort()
  .map((name) => ({ name: `sample ${name}`, text: readFileSync(join('samples', name), 'utf8') }));

/** Layouts people write that the edit code must cope with. */
export const ODD_LAYOUTS: { name: string; text: string }[] = [
  { name: 'empty file', text: '' },
  { name: 'only a comment, no trailing newline', text: '# plan to come' },
  { name: 'flow style sections', text: 'journey: T\npersonas: [{ id: a, name: A }, b]\ncontent: [{ title: x, persona: a, phase: awareness }, { title: y, persona: [a, b], phase: [usage] }]\nrules: { min-per-cell: 1 }\n' },
  { name: 'empty flow lists and mapping', text: 'journey: T\npersonas: [a]\ncontent: []\nrules: {}\n' },
  { name: 'the whole plan as one flow mapping', text: '{ journey: T, personas: [{ id: a }], content: [{ title: x, persona: a, phase: awareness }] }\n' },
  { name: 'flow mapping root with an anchor, no newline', text: '&plan { journey: T, personas: [a] }' },
  {
    name: 'comments everywhere',
    text: '# head\njourney: T # title\n# between\npersonas: # the people\n  # before the item\n  - id: a # first\n    # inside\n    name: A\n  # after the item\ncontent: # pieces\n  - title: x # t\n    persona: a\n    phase: awareness\n    # trailing in item\n# trailing at top\nrules: # r\n  min-per-cell: 1 # one\n  # end of rules\n# the very end\n',
  },
  { name: 'CRLF line breaks', text: 'journey: T\r\npersonas:\r\n  - id: a\r\n    name: A\r\ncontent:\r\n  - title: x\r\n    persona: a\r\n    phase: awareness\r\n' },
  { name: 'tabs for alignment in comments', text: 'journey: T\t\t# the title\npersonas:\t# who\n  - id: a\t\t# first persona\ncontent:\n  - title: x\t\t\t# a piece\n    persona: a\t# who\n    phase: awareness\t# when\n' },
  {
    name: 'quoted and block scalars',
    text: `journey: "T: the plan"\npersonas:\n  - id: 'a'\n    name: "Ann \\"the boss\\""\n    description: |\n      Line one\n      Line two\ncontent:\n  - title: >\n      Folded\n      title\n    persona: "a"\n    phase: 'awareness'\n    notes: |-\n      keep\n\n      this\n`,
  },
  { name: 'content: at the very end, no newline', text: 'journey: T\npersonas:\n  - id: a\ncontent:' },
  { name: 'last item at the very end, no newline', text: 'journey: T\npersonas:\n  - id: a\ncontent:\n  - title: x\n    persona: a\n    phase: awareness' },
  { name: 'list items at the key’s column', text: 'journey: T\npersonas:\n- id: a\n- id: b\ncontent:\n- title: x\n  persona: a\n  phase: awareness\n' },
  { name: 'four-space indentation', text: 'journey: T\npersonas:\n    -   id: a\n        name: A\ncontent:\n    -   title: x\n        persona: a\n        phase: awareness\n' },
  { name: 'dash alone on its line', text: 'journey: T\npersonas:\n  -\n    id: a\ncontent:\n  -\n    title: x\n    persona: a\n    phase: awareness\n' },
  { name: 'anchors, aliases and merge keys', text: 'journey: T\npersonas:\n  - id: &who a\ncontent:\n  - &first-piece\n    title: x\n    persona: *who\n    phase: awareness\n  - <<: *first-piece\n    title: y\n' },
  { name: 'an indented plan', text: '   journey: T\n   personas:\n     - id: a\n' },
  { name: 'document start and end markers', text: '%YAML 1.2\n---\njourney: T\npersonas:\n  - id: a\n...\n' },
  { name: 'a second document after the plan', text: 'journey: T\npersonas:\n  - id: a\n---\nnotes: not part of the plan\n' },
  { name: 'rules with ignore in flow style', text: 'journey: T\npersonas: [a, b]\ncontent:\n  - { title: x, persona: a, phase: "*" }\nrules:\n  ignore: [{ persona: b, phase: usage }]\n' },
  { name: 'rules as a flow mapping with ignore', text: 'journey: T\npersonas: [a, b]\ncontent: [{ title: x, persona: a, phase: "*" }]\nrules: { min-per-cell: 1, ignore: [] }\n' },
  { name: 'custom phases and unknown references', text: 'journey: T\nphases:\n  - idea\n  - { id: build, stage: customer }\npersonas:\n  - id: dev\ncontent:\n  - title: x\n    persona: devv\n    phase: [idae, build]\n    statuss: draft\n' },
  { name: 'ids that are numbers, booleans and emoji', text: 'journey: T\npersonas: [1, true, 🚀]\ncontent:\n  - { title: x, persona: [1, true], phase: awareness }\n' },
];

describe('edits lose nothing', () => {
  for (const { name, text } of [...SAMPLES, ...ODD_LAYOUTS]) {
    for (const eol of ['\n', '\r\n']) {
      if (eol === '\r\n' && (text.includes('\r\n') || !text.includes('\n'))) continue;
      const source = eol === '\n' ? text : text.replace(/\n/g, '\r\n');
      it(`${name}${eol === '\r\n' ? ' (as CRLF)' : ''}`, () => {
        const analysis = analyze(source);
        const planned = allEdits(analysis);
        assert.ok(planned.length > 0, 'no edits to check');
        const failures = planned.map((edit) => [edit.what, checkEdits(analysis, edit.edits, edit.goal)]).filter(([, wrong]) => wrong);
        assert.deepEqual(failures, []);
      });
    }
  }
});

describe('edits in odd layouts, exactly', () => {
  const layout = (name: string): string => ODD_LAYOUTS.find((l) => l.name === name)!.text;

  it('a piece goes inside a flow-mapping plan', () => {
    const text = layout('flow mapping root with an anchor, no newline');
    const result = applyEdits(text, [addPieceEdit(analyze(text), 'a', 'awareness')]);
    assert.equal(result, '&plan { journey: T, personas: [a], content: [{ title: New piece for a in Awareness, persona: a, phase: awareness, status: idea }] }');
  });

  it('an ignore rule goes into the first document, before its end marker', () => {
    const text = layout('document start and end markers');
    const result = applyEdits(text, [expectNoContentEdit(analyze(text), 'a', 'usage')]);
    assert.equal(result, '%YAML 1.2\n---\njourney: T\npersonas:\n  - id: a\nrules:\n  ignore:\n    - { persona: a, phase: usage }\n...\n');
  });

  it('a new section in an indented plan is indented like its keys', () => {
    const text = layout('an indented plan');
    const result = applyEdits(text, [addPieceEdit(analyze(text), 'a', 'usage')]);
    assert.equal(result, `${text}   content:\n     - title: New piece for a in Usage\n       persona: a\n       phase: usage\n       status: idea\n`);
  });

  it('a new item lines up with four-space items, and an anchored first item does not push it right', () => {
    const four = layout('four-space indentation');
    assert.ok(applyEdits(four, [addPieceEdit(analyze(four), 'a', 'usage')]).endsWith('        phase: awareness\n    -   title: New piece for A in Usage\n        persona: a\n        phase: usage\n        status: idea\n'));
    const anchored = 'journey: T\npersonas: [a]\ncontent:\n  - &p { title: x, persona: a, phase: awareness }\n';
    assert.ok(applyEdits(anchored, [addPieceEdit(analyze(anchored), 'a', 'usage')]).endsWith('\n  - title: New piece for a in Usage\n    persona: a\n    phase: usage\n    status: idea\n'));
  });

  it('no quick fix where there is no list to add to', () => {
    const text = 'journey: T\npersonas: [a]\ncontent: see the spreadsheet\n';
    const analysis = analyze(text);
    const edit = addPieceEdit(analysis, 'a', 'awareness');
    assert.equal(applyEdits(text, [edit]), text);
    const gap = analysis.diagnostics.find((d) => d.code === 'persona-without-content')!;
    assert.ok(gap);
  });

  it('rename leaves aliases alone: the anchor they point to is renamed', () => {
    const text = layout('anchors, aliases and merge keys');
    const analysis = analyze(text);
    const rename = allEdits(analysis).find((edit) => edit.what === 'rename persona a')!;
    assert.equal(applyEdits(text, rename.edits), text.replace('&who a', '&who renamed-id'));
  });
});

// The Mermaid export: its shape (sections, tasks, scores, actors, gaps), and Mermaid itself
// reading it back. The `mermaid` package needs a DOM even to parse (its sanitiser), so the
// second part runs the real mermaid.min.js in headless Chromium: it parses every sample and a
// hostile plan, we compare what its parser stored with the plan, and it renders each one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { analyze, toMatrixModel, type Locale, type MatrixModel } from '../../server/src/core';
import { renderMatrix } from '../../server/src/core/export';
import { escapeMermaid, MERMAID_GAP_SCORE, MERMAID_SCORE_WITHOUT_STATUS, MERMAID_SCORES, renderMatrixMermaid } from '../../server/src/core/export/mermaid';
import { PIECE_STATUSES } from '../../server/src/core/plan';
import { run } from '../../server/src/cli/run';
import { launchChromium } from '../preview/chromium';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const window: any, document: any;

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SAMPLES = path.join(REPO_ROOT, 'samples');

function mermaidOf(plan: string, locale: Locale = 'en'): string {
  return renderMatrixMermaid(toMatrixModel(analyze(plan, { locale })), locale);
}

const PLAN = `journey: Test plan
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
  - id: ceo
content:
  - title: Blog
    persona: [cfo, it]
    phase: awareness
    status: published
  - title: Webinar
    persona: "*"
    phase: [consideration, decision]
  - title: Old trial
    persona: it
    phase: decision
    status: retired
rules:
  ignore:
    - { persona: ceo, phase: decision }
`;

describe('renderMatrixMermaid', () => {
  it('writes a journey diagram: title, one section per phase, one task per piece with its personas as actors', () => {
    assert.equal(
      mermaidOf(PLAN),
      [
        'journey',
        '  title Test plan',
        '  section Awareness',
        '    Blog: 5: Ivo#44; IT-manager, Carla#44; CFO',
        '    ⚠ Gap#58; ceo: 1: ceo',
        '  section Consideration',
        '    Webinar: 3: Ivo#44; IT-manager, Carla#44; CFO, ceo',
        '  section Decision',
        '    Webinar: 3: Ivo#44; IT-manager, Carla#44; CFO, ceo',
        '    Old trial: 1: Ivo#44; IT-manager',
        '',
      ].join('\n'),
    );
  });

  it('names phases and gaps in the plan language', () => {
    const text = mermaidOf(PLAN, 'nl');
    assert.match(text, /^ {2}section Bewustwording$/m);
    assert.match(text, /^ {4}⚠ Gat#58; ceo: 1: ceo$/m);
  });

  it('scores a piece by its status, and a gap as 1', () => {
    assert.deepEqual(MERMAID_SCORES, { idea: 1, planned: 2, draft: 3, review: 3, scheduled: 4, published: 5, retired: 1 });
    const pieces = PIECE_STATUSES.map((status) => `  - { title: ${status}, persona: p, phase: awareness, status: ${status} }`).join('\n');
    const text = mermaidOf(`journey: S\nmodel: hubspot\npersonas: [p]\ncontent:\n${pieces}\n  - { title: none, persona: p, phase: awareness }\n`);
    for (const status of PIECE_STATUSES) assert.match(text, new RegExp(`^ {4}${status}: ${MERMAID_SCORES[status]}: p$`, 'm'));
    assert.match(text, new RegExp(`^ {4}none: ${MERMAID_SCORE_WITHOUT_STATUS}: p$`, 'm'));
    assert.match(text, new RegExp(`^ {4}⚠ Gap#58; p: ${MERMAID_GAP_SCORE}: p$`, 'm'), 'consideration is a gap');
  });

  it('scores by the journey map emotion where one is given (-2 … 2 → 1 … 5), one task per score', () => {
    const text = mermaidOf(`${PLAN}map:
  - { persona: it, phase: awareness, emotion: -2 }
  - { persona: cfo, phase: awareness, emotion: 2 }
  - { persona: "*", phase: consideration, emotion: 0 }
  - { persona: ceo, phase: awareness, emotion: -1 }
`);
    const section = (name: string) => text.split(/^ {2}section /m).find((part) => part.startsWith(name))!;
    assert.equal(section('Awareness'), 'Awareness\n    Blog: 1: Ivo#44; IT-manager\n    Blog: 5: Carla#44; CFO\n    ⚠ Gap#58; ceo: 2: ceo\n');
    assert.equal(section('Consideration'), 'Consideration\n    Webinar: 3: Ivo#44; IT-manager, Carla#44; CFO, ceo\n');
    // Decision has no emotion: today's scores by status.
    assert.equal(section('Decision'), 'Decision\n    Webinar: 3: Ivo#44; IT-manager, Carla#44; CFO, ceo\n    Old trial: 1: Ivo#44; IT-manager\n');
  });

  it('keeps a phase where no content is expected visible, with a task saying so', () => {
    const text = mermaidOf('journey: T\nmodel: hubspot\npersonas: [p]\ncontent:\n  - { title: A, persona: p, phase: [awareness, consideration] }\nrules:\n  ignore: [{ persona: p, phase: decision }]\n');
    assert.match(text, /^ {2}section Decision\n {4}\(no content expected\): 3\n$/m);
  });

  it('leaves out the title line when the plan has no title, and names an untitled piece', () => {
    const text = mermaidOf('model: hubspot\npersonas: [p]\ncontent:\n  - { title: "", persona: p, phase: awareness }\n');
    assert.doesNotMatch(text, /^ {2}title/m);
    assert.match(text, /^ {4}\(no title\): 3: p$/m);
  });

  it('codes what Mermaid would misread, so that it reads the text unchanged', () => {
    assert.equal(escapeMermaid('a: b; c # d', 'task'), 'a#58; b#59; c #35; d');
    assert.equal(escapeMermaid('Ivo, IT-manager', 'actor'), 'Ivo#44; IT-manager');
    assert.equal(escapeMermaid('Ivo, IT-manager', 'text'), 'Ivo, IT-manager', 'commas only matter between actors');
    assert.equal(escapeMermaid('<script>&', 'text'), '#60;script#62;#38;');
    assert.equal(escapeMermaid('one\ntwo\r\n', 'text'), 'one#10;two#13;#10;');
    assert.equal(escapeMermaid('  both ends ', 'text'), '#32;#32;both ends#32;');
    assert.equal(escapeMermaid('50%% off', 'text'), '50#37;#37; off');
    assert.equal(escapeMermaid('Section 2 recap', 'task'), '#83;ection 2 recap', 'not a section line');
    assert.equal(escapeMermaid('Section 2 recap', 'text'), 'Section 2 recap', 'in a title or section name it is just text');
    assert.equal(escapeMermaid('#35;', 'text'), '#35;35#59;', 'a code written in the plan stays literal');
    assert.equal(escapeMermaid('🎉 Ünïcödé — “quotes”', 'task'), '🎉 Ünïcödé — “quotes”');
  });

  it('keeps every line in the shape of the journey grammar, for every sample', () => {
    const line = /^(?:journey|  title [^\n#;]+|  section [^\n#:;]+|    [^\s#:;][^\n#:;]*: [1-5](?:: [^\s#:;,][^\n#:;,]*(?:, [^\s#:;,][^\n#:;,]*)*)?)$/u;
    for (const name of sampleNames()) {
      const text = mermaidOf(readFileSync(path.join(SAMPLES, name), 'utf8'));
      for (const written of text.trimEnd().split('\n')) {
        // Entity codes are the one place `#` and `;` may appear.
        assert.match(written.replace(/#\d+;/g, 'X'), line, `${name}: ${written}`);
      }
    }
  });

  it('is what `journey matrix --format mermaid` prints', () => {
    const file = path.join(SAMPLES, 'saas-hubspot.journey');
    let out = '';
    const status = run(['matrix', file, '--format', 'mermaid', '--locale', 'nl'], { out: (text) => (out += text), err: () => undefined, env: {} });
    assert.equal(status, 0);
    const model = toMatrixModel(analyze(readFileSync(file, 'utf8'), { locale: 'nl' }));
    assert.equal(out, renderMatrixMermaid(model, 'nl'));
    assert.equal(renderMatrix(model, 'mermaid', 'nl'), out);
  });
});

// ---- Mermaid reads it back ------------------------------------------------------------------

function sampleNames(): string[] {
  return readdirSync(SAMPLES).filter((name) => name.endsWith('.journey'));
}

/** What Mermaid's parser stored, and the texts of the SVG it rendered. */
interface MermaidReading {
  title: string;
  sections: string[];
  tasks: { section: string; task: string; score: number; people: string[] }[];
  svgTexts: string[];
  svgTitles: string[];
  svgScripts: number;
}

let browser: Browser;
let page: Page;

let renders = 0;
async function readWithMermaid(text: string): Promise<MermaidReading> {
  return page.evaluate(
    async ({ text, id }) => {
      const { mermaid } = window;
      // Parse first and read the parser's store before render() parses again into the same store.
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = diagram.db;
      const tasks = db.getTasks().map((task: { section: string; task: string; score: number; people: string[] }) => ({
        section: task.section,
        task: task.task,
        score: task.score,
        people: task.people,
      }));
      const reading = { title: db.getDiagramTitle(), sections: [...db.getSections()], tasks };
      const { svg } = await mermaid.render(id, text);
      const holder = document.createElement('div');
      holder.innerHTML = svg;
      document.body.append(holder);
      const all = (selector: string) => [...holder.querySelectorAll(selector)].map((node: { textContent: string }) => node.textContent);
      const result = { ...reading, svgTexts: all('text'), svgTitles: all('title'), svgScripts: holder.querySelectorAll('script').length };
      holder.remove();
      return result;
    },
    { text, id: `journey-${++renders}` },
  );
}

/**
 * Mermaid keeps `#58;` as a marker while parsing and turns it into `&#58;` in the SVG (its
 * decodeEntities), which the SVG parser reads as `:`. This does both steps for parsed text.
 */
function decoded(text: string): string {
  const marker = /\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g;
  // The export codes ¶ and ﬂ themselves, so any other marker piece would be a stray Mermaid leaves.
  assert.doesNotMatch(text.replace(marker, ''), /[\uFB02\u00B6]/, `a marker Mermaid would not decode in ${JSON.stringify(text)}`);
  return text.replace(marker, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** The diagram the export should describe, from the matrix model: the specification restated. */
function expectedTasks(model: MatrixModel, locale: Locale = 'en'): MermaidReading['tasks'] {
  const name = (id: string) => model.personas.find((persona) => persona.id === id)!.name;
  const tasks: MermaidReading['tasks'] = [];
  for (const phase of model.phases) {
    const cells = model.cells.filter((cell) => cell.phase === phase.id);
    const lines = [...new Set(cells.flatMap((cell) => cell.content.map((piece) => piece.line)))].sort((a, b) => a - b);
    for (const line of lines) {
      const holders = cells.filter((cell) => cell.content.some((piece) => piece.line === line));
      const piece = holders[0].content.find((candidate) => candidate.line === line)!;
      // A cell's emotion (-2 … 2) is the score (1 … 5); without one, how far the piece is. One task per score.
      const byScore = new Map<number, string[]>();
      for (const cell of holders) {
        const score = cell.map.emotion !== null ? cell.map.emotion + 3 : piece.status ? MERMAID_SCORES[piece.status as keyof typeof MERMAID_SCORES] : MERMAID_SCORE_WITHOUT_STATUS;
        byScore.set(score, [...(byScore.get(score) ?? []), name(cell.persona)]);
      }
      for (const [score, people] of byScore) tasks.push({ section: phase.name, task: piece.title || '(no title)', score, people });
    }
    const gaps = cells.filter((candidate) => candidate.gap);
    for (const cell of gaps) {
      const score = cell.map.emotion !== null ? cell.map.emotion + 3 : 1;
      tasks.push({ section: phase.name, task: `${locale === 'nl' ? '⚠ Gat' : '⚠ Gap'}: ${name(cell.persona)}`, score, people: [name(cell.persona)] });
    }
    if (lines.length === 0 && gaps.length === 0) {
      tasks.push({ section: phase.name, task: locale === 'nl' ? '(geen content verwacht)' : '(no content expected)', score: 3, people: [] });
    }
  }
  return tasks;
}

async function assertMermaidReadsBack(plan: string, locale: Locale = 'en'): Promise<MermaidReading> {
  const model = toMatrixModel(analyze(plan, { locale }));
  const reading = await readWithMermaid(renderMatrixMermaid(model, locale));
  assert.equal(decoded(reading.title), model.title);
  assert.deepEqual(reading.sections.map(decoded), model.phases.map((phase) => phase.name));
  const tasks = reading.tasks.map((task) => ({ section: decoded(task.section), task: decoded(task.task), score: task.score, people: task.people.map(decoded) }));
  assert.deepEqual(tasks, expectedTasks(model, locale));
  // The rendered SVG shows the same texts, decoded by Mermaid and the SVG parser.
  // (The HTML parser that takes in the SVG turns a carriage return into a line feed: both are white space there.)
  for (const text of [model.title, ...model.phases.map((phase) => phase.name), ...tasks.map((task) => task.task)]) {
    const shown = text.replace(/\r\n?/g, '\n');
    if (text) assert.ok(reading.svgTexts.includes(shown), `the SVG shows ${JSON.stringify(shown)}; it has ${JSON.stringify(reading.svgTexts)}`);
  }
  for (const persona of new Set(tasks.flatMap((task) => task.people))) assert.ok(reading.svgTitles.includes(persona), `actor ${persona}`);
  assert.equal(reading.svgScripts, 0);
  return reading;
}

describe('Mermaid reads the export back unchanged', () => {
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    assert.deepEqual(errors, []);
  });
  after(async () => {
    await browser?.close();
  });

  for (const name of sampleNames()) {
    for (const locale of ['en', 'nl'] as const) {
      it(`${name} (${locale}): parses and renders with every title, phase, persona and score`, async () => {
        await assertMermaidReadsBack(readFileSync(path.join(SAMPLES, name), 'utf8'), locale);
      });
    }
  }

  it('a hostile plan: colons, semicolons, #, comments, tags, entities, keywords, line breaks, spaces, emoji', async () => {
    const hostile = `journey: "a: b; c # d <script>alert(1)</script> & 100%% #35; ¶ß ﬂ°"
personas:
  - id: p
    name: "Eve, <b>bold</b>: one; two # 3"
  - id: q
    name: "  spaced, out  "
phases:
  - id: x
    name: "Phase: one # two; %% three"
  - id: y
    name: "section y"
content:
  - { title: "a: b; c # d", persona: [p, q], phase: x, status: draft }
  - { title: "<script>alert(1)</script>", persona: p, phase: x }
  - { title: "line one\\nline two\\r\\nthree", persona: p, phase: x }
  - { title: "🎉 Ünïcödé — “quotes” 'single'", persona: q, phase: x }
  - { title: "  spaced  ", persona: p, phase: x }
  - { title: "%% not a comment", persona: p, phase: x }
  - { title: "x%%y", persona: p, phase: x }
  - { title: "section z", persona: p, phase: y }
  - { title: "Title case", persona: p, phase: y }
  - { title: "journey-map", persona: p, phase: y }
  - { title: "accDescr { x }", persona: p, phase: y }
  - { title: "style a:b#c;", persona: p, phase: y }
  - { title: "classDef k:v#f;", persona: p, phase: y }
  - { title: "&amp; &lt;", persona: p, phase: y }
  - { title: "1: 2: 3", persona: q, phase: y, status: published }
`;
    assert.deepEqual(analyze(hostile).diagnostics.filter((d) => d.severity === 'error'), []);
    const reading = await assertMermaidReadsBack(hostile);
    assert.equal(reading.tasks.length, 15, 'every piece is a task of its own');
  });

  it('a plan without a title, an untitled piece, a phase without tasks, and one without phases', async () => {
    await assertMermaidReadsBack('model: hubspot\npersonas: [p]\ncontent:\n  - { title: "", persona: p, phase: [awareness, consideration] }\nrules:\n  ignore: [{ persona: "*", phase: decision }]\n');
    await assertMermaidReadsBack('journey: No phases\nphases: []\npersonas: [p]\n');
  });

  it('would misread the same texts unescaped (the check can fail)', async () => {
    await assert.rejects(readWithMermaid('journey\n  section S\n    a; b: 3: p\n'));
    const reading = await readWithMermaid('journey\n  title a # b\n  section S\n    x: 1: 2: 3: p\n');
    assert.notEqual(decoded(reading.title), 'a # b');
    assert.notDeepEqual(reading.tasks[0].people, ['p']);
  });
});

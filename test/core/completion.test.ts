// Completion in the core: every context (keys per part, new items, values per key), in whole,
// half-typed and broken documents, with CRLF line breaks and in both locales. Inserted items are
// applied to the text and the result re-analysed where that proves the insert is right.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze, type Locale } from '../../server/src/core';
import { complete, completionContext, type CompletionItem } from '../../server/src/core/completion';
import { snippetPreview } from '../../server/src/core/completion/item';
import { caret, codesOf } from '../helpers/plans';

/** A plan on the hubspot model; pieces use channels and owners, so those have suggestions. */
const PLAN = `journey: Test plan
model: hubspot
personas:
  - id: it-manager
    name: Ivo, IT-manager
    description: Decides on software.
  - id: cfo
    name: Carla, CFO
content:
  - title: Blog
    persona: "*"
    phase: awareness
    channel: website
    owner: Sanne
  - title: Webinar
    persona: [it-manager, cfo]
    phase: [consideration, decision]
    channel: LinkedIn
    owner: Sanne de Vries
  - title: Post
    persona: cfo
    phase: awareness
    channel: LinkedIn
`;

function completeAt(marked: string, locale: Locale = 'en'): { text: string; items: CompletionItem[] } {
  const { text, offset } = caret(marked);
  const items = complete(analyze(text, { locale }), offset, locale);
  return { text, items: [...items].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0)) };
}

function labelsAt(marked: string, locale: Locale = 'en'): string[] {
  return completeAt(marked, locale).items.map((item) => item.label);
}

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${items.map((i) => i.label).join(', ')}`);
  return found;
}

/** The text after accepting an item (a snippet with its defaults). */
function accept(text: string, chosen: CompletionItem): string {
  const insert = chosen.isSnippet ? snippetPreview(chosen.insertText) : chosen.insertText;
  return text.slice(0, chosen.replace.start) + insert + text.slice(chosen.replace.end);
}

/** Diagnostics that are errors (gaps in a half-written plan are expected). */
function errorsOf(text: string): string[] {
  return analyze(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
}

function replaced(text: string, chosen: CompletionItem): string {
  return text.slice(chosen.replace.start, chosen.replace.end);
}

describe('completion: keys', () => {
  it('offers every top-level key in an empty file, required ones first', () => {
    const labels = labelsAt('|');
    assert.deepEqual(labels, ['journey', 'personas', 'content', 'model', 'phases', 'rules', 'map', 'actions', 'review-by', 'extends']);
    const { items } = completeAt('|');
    assert.equal(item(items, 'journey').detail, 'required');
    assert.equal(item(items, 'model').detail, undefined);
    assert.match(item(items, 'model').documentation ?? '', /phase model/);
  });

  it('offers only the top-level keys not written yet, wherever the cursor is at column 0', () => {
    assert.deepEqual(labelsAt(`${PLAN}|`), ['phases', 'rules', 'map', 'actions', 'review-by', 'extends']);
    assert.deepEqual(labelsAt(`journey: T\n|\npersonas:\n  - id: a\n`), ['content', 'model', 'phases', 'rules', 'map', 'actions', 'review-by', 'extends']);
  });

  it('in a piece: the missing keys, required first, inserting `key: ` and asking again for values', () => {
    const { text, items } = completeAt(`${PLAN}  - title: New\n    |`);
    assert.deepEqual(
      items.map((i) => i.label),
      ['persona', 'phase', 'id', 'type', 'status', 'channel', 'owner', 'date', 'url', 'kpi', 'notes'],
    );
    const persona = item(items, 'persona');
    assert.equal(persona.detail, 'required');
    assert.equal(persona.insertText, 'persona: ');
    assert.equal(persona.isSnippet, false);
    assert.equal(persona.retrigger, true);
    assert.equal(accept(text, persona), `${PLAN}  - title: New\n    persona: `);
    assert.equal(item(items, 'notes').retrigger, false);
  });

  it('in a piece: keys below the cursor count as written too', () => {
    assert.ok(!labelsAt(`${PLAN}  - title: New\n    |\n    status: idea\n    phase: awareness\n`).includes('status'));
    assert.ok(!labelsAt(`${PLAN}  - title: New\n    |\n    status: idea\n`).includes('title'));
  });

  it('replaces the partly typed key, dashes included', () => {
    const { text, items } = completeAt(`${PLAN}  - title: New\n    per|`);
    assert.equal(replaced(text, item(items, 'persona')), 'per');
    const rules = completeAt('journey: T\nrules:\n  min-p|');
    assert.equal(replaced(rules.text, item(rules.items, 'min-per-cell')), 'min-p');
  });

  it('inside a written key, inserts the name only', () => {
    const { text, items } = completeAt(`${PLAN}  - title: New\n    pha|se: awareness`);
    const phase = item(items, 'phase');
    assert.equal(phase.insertText, 'phase');
    assert.equal(replaced(text, phase), 'phase');
  });

  it('in a persona and in a phase', () => {
    assert.deepEqual(labelsAt('personas:\n  - id: a\n    |'), ['name', 'description', 'stage']);
    assert.deepEqual(labelsAt('phases:\n  - id: a\n    name: A\n    |'), ['stage', 'description']);
    assert.deepEqual(labelsAt('phases:\n  - |'), ['New phase', 'id', 'name', 'stage', 'description']);
  });

  it('in rules, with an `ignore:` snippet indented for its column', () => {
    const { text, items } = completeAt('journey: T\nrules:\n  |');
    assert.deepEqual(items.map((i) => i.label), ['min-per-cell', 'ignore']);
    const ignore = item(items, 'ignore');
    assert.equal(ignore.isSnippet, true);
    assert.equal(accept(text, ignore), 'journey: T\nrules:\n  ignore:\n    - persona: "*"\n      phase: "*"');
    assert.deepEqual(labelsAt('journey: T\nrules:\n  min-per-cell: 2\n  |'), ['ignore']);
  });

  it('in ignore entries, block and flow', () => {
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - persona: cfo\n      |`), ['phase']);
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - { persona: cfo, | }`), ['phase']);
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - { |, phase: awareness }`), ['persona']);
    const { items } = completeAt(`${PLAN}rules:\n  ignore:\n    - { |`);
    assert.equal(item(items, 'persona').insertText, 'persona: ', 'one line inside braces');
  });

  it('nothing at a column that fits no mapping or list (while typing indentation)', () => {
    assert.deepEqual(labelsAt(`${PLAN}   |`), [], 'between the items’ dash and their keys');
    assert.deepEqual(labelsAt(`${PLAN}      |`), [], 'under a key that has its value on its line');
    assert.deepEqual(labelsAt(`${PLAN} |`), []);
  });

  it('no keys inside kpi or a persona’s own fields, nor in free text or comments', () => {
    assert.deepEqual(labelsAt(`${PLAN}    kpi:\n      |`), []);
    assert.deepEqual(labelsAt(`${PLAN}  - title: Five tips |`), []);
    assert.deepEqual(labelsAt(`${PLAN}  # persona: |`), []);
  });

  it('top-level list keys insert a first item, indented like the file', () => {
    const four = 'journey: T\npersonas:\n    - id: a\n|';
    const { text, items } = completeAt(four);
    const content = item(items, 'content');
    assert.equal(content.isSnippet, true);
    assert.equal(accept(text, content), 'journey: T\npersonas:\n    - id: a\ncontent:\n    - title: Title\n      persona: a\n      phase: awareness\n      type: blog\n      status: idea');
    assert.deepEqual(errorsOf(accept(text, content)), []);
  });
});

describe('completion: new items', () => {
  it('a new piece after `- ` in content: the snippet first, its keys at the item column', () => {
    const { text, items } = completeAt(`${PLAN}  - |`);
    assert.equal(items[0].label, 'New content piece');
    assert.equal(items[0].kind, 'snippet');
    assert.match(items[0].insertText, /^title: \$\{1:Title\}\n    persona: \$\{2\|it-manager,cfo\|\}\n    phase: \$\{3\|awareness,consideration,decision\|\}/);
    assert.deepEqual(codesOf(accept(text, items[0])), []);
    assert.deepEqual(items.slice(1, 4).map((i) => i.label), ['title', 'persona', 'phase']);
  });

  it('a new piece on an empty line at the list’s indentation, with its `- `', () => {
    const { text, items } = completeAt(`${PLAN}  |`);
    assert.deepEqual(items.map((i) => i.label), ['New content piece']);
    assert.ok(items[0].insertText.startsWith('- title: '));
    assert.deepEqual(codesOf(accept(text, items[0])), []);
    assert.match(items[0].documentation ?? '', /^```yaml\n- title: Title\n {2}persona: it-manager\n/);
  });

  it('a new persona under `personas:`, with tab stops', () => {
    const { text, items } = completeAt('journey: T\npersonas:\n  - id: a\n  |\ncontent: []\n');
    assert.deepEqual(items.map((i) => i.label), ['New persona']);
    assert.equal(items[0].insertText, '- id: ${1:persona-id}\n    name: ${2:Name}\n    description: ${3:Who they are and what they need.}$0');
    const result = accept(text, items[0]);
    assert.equal(result, 'journey: T\npersonas:\n  - id: a\n  - id: persona-id\n    name: Name\n    description: Who they are and what they need.\ncontent: []\n');
    assert.equal(analyze(result).plan.personas.length, 2);
  });

  it('right under an empty list key at the same column, next to the other top-level keys', () => {
    const { text, items } = completeAt('journey: T\npersonas: [a]\ncontent:\n|');
    assert.equal(items[0].label, 'New content piece');
    assert.ok(items.some((i) => i.label === 'model'));
    assert.deepEqual(errorsOf(accept(text, items[0])), []);
  });

  it('in Dutch', () => {
    const { items } = completeAt(`${PLAN}  - |`, 'nl');
    assert.equal(items[0].label, 'Nieuw contentstuk');
    assert.match(items[0].insertText, /\$\{1:Titel\}/);
    assert.equal(item(items, 'title').detail, 'verplicht');
  });
});

describe('completion: values', () => {
  it('model: the built-in models, documented with their phases in the user’s language', () => {
    const { text, items } = completeAt('journey: T\nmodel: hub|spot\n', 'nl');
    assert.deepEqual(items.map((i) => i.label), ['customer-5', 'hubspot', 'b2b', 'customer-3', 'aida', 'see-think-do-care', 'cain']);
    const hubspot = item(items, 'hubspot');
    assert.equal(replaced(text, hubspot), 'hubspot');
    assert.equal(hubspot.detail, "HubSpot buyer's journey");
    assert.match(hubspot.documentation ?? '', /1\. Bewustwording \(`awareness`\) — buyer\n2\. Overweging/);
    assert.match(item(completeAt('model: |').items, 'aida').documentation ?? '', /1\. Attention/);
  });

  it('persona as a scalar: the personas with their names, and "*"', () => {
    const { text, items } = completeAt(`${PLAN}  - title: New\n    phase: awareness\n    persona: |`);
    assert.deepEqual(items.map((i) => i.label), ['it-manager', 'cfo', '"*"']);
    assert.equal(item(items, 'it-manager').detail, 'Ivo, IT-manager');
    assert.equal(item(items, 'it-manager').documentation, 'Decides on software.');
    assert.equal(item(items, '"*"').insertText, '"*"');
    assert.deepEqual(codesOf(accept(text, item(items, '"*"'))), []);
    assert.deepEqual(codesOf(accept(text, item(items, 'cfo'))), []);
  });

  it('persona: the replace range covers the whole id, dashes included', () => {
    const typed = completeAt(`${PLAN}    persona: it-m|`);
    assert.equal(replaced(typed.text, item(typed.items, 'it-manager')), 'it-m');
    const inside = completeAt(`${PLAN}    persona: it-m|anager # who`);
    assert.equal(replaced(inside.text, item(inside.items, 'it-manager')), 'it-manager');
  });

  it('persona right after the colon gets a space; a typed quote is replaced and matched', () => {
    const bare = completeAt(`${PLAN}    persona:|`);
    assert.equal(item(bare.items, 'cfo').insertText, ' cfo');
    const quoted = completeAt(`${PLAN}    persona: "|"`);
    assert.equal(replaced(quoted.text, item(quoted.items, 'cfo')), '""');
    assert.equal(item(quoted.items, 'cfo').filterText, '"cfo');
    assert.equal(item(quoted.items, '"*"').filterText, '"*"');
    const star = completeAt(`${PLAN}    persona: *|`);
    assert.equal(replaced(star.text, item(star.items, '"*"')), '*');
    assert.equal(item(star.items, '"*"').filterText, '*');
  });

  it('persona in a block list: the personas not listed yet, "*" only while the list is empty', () => {
    assert.deepEqual(labelsAt(`${PLAN}    persona:\n      - cfo\n      - |`), ['it-manager']);
    assert.deepEqual(labelsAt(`${PLAN}    persona:\n      - |\n      - it-manager\n    phase: awareness\n`), ['cfo']);
    const { text, items } = completeAt(`${PLAN}  - title: New\n    phase: awareness\n    persona:\n      |`);
    assert.equal(item(items, 'cfo').insertText, '- cfo', 'on a line without a dash yet');
    assert.deepEqual(codesOf(accept(text, item(items, 'cfo'))), []);
  });

  it('persona in a flow list mid-typing, at the end of the file', () => {
    const { text, items } = completeAt(`${PLAN}  - title: New\n    phase: awareness\n    persona: [it-manager, |`);
    assert.deepEqual(items.map((i) => i.label), ['cfo']);
    assert.equal(replaced(text, items[0]), '');
    assert.deepEqual(labelsAt(`${PLAN}    persona: [|]`), ['it-manager', 'cfo', '"*"'], '"*" alone in a list is fine');
    const typed = completeAt(`${PLAN}    persona: [c|, it-manager]`);
    assert.deepEqual(typed.items.map((i) => i.label), ['cfo']);
    assert.equal(replaced(typed.text, typed.items[0]), 'c');
    const result = accept(typed.text, typed.items[0]);
    assert.ok(result.endsWith('    persona: [cfo, it-manager]'), result);
  });

  it('phase: the phases in journey order with name and stage', () => {
    const { items } = completeAt('journey: T\nmodel: b2b\ncontent:\n  - phase: |');
    assert.deepEqual(items.map((i) => i.label), ['awareness', 'consideration', 'purchase', 'initiate', 'engage', 'advocacy']);
    assert.equal(item(items, 'purchase').detail, 'Purchase · buyer');
    assert.equal(item(items, 'engage').detail, 'Engage · customer');
    const nl = completeAt('journey: T\nmodel: b2b\ncontent:\n  - phase: [awareness, |]', 'nl');
    assert.deepEqual(nl.items.map((i) => i.label), ['consideration', 'purchase', 'initiate', 'engage', 'advocacy']);
    assert.equal(item(nl.items, 'initiate').detail, 'Start · customer');
  });

  it('phase: custom phases, in their order', () => {
    const text = 'journey: T\nphases:\n  - zien\n  - id: doen\n    name: Kopen\n    stage: buyer\n  - id: blijven\n    stage: customer\npersonas: [a]\ncontent:\n  - persona: a\n    phase: |';
    const { items } = completeAt(text);
    assert.deepEqual(items.map((i) => `${i.label}: ${i.detail}`), ['zien: Zien · buyer', 'doen: Kopen · buyer', 'blijven: Blijven · customer']);
  });

  it('status and stage', () => {
    const status = completeAt(`${PLAN}    status: dr|`);
    assert.deepEqual(status.items.map((i) => i.label), ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired']);
    assert.equal(replaced(status.text, status.items[0]), 'dr');
    assert.match(item(status.items, 'retired').documentation ?? '', /fills no cell/);
    assert.match(item(completeAt(`${PLAN}    status: |`, 'nl').items, 'retired').documentation ?? '', /vult geen cel/);
    const stage = completeAt('phases:\n  - id: x\n    stage: |', 'nl');
    assert.deepEqual(stage.items.map((i) => `${i.label}: ${i.detail}`), ['buyer: koper — tot en met de aankoop', 'customer: klant — na de aankoop']);
  });

  it('type: content types, the ones typical for the piece’s phase first', () => {
    const decision = labelsAt(`${PLAN}  - title: New\n    phase: decision\n    type: |`);
    assert.deepEqual(decision.slice(0, 4), ['demo', 'free trial', 'pricing page', 'consultation']);
    assert.equal(decision.length, 22);
    const listed = labelsAt(`${PLAN}  - title: New\n    type: |\n    phase: [consideration]\n`);
    assert.deepEqual(listed.slice(0, 5), ['e-book', 'whitepaper', 'webinar', 'comparison guide', 'case study']);
    assert.deepEqual(labelsAt('journey: T\nmodel: see-think-do-care\ncontent:\n  - phase: care\n    type: |').slice(0, 2), ['newsletter', 'user group']);
    assert.deepEqual(labelsAt('journey: T\nmodel: b2b\ncontent:\n  - phase: initiate\n    type: |').slice(0, 1), ['onboarding']);
    // A custom phase with an id no model uses: the types in their usual order.
    assert.deepEqual(labelsAt('phases: [inspiratie]\ncontent:\n  - phase: inspiratie\n    type: |').slice(0, 2), ['blog', 'social post']);
    const { items } = completeAt(`${PLAN}    type: |`, 'nl');
    assert.equal(item(items, 'webinar').detail, 'typisch voor overweging');
  });

  it('type: replaces the whole value typed so far, spaces included', () => {
    const { text, items } = completeAt(`${PLAN}    type: case st|`);
    const caseStudy = item(items, 'case study');
    assert.equal(replaced(text, caseStudy), 'case st');
    assert.equal(caseStudy.filterText, 'case study');
  });

  it('channel and owner: the values used in the file, most used first', () => {
    const channel = completeAt(`${PLAN}  - title: New\n    channel: |`);
    assert.deepEqual(channel.items.map((i) => `${i.label} (${i.detail})`), ['LinkedIn (used 2×)', 'website (used 1×)']);
    const owner = completeAt(`${PLAN}  - title: New\n    owner: Sanne d|`, 'nl');
    assert.deepEqual(owner.items.map((i) => `${i.label} (${i.detail})`), ['Sanne (1× gebruikt)', 'Sanne de Vries (1× gebruikt)']);
    assert.equal(replaced(owner.text, item(owner.items, 'Sanne de Vries')), 'Sanne d');
  });

  it('ignore entries: personas and phases plus "*", block and flow', () => {
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - persona: |`), ['it-manager', 'cfo', '"*"']);
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - persona: cfo\n      phase: |`), ['awareness', 'consideration', 'decision', '"*"']);
    const { text, items } = completeAt(`${PLAN}rules:\n  ignore:\n    - { persona: cfo, phase: | }`);
    assert.deepEqual(items.map((i) => i.label), ['awareness', 'consideration', 'decision', '"*"']);
    const result = accept(text, item(items, 'decision'));
    assert.ok(result.endsWith('- { persona: cfo, phase: decision }'));
    assert.equal(analyze(result).plan.rules.ignore.length, 1);
    assert.deepEqual(labelsAt(`${PLAN}rules:\n  ignore:\n    - { persona: |`), ['it-manager', 'cfo', '"*"']);
  });

  it('nothing for values without suggestions', () => {
    assert.deepEqual(labelsAt(`${PLAN}    title: |`), []);
    assert.deepEqual(labelsAt(`${PLAN}    notes: |`), []);
    assert.deepEqual(labelsAt('journey: |'), []);
  });
});

describe('completion in broken and unusual documents', () => {
  it('an unclosed quote elsewhere', () => {
    const text = `${PLAN}  - title: "Unclosed\n    phase: awareness\n  - title: Next\n    persona: |\n    phase: decision\n`;
    assert.deepEqual(labelsAt(text), ['it-manager', 'cfo', '"*"']);
    assert.deepEqual(labelsAt(text.replace('persona: |', '|')), ['persona', 'id', 'type', 'status', 'channel', 'owner', 'date', 'url', 'kpi', 'notes']);
  });

  it('an unclosed quote above the personas: the personas are read from the text', () => {
    const text = 'journey: "Broken\npersonas:\n  - id: it\n    name: Ivo\n  - id: cfo\ncontent:\n  - title: x\n    persona: |';
    assert.equal(analyze(caret(text).text).plan.personas.length, 0, 'the parser lost them');
    const { items } = completeAt(text);
    assert.deepEqual(items.map((i) => `${i.label}: ${i.detail}`), ['it: Ivo', 'cfo: cfo', '"*": every persona']);
  });

  it('a line with just `    persona: ` at the end of the file', () => {
    assert.deepEqual(labelsAt(`${PLAN}  - title: New\n    persona: |`), ['it-manager', 'cfo', '"*"']);
  });

  it('a half-typed key line (not YAML yet) among valid pieces', () => {
    const { items } = completeAt(`${PLAN.replace('  - title: Post', '  - title: Post\n    sta|')}`);
    assert.deepEqual(items.map((i) => i.label).slice(0, 3), ['id', 'type', 'status']);
  });

  it('CRLF line breaks: positions, replace ranges and snippets use the file’s line break', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const value = completeAt(`${crlf}  - title: New\r\n    persona: c|\r\n    phase: awareness\r\n`);
    const cfo = item(value.items, 'cfo');
    assert.equal(replaced(value.text, cfo), 'c');
    assert.deepEqual(codesOf(accept(value.text, cfo)), []);
    const snippet = completeAt(`${crlf}  |\r\nrules: {}\r\n`).items[0];
    assert.match(snippet.insertText, /^- title: \$\{1:Title\}\r\n {4}persona: /);
    const keys = labelsAt(`${crlf}  - title: New\r\n    |\r\n    phase: x\r\n`);
    assert.deepEqual(keys.slice(0, 2), ['persona', 'id']);
  });

  it('compact lists (items at the key’s indentation) and comments between lines', () => {
    const text = 'journey: T\npersonas:\n- id: a\n  # the buyer\n  name: A\n- id: b\ncontent:\n- title: x\n  persona: |';
    assert.deepEqual(labelsAt(text), ['a', 'b', '"*"']);
    assert.deepEqual(labelsAt('journey: T\npersonas:\n- id: a\n  |'), ['name', 'description', 'stage']);
  });
});

describe('completion context', () => {
  it('tells keys, values, list items and nothing apart', () => {
    const at = (marked: string) => {
      const { text, offset } = caret(marked);
      return completionContext(analyze(text).lines, offset);
    };
    assert.equal(at('|')?.kind, 'key');
    assert.equal(at('content:\n  |')?.kind, 'item');
    assert.deepEqual(pick(at('content:\n  - persona: [a, |')), { kind: 'value', key: 'persona', part: 'piece', form: 'flow' });
    assert.deepEqual(pick(at('content:\n  - persona:\n    - |')), { kind: 'value', key: 'persona', part: 'piece', form: 'block' });
    assert.deepEqual(pick(at('rules:\n  ignore:\n  - { phase: |')), { kind: 'value', key: 'phase', part: 'ignore', form: 'scalar' });
    assert.equal(at('content:\n  - title: x\n |  persona: a'), undefined, 'in the indentation');
    assert.equal(at('journey: T # a comm|ent'), undefined, 'in a comment');
  });
});

function pick(ctx: ReturnType<typeof completionContext>) {
  return ctx && ctx.kind === 'value' ? { kind: ctx.kind, key: ctx.key, part: ctx.part, form: ctx.form } : ctx;
}

describe('completion on the samples', () => {
  it('at every 11th offset: never throws, and every item replaces text on the cursor’s line, around the cursor', () => {
    for (const file of readdirSync('samples').filter((name) => name.endsWith('.journey'))) {
      const text = readFileSync(`samples/${file}`, 'utf8');
      const analysis = analyze(text, { locale: 'nl' });
      for (let offset = 0; offset <= text.length; offset += 11) {
        const line = analysis.lines.position(offset).line;
        for (const found of complete(analysis, offset, 'nl')) {
          const where = `${file} at ${offset}: ${found.label}`;
          assert.ok(found.replace.start <= offset && offset <= found.replace.end, where);
          assert.equal(analysis.lines.position(found.replace.start).line, line, where);
          assert.equal(analysis.lines.position(found.replace.end).line, line, where);
        }
      }
    }
  });
});

describe('completion: the journey map', () => {
  const MAP = `${PLAN}map:\n  - persona: "*"\n    phase: awareness\n`;

  it('map and action keys, required first, and a new-item snippet for each list', () => {
    assert.deepEqual(labelsAt(`${MAP}    |`), ['questions', 'touchpoints', 'emotion', 'pains', 'delights', 'moment-of-truth', 'kpi']);
    assert.deepEqual(labelsAt(`${PLAN}actions:\n  - term: short\n    |`), ['title', 'impact', 'persona', 'phase', 'owner', 'status']);
    assert.equal(item(completeAt(`${PLAN}actions:\n  - title: A\n    |`).items, 'term').detail, 'required');
    const newEntry = completeAt(`${MAP}  |`);
    assert.deepEqual(newEntry.items.map((i) => i.label), ['New map entry']);
    const entry = accept(newEntry.text, newEntry.items[0]);
    assert.ok(entry.endsWith('  - persona: "*"\n    phase: awareness\n    questions: [What does the customer ask?]\n    touchpoints: [website]\n    emotion: 0'), entry);
    assert.deepEqual(errorsOf(entry), []);
    const newAction = completeAt(`${PLAN}actions:\n  |`);
    const action = accept(newAction.text, item(newAction.items, 'New action'));
    assert.ok(action.endsWith('actions:\n  - title: Title\n    term: short\n    impact: high'), action);
    assert.deepEqual(errorsOf(action), []);
  });

  it('a persona stage, a term, an impact, a moment of truth, and emotions written as numbers', () => {
    assert.deepEqual(labelsAt('personas:\n  - id: a\n    stage: |'), ['buyer', 'customer', 'both']);
    assert.deepEqual(labelsAt(`${PLAN}actions:\n  - term: |`), ['short', 'long']);
    assert.deepEqual(labelsAt(`${PLAN}actions:\n  - impact: |`), ['low', 'high']);
    assert.deepEqual(labelsAt(`${MAP}    moment-of-truth: |`), ['true', 'false']);
    const { text, items } = completeAt(`${MAP}    emotion: |`);
    assert.deepEqual(items.map((i) => i.label), ['2', '1', '0', '-1', '-2']);
    assert.equal(item(items, '-1').detail, 'negative');
    const written = accept(text, item(items, '-1'));
    assert.ok(written.endsWith('emotion: -1'));
    assert.equal(analyze(written).plan.map[0].emotion, -1, 'a number, not the text "-1"');
  });

  it('persona and phase ids in map entries and actions, with "*"', () => {
    assert.deepEqual(labelsAt(`${PLAN}map:\n  - persona: |`), ['it-manager', 'cfo', '"*"']);
    assert.deepEqual(labelsAt(`${PLAN}map:\n  - persona: [cfo, |]`), ['it-manager']);
    assert.deepEqual(labelsAt(`${PLAN}actions:\n  - phase: |`), ['awareness', 'consideration', 'decision', '"*"']);
  });

  it('in Dutch', () => {
    assert.equal(item(completeAt('personas:\n  - id: a\n    stage: |', 'nl').items, 'customer').detail, 'een klant: alleen content in de klantfasen');
    assert.deepEqual(completeAt(`${PLAN}map:\n  |`, 'nl').items.map((i) => i.label), ['Nieuw map-item']);
  });
});

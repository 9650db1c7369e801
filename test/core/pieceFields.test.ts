// pieceFields re-reads one piece's keys from the text on demand (the plan keeps no span per key).
// Checked against the spans a parse of the whole document gives, on the samples and on layouts
// where a piece parsed on its own could go wrong: flow mappings, a key on the line after the
// dash, anchors, quoted keys, comments, CRLF and deep indentation.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isMap, isSeq, parseDocument } from 'yaml';
import { analyze } from '../../server/src/core';
import { PARSE_OPTIONS } from '../../server/src/core/parse';
import { pieceFields } from '../../server/src/core/pieceFields';
import { YamlNodes } from '../../server/src/core/yamlNodes';

/** Every piece's keys and spans, from a parse of the whole document. */
function expectedFields(text: string): [string, [number, number, number, number]][][] {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const nodes = new YamlNodes(doc, text);
  const root = doc.contents;
  assert.ok(isMap(root));
  const content = nodes.entries(root).find((entry) => entry.key === 'content')?.value;
  assert.ok(isSeq(content));
  return content.items.map((item) => {
    assert.ok(isMap(item));
    const seen = new Map<string, [number, number, number, number]>();
    for (const e of nodes.entries(item)) if (!seen.has(e.key)) seen.set(e.key, [e.keySpan.start, e.keySpan.end, e.valueSpan.start, e.valueSpan.end]);
    return [...seen];
  });
}

function actualFields(text: string): [string, [number, number, number, number]][][] {
  return analyze(text).plan.pieces.map((piece) =>
    [...pieceFields(text, piece)].map(([key, f]): [string, [number, number, number, number]] => [key, [f.key.start, f.key.end, f.value.start, f.value.end]]),
  );
}

const HEAD = 'journey: Test\nmodel: hubspot\npersonas:\n  - id: cfo\n    name: Carla\ncontent:\n';

const LAYOUTS: Record<string, string> = {
  block: '  - id: a\n    title: First\n    persona: cfo\n    phase: awareness\n    type: blog\n',
  flow: '  - { id: a, title: "First, flow", persona: [cfo], phase: awareness, type: blog }\n',
  'multi-line flow': '  - { id: a, title: First,\n      persona: cfo, phase: decision }\n',
  'key below the dash': '  -\n    id: a\n    title: First\n    persona: cfo\n    phase: awareness\n',
  anchored: '  - &base\n    id: a\n    title: First\n    persona: cfo\n    phase: awareness\n',
  'quoted keys and comments': '  - "id": a # the id\n    # a comment between keys\n    \'title\': "Say \\"hi\\""\n    persona: [cfo]\n    phase: awareness\n',
  'deep indentation and block list': '  -     id: a\n        title: First\n        persona:\n          - cfo\n        phase: consideration\n',
  'duplicate key': '  - id: a\n    title: First\n    title: Second\n    persona: cfo\n    phase: awareness\n',
  'unknown key and empty value': '  - id: a\n    title:\n    persona: cfo\n    phase: awareness\n    colour: red\n',
  'several pieces, zero indent': '- id: a\n  title: First\n  persona: cfo\n  phase: awareness\n- id: b\n  title: Second\n  persona: cfo\n  phase: decision\n',
};

describe('pieceFields', () => {
  for (const file of readdirSync('samples').filter((name) => name.endsWith('.journey'))) {
    it(`matches a whole-document parse on ${file}`, () => {
      const text = readFileSync(`samples/${file}`, 'utf8');
      assert.deepEqual(actualFields(text), expectedFields(text));
    });
  }
  for (const [name, items] of Object.entries(LAYOUTS)) {
    for (const eol of ['\n', '\r\n']) {
      it(`matches a whole-document parse: ${name}${eol === '\r\n' ? ' (CRLF)' : ''}`, () => {
        const text = (HEAD + items).replace(/\n/g, eol);
        const fields = actualFields(text);
        assert.ok(fields.length > 0 && fields.every((piece) => piece.length > 0), 'every piece has fields');
        assert.deepEqual(fields, expectedFields(text));
      });
    }
  }

  it('reads what it can of a half-typed piece, and never throws', () => {
    for (const items of [
      '  - id: a\n    title: First\n    persona: cfo\n    phase: awareness\n    typ\n',
      '  - id: a\n    title: "First\n    persona: cfo\n    phase: awareness\n',
      '  - id: a\n    title: [First\n    type: blog\n',
      '  - id: a\n     title: First\n   type: blog\n',
    ]) {
      const text = HEAD + items;
      const pieces = analyze(text).plan.pieces;
      assert.ok(pieces.length > 0, items);
      for (const piece of pieces) {
        // Where the analysis (whole document) and the re-read agree there is an id, they agree where.
        const id = pieceFields(text, piece).get('id');
        if (id && piece.id) assert.deepEqual(id.value, piece.id.span, items);
      }
    }
  });

  it('lists the keys written in a piece but not those merged in from an anchor elsewhere', () => {
    const text = `${HEAD}  - &base\n    id: a\n    title: First\n    persona: cfo\n    phase: awareness\n  - <<: *base\n    id: b\n    type: blog\n`;
    const second = analyze(text).plan.pieces[1];
    assert.equal(second.title, 'First', 'the analysis itself sees merged keys');
    assert.deepEqual([...pieceFields(text, second).keys()], ['id', 'type']);
  });
});

// After "Add a content piece here", the placeholder title of the inserted piece is selected:
// checked on the real edits the core makes (block list, flow list, no `content:` yet).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { titleValueRange } from '../client/src/preview/titleRange';
import { analyze } from '../server/src/core';
import { addPieceEdit } from '../server/src/core/edits';
import { samplePlanText } from './preview/models';

const selected = (newText: string) => {
  const range = titleValueRange(newText);
  return range && newText.slice(range.start, range.end);
};

describe('the title to type over after adding a piece', () => {
  test('in a block list', () => {
    const edit = addPieceEdit(analyze(samplePlanText()), 'marketer', 'awareness');
    assert.match(edit.newText, /- title: /);
    assert.equal(selected(edit.newText), 'New piece for Mo, marketing lead in Awareness');
  });

  test('in a flow list', () => {
    const text = 'journey: x\npersonas:\n  - { id: cfo, name: "Carla: CFO" }\ncontent: [{ title: A, persona: cfo, phase: awareness }]\n';
    const edit = addPieceEdit(analyze(text), 'cfo', 'consideration');
    assert.match(edit.newText, /\{ title: /);
    // The name has a colon, so the core quotes the title; the selection is inside the quotes.
    assert.equal(selected(edit.newText), 'New piece for Carla: CFO in Consideration');
  });

  test('with no content list yet', () => {
    const edit = addPieceEdit(analyze('journey: x\npersonas:\n  - id: cfo\n'), 'cfo', 'awareness');
    assert.equal(selected(edit.newText), 'New piece for cfo in Awareness');
  });

  test('plain, quoted and flow titles; none without a title', () => {
    assert.equal(selected('  - title: Hello world\n    persona: a\n'), 'Hello world');
    assert.equal(selected('  - title: "He said \\"hi\\"" # note\n'), 'He said \\"hi\\"');
    assert.equal(selected("  - title: 'It''s'\n"), "It''s");
    assert.equal(selected('{ title: Plain one, persona: a }'), 'Plain one');
    assert.equal(selected('  - subtitle: x\n'), undefined);
    assert.equal(selected('  - persona: a\n'), undefined);
  });
});

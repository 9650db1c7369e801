// Completion takes a content item's list from the analysis when the text is well formed
// (contentItems.ts) instead of walking up past every item above it: it must decide exactly what
// the walk decides, at every position of the plan.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { completionContext } from '../../server/src/core/completion';
import { ContentItems } from '../../server/src/core/completion/contentItems';
import { Shapes } from '../../server/src/core/completion/lines';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';

const PLAN = `journey: Content items
personas:
  - id: cfo
    name: Carla
content:
  - title: Blog
    persona: cfo
    phase: awareness
  # - title: a comment, not an item

  - title: Webinar
    persona: [cfo]
    phase:
      - consideration
      - decision
  -
    title: Its mapping starts on the next line
    persona: cfo
  - - a list inside an item
rules:
  min-per-cell: 1
`;

/** The same plan with the items at the key's column. */
const FLUSH = PLAN.replace(/^ {2}(?=[-#])/gm, '').replace(/^ {4}/gm, '  ');

function contexts(text: string, items: ContentItems | undefined) {
  const { lines } = analyze(text);
  return Array.from({ length: text.length + 1 }, (_, offset) => completionContext(lines, offset, new Shapes(lines, items)));
}

describe('completion: content items from the analysis', () => {
  for (const [name, text] of [['indented items', PLAN], ['items at the key’s column', FLUSH]] as const) {
    it(`decides as the upward walk does at every offset (${name})`, () => {
      const analysis = analyze(text);
      const items = ContentItems.of(analysis);
      assert.ok(items, 'a well-formed plan has its content items');
      assert.deepEqual(contexts(text, items), contexts(text, undefined));
    });
  }

  it('knows the lines whose first `- ` starts a piece, and no others', () => {
    const analysis = analyze(PLAN);
    const items = ContentItems.of(analysis)!;
    const shapes = new Shapes(analysis.lines);
    const starts = Array.from({ length: analysis.lines.lineCount }, (_, line) => line).filter((line) => {
      const dash = shapes.at(line).dashes[0];
      return dash !== undefined && items.startsItem(line, dash);
    });
    // Blog and Webinar; not the persona, the phase list's items, the dash alone on its line (its
    // mapping starts below it) or the list inside an item (not a piece): for those the lines decide.
    assert.deepEqual(starts, [5, 10]);
    assert.deepEqual(items.key, { line: 4, col: 0, mode: 'map' });
  });

  it('is not trusted while the YAML is broken, nor for a plan with bases', () => {
    assert.equal(ContentItems.of(analyze(PLAN.replace('title: Blog', 'title: "Blog'))), undefined);
    assert.equal(ContentItems.of(analyze(`extends: team.journey\n${PLAN}`)), undefined);
  });

  it('is trusted after an incremental update, as after a full analysis', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(PLAN);
    const edited = PLAN.replace('persona: cfo\n    phase: awareness', 'persona: cf\n    phase: awareness');
    const analysis = analyzer.update(edited);
    assert.deepEqual(analyzer.last, { mode: 'incremental', partsRead: 2 });
    assert.equal(analysis.wellFormed, true);
    assert.deepEqual(contexts(edited, ContentItems.of(analysis)), contexts(edited, undefined));
  });
});

// Code lenses (each persona's row, the coverage) and inlay hints (names after ids).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { inlayHints } from '../../server/src/core/inlayHints';
import { lenses } from '../../server/src/core/lenses';

// hubspot: awareness, consideration, decision. Ivo: 3 pieces (one retired) in 2 of 3 phases.
// Carla: one piece for "*" in awareness; her decision cell is not expected.
const PLAN = `journey: Lenses
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla
content:
  - title: Blog
    persona: "*"
    phase: awareness
  - title: Whitepaper
    persona: it
    phase: [awareness, consideration]
  - title: Old webinar
    persona: it
    phase: decision
    status: retired
rules:
  ignore:
    - persona: cfo
      phase: decision
`;

describe('lenses', () => {
  it('above each persona: its pieces, the expected phases it covers and its gaps; above content: the coverage', () => {
    const analysis = analyze(PLAN);
    const found = lenses(analysis).map((lens) => ({ line: analysis.lines.position(lens.span.start).line, title: lens.title, persona: lens.persona }));
    assert.deepEqual(found, [
      { line: 3, title: '2 pieces · 2/3 phases · 1 gap', persona: 'it' },
      { line: 5, title: '1 piece · 1/2 phases · 1 gap', persona: 'cfo' },
      { line: 7, title: 'Coverage 3/5 cells · 2 gaps', persona: undefined },
    ]);
  });

  it('in Dutch, and "no gaps" for a full row', () => {
    const full = PLAN.replace('    phase: decision\n    status: retired', '    phase: decision').replace('phase: awareness\n  - title: Whitepaper', 'phase: [awareness, consideration]\n  - title: Whitepaper');
    const titles = lenses(analyze(full, { locale: 'nl' }), 'nl').map((lens) => lens.title);
    assert.deepEqual(titles, ['3 stukken · 3/3 fasen · geen gaten', '1 stuk · 2/2 fasen · geen gaten', 'Dekking 5/5 cellen · geen gaten']);
  });

  it('a plan without content: section has persona lenses only', () => {
    const analysis = analyze('journey: x\npersonas:\n  - id: a\n    name: A\n');
    assert.deepEqual(lenses(analysis).map((lens) => lens.title), ['0 pieces · 0/5 phases · 5 gaps']);
  });
});

describe('inlayHints', () => {
  const text = PLAN;
  /** Each hint as the line it ends, up to the hint, and its label. */
  const hintsOf = (source: string, locale: 'en' | 'nl' = 'en') => {
    const analysis = analyze(source, { locale });
    return inlayHints(analysis, { start: 0, end: source.length }).map((hint) => ({
      before: source.slice(source.lastIndexOf('\n', hint.offset - 1) + 1, hint.offset),
      label: hint.label,
    }));
  };

  it('names persona ids after references, never after "*", definitions, or where the name repeats the id', () => {
    assert.deepEqual(hintsOf(text), [
      { before: '    persona: it', label: 'Ivo, IT-manager' },
      { before: '    persona: it', label: 'Ivo, IT-manager' },
      { before: '    - persona: cfo', label: 'Carla' },
    ]);
  });

  it('names phases in the analysis language', () => {
    assert.deepEqual(hintsOf(text, 'nl').map((hint) => hint.label), [
      'Bewustwording', 'Ivo, IT-manager', 'Bewustwording', 'Overweging', 'Ivo, IT-manager', 'Beslissing', 'Carla', 'Beslissing',
    ]);
  });

  it('only the hints inside the asked span; none for undefined ids', () => {
    const analysis = analyze(text.replace('persona: it\n    phase: decision', 'persona: nobody\n    phase: decision'), { locale: 'nl' });
    const start = analysis.text.indexOf('Old webinar');
    const hints = inlayHints(analysis, { start, end: start + 60 });
    assert.deepEqual(hints.map((hint) => [analysis.text.slice(hint.offset - 8, hint.offset), hint.label, hint.kind]), [['decision', 'Beslissing', 'phase']]);
  });
});

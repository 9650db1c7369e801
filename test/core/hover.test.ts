// Hover in the core: personas and phases (definitions and references, with cell fill for
// references in pieces), `model:` and `type:` values; ranges, locales and CRLF.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Locale } from '../../server/src/core';
import { hoverAt } from '../../server/src/core/hover';
import { caret } from '../helpers/plans';

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
    type: blog
    persona: "*"
    phase: awareness
  - title: Second blog
    persona: it-manager
    phase: awareness
  - title: Old webinar
    type: Webinar
    persona: [it-manager, cfo]
    phase: consideration
    status: retired
  - title: Demo
    type: demo
    persona: it-manager
    phase: [decision, consideration]
  - title: Misnamed
    type: podcast
    persona: nobody
    phase: awareness
rules:
  min-per-cell: 2
  ignore:
    - { persona: cfo, phase: decision }
`;

/** PLAN with one more piece, at the end of its content list. */
function withPiece(piece: string): string {
  return PLAN.replace('rules:\n', `${piece}rules:\n`);
}

function hover(marked: string, locale: Locale = 'en') {
  const { text, offset } = caret(marked);
  const result = hoverAt(analyze(text, { locale }), offset, locale);
  return result && { markdown: result.markdown, word: text.slice(result.span.start, result.span.end) };
}

/** PLAN with the caret put inside the n-th occurrence (0-based) of `needle`, `at` characters in. */
function at(needle: string, n = 0, at = 1, text = PLAN): string {
  let index = -1;
  for (let i = 0; i <= n; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} #${n} not in the plan`);
  return text.slice(0, index + at) + '|' + text.slice(index + at);
}

describe('hover: personas', () => {
  it('on a definition: name, description and how many pieces serve it', () => {
    const result = hover(at('id: it-manager', 0, 6));
    assert.equal(result?.word, 'it-manager');
    assert.equal(result?.markdown, '**Ivo, IT-manager** · persona `it-manager`\n\nDecides on software.\n\nServed by 3 pieces.');
  });

  it('counts a "*" piece for every persona and leaves retired pieces out', () => {
    assert.match(hover(at('id: cfo', 0, 5))?.markdown ?? '', /Served by 1 piece\.$/);
  });

  it('on a reference in a piece: how full each cell of that piece is, against min-per-cell', () => {
    const result = hover(at('persona: it-manager\n    phase: [decision', 0, 12));
    assert.equal(result?.word, 'it-manager');
    assert.match(result?.markdown ?? '', /\n- Ivo, IT-manager × Consideration: 1 piece \(min 2\) — \*\*gap\*\*\n- Ivo, IT-manager × Decision: 1 piece \(min 2\) — \*\*gap\*\*$/);
    const full = hover(at('persona: it-manager\n    phase: awareness', 0, 10));
    assert.match(full?.markdown ?? '', /\n- Ivo, IT-manager × Awareness: 2 pieces \(min 2\)$/);
  });

  it('in a flow list, and an ignored cell says so', () => {
    const result = hover(at('cfo]', 0, 1));
    assert.equal(result?.word, 'cfo');
    assert.match(result?.markdown ?? '', /- Carla, CFO × Consideration: 0 pieces \(min 2\) — \*\*gap\*\*/);
    const ignored = hover(withPiece('  - title: x\n    persona: c|fo\n    phase: decision\n'));
    assert.match(ignored?.markdown ?? '', /- Carla, CFO × Decision: 1 piece \(min 2\) — no content expected$/);
  });

  it('an undefined persona says so', () => {
    const result = hover(at('nobody', 0, 2));
    assert.equal(result?.word, 'nobody');
    assert.equal(result?.markdown, '**nobody** · persona\n\nNot defined under `personas:`.');
  });

  it('in an ignore rule', () => {
    const result = hover(at('persona: cfo, phase', 0, 10));
    assert.equal(result?.word, 'cfo');
    assert.match(result?.markdown ?? '', /^\*\*Carla, CFO\*\*/);
  });
});

describe('hover: phases', () => {
  // The piece naming an undefined persona fills no cell, so it serves no phase either.
  it('on a reference: name, stage, pieces, and the cells of every persona the piece names', () => {
    const result = hover(at('phase: awareness', 0, 8));
    assert.equal(result?.word, 'awareness');
    assert.equal(
      result?.markdown,
      '**Awareness** · phase `awareness` · buyer — up to and including the purchase\n\nServed by 2 pieces.\n\n- Ivo, IT-manager × Awareness: 2 pieces (min 2)\n- Carla, CFO × Awareness: 1 piece (min 2) — **gap**',
    );
  });

  it('on a custom phase definition: its description and stage', () => {
    const text = 'journey: T\nphases:\n  - id: zien\n    description: Eerste kennismaking.\n  - id: blijven\n    stage: customer\npersonas: [a]\ncontent:\n  - title: x\n    persona: a\n    phase: zien\n';
    const result = hover(at('id: blijven', 0, 5, text), 'nl');
    assert.equal(result?.word, 'blijven');
    assert.equal(result?.markdown, '**Blijven** · fase `blijven` · klant — na de aankoop\n\nNog geen content.');
    assert.match(hover(at('id: zien', 0, 5, text), 'nl')?.markdown ?? '', /^\*\*Zien\*\* · fase `zien` · koper — tot en met de aankoop\n\nEerste kennismaking\.\n\nContent: 1 stuk\.$/);
  });

  it('an unknown phase says so', () => {
    assert.match(hover(withPiece('  - title: x\n    persona: cfo\n    phase: purch|ase\n'))?.markdown ?? '', /Not one of this plan's phases/);
  });
});

describe('hover: model and type', () => {
  it('on `model:`: the model’s phases in order with their stages, in the user’s language', () => {
    const result = hover(at('model: hubspot', 0, 9), 'nl');
    assert.equal(result?.word, 'hubspot');
    assert.match(result?.markdown ?? '', /^\*\*HubSpot buyer's journey\*\* · `hubspot`\n\nDe buyer journey van HubSpot/);
    assert.match(result?.markdown ?? '', /\*\*Fasen:\*\*\n\n1\. Bewustwording \(`awareness`\) — buyer\n2\. Overweging \(`consideration`\) — buyer\n3\. Beslissing \(`decision`\) — buyer$/);
    assert.equal(hover('model: nonsen|se\n'), undefined, 'an unknown model has a diagnostic, not a hover');
  });

  it('on `model:` with custom phases: says they replace the model’s', () => {
    assert.match(hover('journey: T\nmodel: ai|da\nphases: [a, b]\n')?.markdown ?? '', /replace the model's\.$/);
  });

  it('on `type:`: the phases it is typical for, in this plan', () => {
    const demo = hover(at('type: demo', 0, 7));
    assert.equal(demo?.word, 'demo');
    assert.equal(demo?.markdown, '**demo**\n\nTypical for decision / purchase.\n\nIn this plan: Decision (`decision`)');
    const webinar = hover(at('type: Webinar', 0, 7), 'nl');
    assert.equal(webinar?.markdown, '**webinar**\n\nTypisch voor overweging.\n\nIn dit plan: Overweging (`consideration`)');
    assert.match(hover('journey: T\nmodel: customer-3\ncontent:\n  - type: bl|og\n')?.markdown ?? '', /No phase of this plan is of that kind\./);
    assert.equal(hover('journey: T\ncontent:\n  - type: brochu|re\n'), undefined, 'not a known type');
  });
});

describe('hover: elsewhere and in other files', () => {
  it('nothing on keys, titles and blank lines', () => {
    assert.equal(hover(at('persona: cfo', 0, 2)), undefined);
    assert.equal(hover(at('title: Blog', 0, 9)), undefined);
    assert.equal(hover(`${PLAN}|`), undefined);
  });

  it('CRLF line breaks', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const result = hover(at('persona: it-manager\r\n    phase: awareness', 0, 12, crlf));
    assert.equal(result?.word, 'it-manager');
    assert.match(result?.markdown ?? '', /Awareness: 2 pieces/);
  });
});

describe('hover: the journey map', () => {
  const MAP_PLAN = `journey: T
model: b2b
personas:
  - id: klant
    name: Karin
    stage: customer
content:
  - title: Welkom
    persona: klant
    phase: [awareness, initiate]
map:
  - { persona: klant, phase: initiate, moment-of-truth: true }
`;

  it("a persona's stage, and per cell a moment of truth or a phase outside the stage", () => {
    const at = (marked: string, locale: Locale = 'en') => {
      const { text, offset } = caret(marked);
      return hoverAt(analyze(text), offset, locale)!.markdown;
    };
    const onPiece = MAP_PLAN.replace('    persona: klant\n    phase', '    persona: kl|ant\n    phase');
    assert.equal(
      at(onPiece),
      [
        '**Karin** · persona `klant` · a customer: content expected in the customer phases only',
        'Served by 1 piece.',
        "- Karin × Awareness: 1 piece (min 1) — outside the persona's stage: no content expected\n- Karin × Initiate: 1 piece (min 1) · moment of truth",
      ].join('\n\n'),
    );
    assert.match(at(onPiece, 'nl'), /buiten het traject van de persona: geen content nodig/);
  });
});

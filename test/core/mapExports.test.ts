// The journey map in the exports: Markdown (map table, actions grid, marks in the matrix), CSV
// (the map columns), HTML (cell marks, map, kpis, the emotion curve, the actions grid).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, toMatrixModel } from '../../server/src/core';
import { renderMatrixCsv } from '../../server/src/core/export/csv';
import { renderMatrixHtml } from '../../server/src/core/export/html';
import { renderMatrixMarkdown } from '../../server/src/core/export/markdown';

const PLAN = `journey: Map
model: b2b
personas:
  - { id: klant, name: Klant, stage: customer }
  - { id: it, name: Ivo }
content:
  - { title: Gids, persona: "*", phase: [awareness, engage], kpi: { leads: 12 } }
  - { title: Welkom, persona: [it, klant], phase: initiate, kpi: { leads: 5 } }
map:
  - persona: it
    phase: awareness
    questions: [Wat kost het?, "Pipe | in tekst"]
    touchpoints: [website]
    emotion: -1
    pains: [Te veel keuze]
    delights: [Snelle offerte]
    moment-of-truth: true
    kpi: { leads: 20 }
  - { persona: "*", phase: initiate, emotion: 2, kpi: { leads: 4 } }
actions:
  - { title: Chatbot, term: short, impact: high, owner: Sanne }
  - { title: Portaal, term: long, impact: high }
  - { title: FAQ, term: short, impact: low, status: idea }
`;

const model = () => toMatrixModel(analyze(PLAN));

describe('Markdown export of the journey map', () => {
  const markdown = renderMatrixMarkdown(model());

  it('marks moments of truth and cells outside the persona stage in the matrix', () => {
    assert.match(markdown, /^\| Klant \| _Not in this persona's journey_ \| _Not in this persona's journey_ \| _Not in this persona's journey_ \| Welkom \| Gids \| \*\*gap\*\* \|$/m);
    assert.match(markdown, /^\| Ivo \| ★ _Moment of truth_<br>Gids \| \*\*gap\*\* \|/m);
  });

  it('has a map table with one row per cell the map names, kpis as actual / target', () => {
    const section = markdown.slice(markdown.indexOf('## Journey map'), markdown.indexOf('## Actions'));
    assert.equal(
      section,
      [
        '## Journey map',
        '',
        '| Persona | Phase | Emotion | Questions | Touchpoints | Pains | Delights | KPI (actual / target) |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| Klant | Initiate | +2 |  |  |  |  | leads 5 / 4 |',
        '| Ivo | Awareness ★ _Moment of truth_ | -1 | Wat kost het?<br>Pipe \\| in tekst | website | Te veel keuze | Snelle offerte | leads 12 / 20 |',
        '| Ivo | Initiate | +2 |  |  |  |  | leads 5 / 4 |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('has the actions grid: high impact on top, short term on the left', () => {
    assert.ok(markdown.endsWith(['## Actions', '', '|  | Short term | Long term |', '| --- | --- | --- |', '| **High impact** | Chatbot (Sanne) | Portaal |', '| **Low impact** | FAQ |  |', ''].join('\n')), markdown);
  });

  it('leaves both sections out of a plan without map or actions, in Dutch too', () => {
    const plain = renderMatrixMarkdown(toMatrixModel(analyze('journey: T\nmodel: hubspot\npersonas: [a]\ncontent:\n  - { title: X, persona: a, phase: "*" }\n')), 'nl');
    assert.doesNotMatch(plain, /^## /m);
    assert.match(renderMatrixMarkdown(model(), 'nl'), /^## Klantreiskaart$[\s\S]*^## Acties$/m);
  });
});

describe('CSV export of the journey map', () => {
  it('repeats the cell map columns on each row of the cell', () => {
    const rows = renderMatrixCsv(model()).split('\r\n');
    assert.equal(rows[0].split(',').slice(17).join(','), 'ignored_by,emotion,moment_of_truth,questions,touchpoints,pains,delights,kpi_target,kpi');
    assert.equal(rows.find((row) => row.startsWith('it,Ivo,awareness,'))!.split(',').slice(17).join(','), ',-1,true,Wat kost het?; Pipe | in tekst,website,Te veel keuze,Snelle offerte,leads=20,leads=12');
    assert.equal(rows.find((row) => row.startsWith('klant,Klant,awareness,'))!.split(',').slice(17, 20).join(','), 'stage,,false');
  });
});

describe('HTML export of the journey map', () => {
  const html = renderMatrixHtml(model());

  it('marks cells: moment of truth, not expected with the reason', () => {
    assert.match(html, /<td class="cell filled" data-persona="it" data-phase="awareness" data-gap="false" data-moment-of-truth="true">/);
    assert.match(html, /<td class="cell ignored" data-persona="klant" data-phase="awareness" data-gap="false" data-ignored="true" data-expected="false" data-ignored-by="stage"><p class="note">Not in this persona&#39;s journey<\/p>/);
  });

  it('shows the cell map, its kpis against the target, and the kpis per phase column', () => {
    assert.match(html, /<p class="emotion" data-emotion="-1">Emotion: -1 \(negative\)<\/p><dl class="map"><dt>Questions<\/dt><dd>Wat kost het\?<\/dd><dd>Pipe \| in tekst<\/dd>/);
    assert.match(html, /<ul class="kpis" aria-label="KPI \(actual \/ target\)"><li class="below" data-metric="leads">leads 12 \/ 20<\/li><\/ul>/);
    // Initiate: Welkom (5 leads) serves both personas but counts once; the targets of both cells add up.
    assert.match(html, /data-phase="initiate">Initiate<span class="counts">[^<]*<\/span><ul class="kpis"[^>]*><li class="below" data-metric="leads">leads 5 \/ 8<\/li><\/ul><\/th>/);
  });

  it('draws the emotion curve per persona and the actions grid', () => {
    assert.match(html, /<g class="series" data-persona="it" [^>]*>\n<circle [^>]*data-phase="awareness" data-emotion="-1" data-moment-of-truth="true"\/>\n/);
    // Consecutive phases with an emotion are joined by a line; a phase without one breaks it.
    const joined = renderMatrixHtml(toMatrixModel(analyze(`${PLAN.replace('actions:', '  - { persona: it, phase: consideration, emotion: 1 }\nactions:')}`)));
    assert.match(joined, /<g class="series" data-persona="it" [^>]*>\n<polyline fill="none" stroke-width="2" points="170,[\d.]+ 290,[\d.]+"\/>/);
    assert.equal((html.match(/<div class="quadrant" /g) ?? []).length, 4);
    assert.match(html, /<div class="quadrant" data-term="short" data-impact="high"><h3>High impact · Short term<\/h3><ul><li data-line="21">Chatbot <span class="meta">Sanne<\/span><\/li><\/ul><\/div>/);
  });

  it('has no curve and no grid without emotions and actions', () => {
    const plain = renderMatrixHtml(toMatrixModel(analyze('journey: T\nmodel: hubspot\npersonas: [a]\n')));
    assert.doesNotMatch(plain, /<svg|class="quadrant"/);
  });
});

// Matrix models for the preview and export tests: a realistic one made by the real analysis core
// from a plan's text, and hand-made ones for the edge cases (hostile text, broken YAML).
import { analyze, toMatrixModel, type MatrixCellMap, type MatrixModel } from '../../server/src/core';

const EMPTY_MAP: MatrixCellMap = { questions: [], touchpoints: [], emotion: null, pains: [], delights: [], momentOfTruth: false, kpiTarget: {} };

export const PLAN_URI = 'file:///plans/acme.journey';

/** A b2b plan: three personas, six phases (three buyer, three customer), gaps, an ignored cell. */
export function samplePlanText(minPerCell = 1): string {
  return `journey: Acme CRM — contentplan 2026
model: b2b
personas:
  - id: it-manager
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
  - id: marketer
    name: Mo, marketing lead
content:
  - id: erp-signs
    title: 5 signalen dat je ERP verouderd is
    type: blog
    persona: it-manager
    phase: awareness
    channel: website
    status: published
    owner: Sanne
    date: 2026-02-10
    url: https://example.com/erp
  - title: ROI-calculator
    type: tool
    persona: cfo
    phase: [consideration, purchase]
    channel: website
    status: draft
    owner: Bram
  - title: Klantverhaal Bakkerij Jansen
    type: case study
    persona: "*"
    phase: consideration
    channel: linkedin
    status: review
    owner: Sanne
  - title: Onboarding-webinar
    type: webinar
    persona: it-manager
    phase: initiate
    channel: email
    status: scheduled
    date: 2026-04-01
  - title: Oude prijslijst
    type: pdf
    persona: cfo
    phase: awareness
    status: retired
  - title: Nieuwsbrief voor ambassadeurs
    type: newsletter
    persona: marketer
    phase: [engage, advocacy]
    channel: email
    status: idea
    owner: Bram
  - title: Implementatiegids
    type: guide
    persona: it-manager
    phase: purchase
    channel: website
    status: planned
    owner: Sanne
rules:
  min-per-cell: ${minPerCell}
  ignore:
    - { persona: cfo, phase: advocacy }
`;
}

export function modelFromPlan(text: string): MatrixModel {
  return toMatrixModel(analyze(text));
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every text the model carries is an HTML injection attempt. */
export function hostileModel(): MatrixModel {
  const piece = (line: number, url: string | null) => ({
    id: HOSTILE,
    title: `${HOSTILE} title`,
    type: `${HOSTILE} type`,
    status: `${HOSTILE}`,
    channel: `${HOSTILE} channel`,
    owner: `${HOSTILE} owner`,
    date: `${HOSTILE} date`,
    url,
    kpi: { [`${HOSTILE} leads`]: 10 },
    line,
  });
  return {
    title: `${HOSTILE} plan`,
    model: 'custom',
    minPerCell: 1,
    phases: [
      { id: `"><script>alert(2)</script>`, name: `${HOSTILE} phase`, stage: 'buyer' },
      { id: 'later', name: '<b>bold</b> phase', stage: 'customer' },
    ],
    personas: [{ id: `x" onmouseover="alert(3)`, name: `${HOSTILE} persona`, stage: 'both' }],
    actions: [{ title: `${HOSTILE} action`, term: 'short', impact: 'high', personas: [`x" onmouseover="alert(3)`], phases: [], owner: `${HOSTILE} owner`, status: 'planned', line: 20 }],
    cells: [
      { persona: `x" onmouseover="alert(3)`, phase: `"><script>alert(2)</script>`, gap: false, ignored: false, ignoredBy: null, count: 2,
        map: { questions: [`${HOSTILE} question`], touchpoints: [`${HOSTILE} touchpoint`], emotion: -1, pains: [`${HOSTILE} pain`], delights: [`${HOSTILE} delight`], momentOfTruth: true, kpiTarget: { [`${HOSTILE} leads`]: 40 } },
        kpi: { [`${HOSTILE} leads`]: 20 },
        content: [piece(7, `https://example.com/?q=${HOSTILE}`), piece(12, 'javascript:alert(4)')] },
      { persona: `x" onmouseover="alert(3)`, phase: 'later', gap: true, ignored: false, ignoredBy: null, count: 0, map: EMPTY_MAP, kpi: {}, content: [] },
    ],
    coverage: { filled: 1, expected: 2 },
    syntaxErrors: [],
  };
}

/** The model of a plan whose YAML is broken: what the server sends while the user is mid-edit. */
export function brokenModel(line = 7, message = `YAML syntax error: ${HOSTILE} bad indentation`): MatrixModel {
  return {
    title: '',
    model: 'customer-5',
    minPerCell: 1,
    phases: [],
    personas: [],
    actions: [],
    cells: [],
    coverage: { filled: 0, expected: 0 },
    syntaxErrors: [{ message, line, column: 3 }],
  };
}

/** A tall plan, to scroll. */
export function tallPlanText(personas = 40): string {
  const list = Array.from({ length: personas }, (_, i) => `  - id: p${i}\n    name: Persona ${i}`).join('\n');
  return `journey: Tall plan\npersonas:\n${list}\ncontent:\n  - title: For everyone\n    persona: "*"\n    phase: awareness\n    status: published\n`;
}

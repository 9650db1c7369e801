// Plans the suite writes into the workspace. Each test that edits a plan gets its own file, so
// the tests do not depend on each other's order.

/** hubspot model (awareness, consideration, decision); `cmoo` is a typo for the persona `cmo`. */
export const FEATURES_PLAN = `journey: Suite plan
model: hubspot
personas:
  - id: cmo
    name: Carla, CMO
  - id: dev
    name: Dirk, Developer
content:
  - id: intro
    title: Intro post
    persona: cmo
    phase: awareness
    status: published
  - id: guide
    title: Buyer guide
    persona: dev
    phase: consideration
    status: draft
  - id: demo
    title: Demo day
    persona: [cmo, dev]
    phase: decision
    status: planned
  - id: typo
    title: Typo piece
    persona: cmoo
    phase: awareness
`;

/** Two empty cells (cmo × consideration, dev × awareness) that are neither empty phases nor content-less personas. */
export const GAPS_PLAN = `journey: Gaps plan
model: hubspot
personas:
  - id: cmo
    name: Carla, CMO
  - id: dev
    name: Dirk, Developer
content:
  - title: Intro post
    persona: cmo
    phase: awareness
  - title: Buyer guide
    persona: dev
    phase: consideration
  - title: Demo day
    persona: [cmo, dev]
    phase: decision
`;

// The JSON Schema (draft-07) of a `.journey` plan, for Red Hat's YAML extension and any other
// YAML tool. Built from the definitions the validator reads with (fields.ts, phaseModels.ts,
// PIECE_STATUSES), so a key, status, stage or model added there reaches the schema when
// `npm run schema` regenerates schemas/journey.schema.json; a test fails when the two drift.
// It checks structure only: references between ids, duplicates and gaps need the language server.
import { ACTION_KEYS, IGNORE_KEYS, MAP_KEYS, PHASE_KEYS, PERSONA_KEYS, PIECE_KEYS, REQUIRED_ACTION_KEYS, REQUIRED_PIECE_KEYS, RULES_KEYS, TOP_LEVEL_KEYS, WILDCARD } from './fields';
import { DEFAULT_MODEL, KNOWN_PHASES, PHASE_MODELS, STAGES } from './phaseModels';
import { ACTION_IMPACTS, ACTION_TERMS, MAX_EMOTION, MIN_EMOTION, PERSONA_STAGES, PIECE_STATUSES } from './plan';

/** The subset of draft-07 this schema uses, plus VS Code's description keywords. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: string[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
  examples?: unknown[];
  definitions?: Record<string, JsonSchema>;
}

type TopKey = (typeof TOP_LEVEL_KEYS)[number];
type PhaseKey = (typeof PHASE_KEYS)[number];
type PersonaKey = (typeof PERSONA_KEYS)[number];
type PieceKey = (typeof PIECE_KEYS)[number];
type RulesKey = (typeof RULES_KEYS)[number];
type IgnoreKey = (typeof IGNORE_KEYS)[number];
type MapKey = (typeof MAP_KEYS)[number];
type ActionKey = (typeof ACTION_KEYS)[number];

/**
 * The date rule of isCalendarDate (dates.ts) as a pattern: YYYY-MM-DD and a real calendar day,
 * leap years included. Years 0000–0099 are refused because the validator's Date.UTC check
 * refuses them too (it reads them as 1900–1999). A test compares the two day by day.
 */
export const DATE_PATTERN =
  '^(?!00)(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

/** The scheme part of readPlan's isWebUrl (http or https, in any case, then no whitespace). */
export const URL_PATTERN = '^[hH][tT][tT][pP][sS]?://\\S+$';

/** readPlan accepts min-per-cell as 1 to 6 digits. */
export const MAX_MIN_PER_CELL = 999_999;

// The validator reads text fields as scalars: a number or true/false is kept as written, so
// `owner: 2026` is text too. An empty value (`notes:`) counts as not written at all.
const SCALAR = ['string', 'number', 'boolean'];
const OPTIONAL_SCALAR = [...SCALAR, 'null'];

/** A description in Markdown for VS Code, and the same as plain text for other tools. */
function describe(markdown: string): Pick<JsonSchema, 'description' | 'markdownDescription'> {
  return { description: markdown.replace(/\*\*|`/g, ''), markdownDescription: markdown };
}

function text(markdown: string, examples: unknown[], required = false): JsonSchema {
  return { type: required ? SCALAR : OPTIONAL_SCALAR, ...describe(markdown), examples };
}

/** An id: anything but empty or only spaces (readPlan's checkId). */
function id(markdown: string, examples: string[]): JsonSchema {
  return { type: SCALAR, pattern: '\\S', ...describe(markdown), examples };
}

/**
 * One of a fixed list of words, or empty (which the validator reads as not written). The null
 * sits in its own branch so editors offer and describe only the words.
 */
function oneOfWords(values: readonly string[], markdownHelp: readonly string[]): JsonSchema {
  return {
    anyOf: [
      { type: 'string', enum: [...values], enumDescriptions: markdownHelp.map((help) => help.replace(/\*\*|`/g, '')), markdownEnumDescriptions: [...markdownHelp] },
      { type: 'null' },
    ],
  };
}

function listOfStrings(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}

const STATUS_HELP: Record<(typeof PIECE_STATUSES)[number], string> = {
  idea: 'An idea, not yet planned.',
  planned: 'Planned: someone will make it.',
  draft: 'Being written or made.',
  review: 'Ready for review or approval.',
  scheduled: 'Finished and scheduled for publication.',
  published: 'Live.',
  retired: 'No longer used. A retired piece stays in the plan but **fills no cell**.',
};

const STAGE_HELP: Record<(typeof STAGES)[number], string> = {
  buyer: 'Before and up to the purchase: the person is still a prospect.',
  customer: 'After the purchase: the person is a customer.',
};

function modelHelp(model: (typeof PHASE_MODELS)[number]): string {
  const phases = model.phases.map((phase) => KNOWN_PHASES[phase].name.en).join(' → ');
  return `**${model.name}**: ${model.description.en} Phases: ${phases}.`;
}

/** A persona or phase reference in a piece: one id, a list of ids, or `*` for all. */
function references(part: 'persona' | 'phase', all: string, examples: unknown[], help?: string): JsonSchema {
  const one = { type: SCALAR, pattern: '\\S' };
  return {
    anyOf: [one, { type: 'array', minItems: 1, items: one }],
    ...describe(
      help ??
        `Which ${part} this piece is for: the \`id\` of one ${part}, a list of ids (\`[a, b]\`), or \`"${WILDCARD}"\` (in quotes) for ${all}. The piece fills the matrix cell of every ${part} it names. **Required.**`,
    ),
    examples,
  };
}

const PERSONA_STAGE_HELP: Record<(typeof PERSONA_STAGES)[number], string> = {
  buyer: 'A prospect: content is expected only in the `buyer` phases.',
  customer: 'A customer: content is expected only in the `customer` phases.',
  both: 'Walks the whole journey (the default).',
};

const TERM_HELP: Record<(typeof ACTION_TERMS)[number], string> = { short: 'Can be done soon.', long: 'Takes longer: a project.' };
const IMPACT_HELP: Record<(typeof ACTION_IMPACTS)[number], string> = { low: 'Helps a little.', high: 'Makes a real difference.' };

/** A list of texts, or one text for a list of one. */
function texts(markdown: string, examples: unknown[]): JsonSchema {
  return { anyOf: [{ type: OPTIONAL_SCALAR }, { type: 'array', items: { type: SCALAR } }], ...describe(markdown), examples };
}

function kpiSchema(markdown: string, examples: unknown[]): JsonSchema {
  return { type: ['object', 'null'], additionalProperties: { type: 'number', ...describe('A number: no units, no quotes.') }, ...describe(markdown), examples };
}

function mapEntrySchema(): JsonSchema {
  const cells = (part: 'persona' | 'phase', all: string, examples: unknown[]): JsonSchema =>
    references(part, all, examples, `Which ${part} this entry is about: an \`id\`, a list of ids, or \`"${WILDCARD}"\` (in quotes) for ${all} (inside each persona's stage). **Required.**`);
  const properties: Record<MapKey, JsonSchema> = {
    persona: cells('persona', 'every persona', [WILDCARD, 'klant']),
    phase: cells('phase', 'every phase', ['consideration', ['purchase', 'usage']]),
    questions: texts('The questions the customer has at this moment.', [['Welke leverancier past bij ons?']]),
    touchpoints: texts('Where we meet the customer: channels, people, events.', [['website', 'accountmanager']]),
    emotion: {
      type: ['integer', 'null'],
      minimum: MIN_EMOTION,
      maximum: MAX_EMOTION,
      ...describe(`How the customer feels: a whole number from \`${MIN_EMOTION}\` (very negative) to \`${MAX_EMOTION}\` (very positive). When several entries name a cell, the last one counts.`),
      examples: [-1, 2],
    },
    pains: texts('Points of pain at this moment.', [['Te veel keuze']]),
    delights: texts('Points of delight at this moment.', [['Snelle offerte']]),
    'moment-of-truth': {
      type: ['boolean', 'null'],
      ...describe('`true` for a moment that decides whether the customer stays or walks away. A moment of truth without content is a `moment-of-truth-gap`.'),
      examples: [true],
    },
    kpi: kpiSchema('Targets for the cells this entry names: a metric name followed by a number, such as `{ leads: 40 }`. Targets of one metric from several entries are summed.', [{ leads: 40 }]),
  };
  return {
    type: 'object',
    properties,
    required: ['persona', 'phase'],
    additionalProperties: false,
    ...describe('What the customer asks and feels in the cells this entry names. Lists from several entries are joined.'),
  };
}

function actionSchema(): JsonSchema {
  const properties: Record<ActionKey, JsonSchema> = {
    title: text('What to do. **Required.**', ['Chatbot in de checkout'], true),
    term: { ...oneOfWords(ACTION_TERMS, ACTION_TERMS.map((term) => TERM_HELP[term])), ...describe(`${listOfStrings(ACTION_TERMS)}: how soon it can be done. **Required.**`), examples: ['short'] },
    impact: { ...oneOfWords(ACTION_IMPACTS, ACTION_IMPACTS.map((impact) => IMPACT_HELP[impact])), ...describe(`${listOfStrings(ACTION_IMPACTS)}: how much it helps. **Required.**`), examples: ['high'] },
    persona: references('persona', 'every persona', [WILDCARD], `Optional: which persona the action is about, as in \`map\`.`),
    phase: references('phase', 'every phase', ['purchase'], `Optional: which phase the action is about, as in \`map\`.`),
    owner: text('Who takes it up.', ['Sanne']),
    status: { ...oneOfWords(PIECE_STATUSES, PIECE_STATUSES.map((status) => STATUS_HELP[status])), ...describe(`Optional: ${listOfStrings(PIECE_STATUSES)}, as for content.`), examples: ['planned'] },
  };
  return {
    type: 'object',
    properties,
    required: [...REQUIRED_ACTION_KEYS],
    additionalProperties: false,
    ...describe('A lesson learned or to-do, placed in the grid of short/long term × low/high impact.'),
  };
}

function phaseSchema(): JsonSchema {
  const properties: Record<PhaseKey, JsonSchema> = {
    id: id('The phase id that content pieces refer to in `phase:`. Short, no spaces: `awareness`, `onboarding`.', ['awareness', 'onboarding']),
    name: text('The name shown in the matrix and preview. Default: the built-in name of a known phase id, else the id written as words.', ['Bewustwording', 'Onboarding']),
    stage: {
      ...oneOfWords(STAGES, STAGES.map((stage) => STAGE_HELP[stage])),
      ...describe(`Which side of the purchase this phase lies on: ${listOfStrings(STAGES)}. Default: the stage of a known phase with this id, else the stage of the phase before it (the first phase: \`buyer\`).`),
      examples: [...STAGES],
    },
    description: text('What happens for the customer in this phase.', ['Comparing options and prices.']),
  };
  return {
    anyOf: [
      { type: SCALAR, pattern: '\\S', ...describe('A phase written as its id only, such as `awareness`.') },
      { type: 'object', properties, required: ['id'], additionalProperties: false },
    ],
    ...describe('A phase of your customer journey: an id (`awareness`), or `id` with `name`, `stage` and `description`.'),
  };
}

function personaSchema(): JsonSchema {
  const properties: Record<PersonaKey, JsonSchema> = {
    id: id('The persona id that content pieces refer to in `persona:`. Short, no spaces: `it-manager`, `cfo`.', ['it-manager', 'cfo']),
    name: text('The name shown in the matrix and preview. Default: the id.', ['Ivo, IT-manager']),
    description: text('Who this persona is and what they care about.', ['Decides on software; cares about integrations and security.']),
    stage: {
      ...oneOfWords(PERSONA_STAGES, PERSONA_STAGES.map((stage) => PERSONA_STAGE_HELP[stage])),
      ...describe(`The journey this persona walks: ${listOfStrings(PERSONA_STAGES)} (default \`both\`). Cells outside it expect no content.`),
      examples: ['customer'],
    },
  };
  return {
    anyOf: [
      { type: SCALAR, pattern: '\\S', ...describe('A persona written as its id only, such as `cfo`.') },
      // Personas accept any further keys (goals, pains, …): the validator reads only these.
      { type: 'object', properties, required: ['id'], additionalProperties: true },
    ],
    ...describe('A person you make content for: an id (`cfo`), or `id` with `name`, `description` and any other keys you find useful (`goals`, `pains`, …).'),
  };
}

function pieceSchema(): JsonSchema {
  const properties: Record<PieceKey, JsonSchema> = {
    title: text('The title of the content piece. **Required.**', ['5 signs your ERP is outdated'], true),
    persona: references('persona', 'every persona', ['it-manager', ['it-manager', 'cfo'], WILDCARD]),
    phase: references('phase', 'every phase', ['awareness', ['consideration', 'purchase']]),
    id: id('An optional id for the piece, unique in the plan: handy to refer to it elsewhere.', ['erp-signs']),
    type: text('What kind of content this is, in your own words: `blog`, `webinar`, `whitepaper`, `video`, … The preview can filter on it.', ['blog', 'webinar', 'whitepaper']),
    status: {
      ...oneOfWords(PIECE_STATUSES, PIECE_STATUSES.map((status) => STATUS_HELP[status])),
      ...describe(`Where the piece is in its life: ${listOfStrings(PIECE_STATUSES)}. Always one of these English words, whatever language the plan is in. Only \`retired\` changes the matrix: a retired piece fills no cell.`),
      examples: ['published', 'planned'],
    },
    channel: text('Where the piece is published: `website`, `LinkedIn`, `e-mail`, … The preview can filter on it.', ['website', 'LinkedIn']),
    owner: text('Who is responsible for the piece.', ['Sanne']),
    date: {
      type: ['string', 'null'],
      pattern: DATE_PATTERN,
      ...describe('The publication date (or planned date) as `YYYY-MM-DD`: a real calendar day, such as `2026-02-10`.'),
      examples: ['2026-02-10'],
    },
    url: {
      type: ['string', 'null'],
      pattern: URL_PATTERN,
      ...describe('Where the piece can be found: a web address starting with `http://` or `https://`.'),
      examples: ['https://example.com/blog/erp-signs'],
    },
    kpi: kpiSchema('Results or targets: a metric name followed by a number, such as `{ reach: 5000, leads: 20 }`. Use your own metric names.', [{ reach: 5000, leads: 20 }]),
    notes: text('Free text for anything else.', ['Gated download; leads go to the nurture flow.']),
  };
  return {
    type: 'object',
    properties,
    required: [...REQUIRED_PIECE_KEYS],
    additionalProperties: false,
    ...describe('A content piece: at least a `title`, the `persona` it is for and the journey `phase` it serves.'),
    examples: [{ title: '5 signs your ERP is outdated', type: 'blog', persona: 'it-manager', phase: 'awareness', status: 'published', date: '2026-02-10' }],
  };
}

function rulesSchema(): JsonSchema {
  const side = (part: 'persona' | 'phase'): JsonSchema => ({
    type: SCALAR,
    pattern: '\\S',
    ...describe(`The \`id\` of a ${part}, or \`"${WILDCARD}"\` (in quotes) for every ${part}.`),
    examples: part === 'persona' ? ['cfo', WILDCARD] : ['advocacy', WILDCARD],
  });
  const ignoreProperties: Record<IgnoreKey, JsonSchema> = { persona: side('persona'), phase: side('phase') };
  const properties: Record<RulesKey, JsonSchema> = {
    'min-per-cell': {
      type: ['integer', 'null'],
      minimum: 0,
      maximum: MAX_MIN_PER_CELL,
      ...describe('How many pieces each persona × phase cell needs; a cell with fewer is reported as a gap. A whole number, `0` or more. Default: 1 (or the `journey.rules.minPerCell` setting).'),
      default: 1,
      examples: [1, 2],
    },
    ignore: {
      type: ['array', 'null'],
      items: {
        type: 'object',
        properties: ignoreProperties,
        required: [...IGNORE_KEYS],
        additionalProperties: false,
        ...describe('A cell where no content is expected: never a gap.'),
      },
      ...describe('Cells where no content is expected, such as `{ persona: cfo, phase: advocacy }`. Either side may be `"*"`.'),
      examples: [[{ persona: 'cfo', phase: 'advocacy' }]],
    },
  };
  return {
    type: ['object', 'null'],
    properties,
    additionalProperties: false,
    ...describe('Rules for finding gaps in the plan.'),
  };
}

/** The schema as an object. */
export function journeySchema(): JsonSchema {
  const properties: Record<TopKey, JsonSchema> = {
    journey: text('The title of the plan, such as `Acme CRM — content plan 2026`.', ['Acme CRM — content plan 2026']),
    personas: {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/definitions/persona' },
      ...describe('The people you make content for: at least one. **Required**, unless the plan takes them from a base (`extends`).'),
    },
    content: {
      type: ['array', 'null'],
      items: { $ref: '#/definitions/piece' },
      ...describe('The content pieces of the plan: blogs, webinars, videos, … Each fills the matrix cells of the personas and phases it names.'),
    },
    model: {
      ...oneOfWords(PHASE_MODELS.map((model) => model.id), PHASE_MODELS.map(modelHelp)),
      ...describe(`The built-in journey model whose phases the plan uses: ${listOfStrings(PHASE_MODELS.map((model) => model.id))}. Default: \`${DEFAULT_MODEL}\`. A \`phases:\` list replaces the model's phases.`),
      default: DEFAULT_MODEL,
      examples: ['b2b', 'hubspot'],
    },
    phases: {
      type: ['array', 'null'],
      items: { $ref: '#/definitions/phase' },
      ...describe('Your own journey phases, in order. When given, they replace the phases of `model:`.'),
    },
    rules: { $ref: '#/definitions/rules' },
    map: {
      type: ['array', 'null'],
      items: { $ref: '#/definitions/mapEntry' },
      ...describe('The journey map: per persona × phase, the questions, touchpoints, emotion, pains, delights, moments of truth and kpi targets.'),
    },
    actions: {
      type: ['array', 'null'],
      items: { $ref: '#/definitions/action' },
      ...describe('Lessons learned and to-dos, each with a `term` (short/long) and an `impact` (low/high).'),
    },
    'review-by': {
      type: ['string', 'null'],
      pattern: DATE_PATTERN,
      ...describe('When the plan is to be looked at again, as `YYYY-MM-DD`. Once that day has passed, the editor reports `review-due`.'),
      examples: ['2026-06-30'],
    },
    extends: {
      anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'array', minItems: 1, items: { type: 'string', pattern: '\\S' } }],
      ...describe('Bases: the relative path of a `.journey` file, or a list of them. The plan takes their `personas`, `model`/`phases` and `rules`, in order; its own personas and `rules.ignore` add to them, its own `model` or `phases` replace theirs, its own `min-per-cell` wins.'),
      examples: ['./team.journey', ['../shared/personas.journey', './phases.journey']],
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Journey content plan',
    ...describe('A content plan along the customer journey: `personas` × journey phases, filled with `content` pieces. Generated from the Journey extension\'s validator (`npm run schema`); do not edit by hand.'),
    type: 'object',
    properties,
    // `personas` is required unless a base (`extends`) may give them.
    anyOf: [{ required: ['personas'] }, { required: ['extends'] }],
    additionalProperties: false,
    definitions: { phase: phaseSchema(), persona: personaSchema(), piece: pieceSchema(), rules: rulesSchema(), mapEntry: mapEntrySchema(), action: actionSchema() },
    examples: [
      {
        journey: 'Acme CRM — content plan 2026',
        model: 'b2b',
        personas: [{ id: 'it-manager', name: 'Ivo, IT-manager' }],
        content: [{ title: '5 signs your ERP is outdated', type: 'blog', persona: 'it-manager', phase: 'awareness', status: 'published', date: '2026-02-10' }],
        rules: { 'min-per-cell': 1 },
      },
    ],
  };
}

/** The schema file's exact text: what `npm run schema` writes and the drift test compares. */
export function renderJourneySchema(): string {
  return JSON.stringify(journeySchema(), null, 2) + '\n';
}

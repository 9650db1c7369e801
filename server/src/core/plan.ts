// The plan as the analysis reads it from YAML: personas, phases, content pieces and rules,
// each keeping the text spans it came from so diagnostics, navigation and edits can point back.
import type { LineIndex, Span } from './lineIndex';
import type { Stage } from './phaseModels';

/** A scalar value and where it is written. */
export interface Located<T = string> {
  value: T;
  span: Span;
}

/** The journey a persona walks: the buyer phases, the customer phases, or both (the default). */
export const PERSONA_STAGES = ['buyer', 'customer', 'both'] as const;
export type PersonaStage = (typeof PERSONA_STAGES)[number];

export interface Persona {
  id: string;
  /** The id's span, or the item's span when the id is missing. */
  idSpan: Span;
  name: string;
  description?: string;
  stage: PersonaStage;
  /** Where `stage:` is written (key and value), for the fix that widens it. */
  stageSpans?: FieldSpans;
  /** The whole list item. */
  span: Span;
  /** Set for a persona a base defines (`extends`): its spans above are then the `extends` item's in this plan. */
  origin?: Origin;
}

/**
 * Where a persona or phase taken from a base (`extends`) is defined: the base file, its line
 * index and the spans there, for go to definition and hover.
 */
export interface Origin {
  /** The base's path as the host named it (absolute on disk). */
  path: string;
  lines: LineIndex;
  idSpan: Span;
  span: Span;
}

export interface Phase {
  id: string;
  name: string;
  stage: Stage;
  description?: string;
  /** Set for phases written in the plan's `phases:` list (or, taken from a base, the `extends` item); absent for a built-in model's phases. */
  idSpan?: Span;
  span?: Span;
  /** Set for a phase a base's `phases:` list defines. */
  origin?: Origin;
}

/** A reference to a persona or phase id from a piece or an ignore rule. `*` means all. */
export type Reference = Located<string>;

export const PIECE_STATUSES = ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];

/** The statuses of work not done yet: a piece with one of these and a date in the past is `overdue`. */
export const UNFINISHED_STATUSES: readonly PieceStatus[] = ['idea', 'planned', 'draft', 'review'];

/** Where a field of a mapping is written: its key and its value. */
export interface FieldSpans {
  key: Span;
  value: Span;
}

export interface Piece {
  index: number;
  id?: Located;
  title?: string;
  /** Where the title's value is written (the piece's name in the outline). Other keys: pieceFields(). */
  titleSpan?: Span;
  type?: string;
  channel?: string;
  status?: string;
  owner?: string;
  date?: string;
  /** Where the date's value is written: the `overdue` diagnostic and its quick fix point there. */
  dateSpan?: Span;
  url?: string;
  notes?: string;
  kpi?: Record<string, number>;
  personas: readonly Reference[];
  phases: readonly Reference[];
  /** The whole list item; its first line is the piece's line. */
  span: Span;
}

export interface IgnoreRule {
  persona?: Reference;
  phase?: Reference;
  span: Span;
  /** Set for a rule a base writes: its spans are in that file, so this plan's checks and edits skip it. */
  fromBase?: true;
}

export interface Rules {
  /** As written in the plan; undefined falls back to the analysis option's default. */
  minPerCell?: number;
  ignore: IgnoreRule[];
  /** Every key written under `rules:`, with its spans. */
  fields: Record<string, FieldSpans>;
}

/** The top-level sections as written (key and value), for edits that add to them and for anchoring diagnostics. */
export type Sections = Partial<Record<'journey' | 'extends' | 'model' | 'phases' | 'personas' | 'content' | 'rules' | 'map' | 'actions' | 'review-by', FieldSpans>>;

/** The emotion scale of a map entry: -2 (very negative) to 2 (very positive). */
export const MIN_EMOTION = -2;
export const MAX_EMOTION = 2;

/** One item of `map:`: what the customer asks and feels in the cells it names. */
export interface MapEntry {
  personas: readonly Reference[];
  phases: readonly Reference[];
  questions: string[];
  touchpoints: string[];
  pains: string[];
  delights: string[];
  emotion?: number;
  momentOfTruth?: boolean;
  /** Where `moment-of-truth:`'s value is written: a moment-of-truth-gap points there. */
  momentOfTruthSpan?: Span;
  /** Targets for the cells the entry names. */
  kpi?: Record<string, number>;
  /** Where each kpi metric's name is written: a kpi-below-target points there. */
  kpiSpans?: Record<string, Span>;
  span: Span;
}

export const ACTION_TERMS = ['short', 'long'] as const;
export const ACTION_IMPACTS = ['low', 'high'] as const;
export type ActionTerm = (typeof ACTION_TERMS)[number];
export type ActionImpact = (typeof ACTION_IMPACTS)[number];

/** One item of `actions:`: a lesson learned or a to-do, placed in the term × impact grid. */
export interface Action {
  title?: string;
  term?: ActionTerm;
  impact?: ActionImpact;
  /** Optional: which cells the action is about. Empty: the whole journey. */
  personas: readonly Reference[];
  phases: readonly Reference[];
  owner?: string;
  status?: PieceStatus;
  span: Span;
}

export interface Plan {
  title?: string;
  /** The built-in model id in use (the default when `model:` is absent), or 'custom'. */
  model: string;
  modelRef?: Located;
  phases: Phase[];
  personas: Persona[];
  pieces: Piece[];
  rules: Rules;
  /** `map:` entries in file order. */
  map: MapEntry[];
  actions: Action[];
  /** `review-by:`, when the plan is to be looked at again (a valid date). */
  reviewBy?: Located;
  /** `extends:`, the relative paths of the plan's bases, in order (a text is a list of one). */
  extends: readonly Reference[];
  sections: Sections;
}

// Reads a parsed YAML document into a Plan, reporting what is structurally wrong as it goes:
// missing fields, wrong types and values, unknown keys and duplicate ids. References between
// parts (persona and phase ids) are checked afterwards, in references.ts, once all ids are known.
import { Document, isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import type { DiagnosticCode, DiagnosticData, Severity } from './diagnostics';
import { isCalendarDate } from './dates';
import { intern } from './strings';
import { ACTION_KEYS, IGNORE_KEYS, MAP_KEYS, MAP_LIST_KEYS, PHASE_KEYS, PIECE_KEYS, REQUIRED_ACTION_KEYS, REQUIRED_PIECE_KEYS, RULES_KEYS, TOP_LEVEL_KEYS } from './fields';
import type { Span } from './lineIndex';
import type { Locale, Messages, PlanPart } from './messages';
import { DEFAULT_MODEL, findModel, KNOWN_PHASES, PHASE_MODELS, STAGES, type Stage } from './phaseModels';
import {
  ACTION_IMPACTS, ACTION_TERMS, MAX_EMOTION, MIN_EMOTION, PERSONA_STAGES, PIECE_STATUSES,
  type Action, type FieldSpans, type IgnoreRule, type Located, type MapEntry, type Persona, type PersonaStage, type Phase, type Piece, type Plan, type Reference,
} from './plan';
import { closest } from './similar';
import { Entry, YamlNodes } from './yamlNodes';

export interface Finding {
  code: DiagnosticCode;
  span: Span;
  message: string;
  severity?: Severity;
  data?: DiagnosticData;
}

export interface ReadContext {
  nodes: YamlNodes;
  msg: Messages;
  locale: Locale;
  report(finding: Finding): void;
}

export function emptyPlan(): Plan {
  return { model: DEFAULT_MODEL, phases: modelPhases(DEFAULT_MODEL, 'en'), personas: [], pieces: [], rules: { ignore: [], fields: {} }, map: [], actions: [], extends: NO_REFERENCES, sections: {} };
}

/** Reads the `content:` list into pieces. A seam: the incremental analysis supplies pieces it read earlier. */
export type ContentReader = (ctx: ReadContext, entry: Entry) => Piece[];

export function readPlan(doc: Document.Parsed, ctx: ReadContext, readContent: ContentReader = readPieces): Plan {
  const plan = emptyPlan();
  plan.phases = modelPhases(DEFAULT_MODEL, ctx.locale);
  const root = ctx.nodes.resolve(doc.contents);
  if (root === undefined || (isScalar(root) && ctx.nodes.text(root) === undefined)) {
    // An empty file or only comments: say what a plan needs first.
    ctx.report({ code: 'missing-field', span: { start: 0, end: 0 }, message: ctx.msg.missingPersonas(), data: {} });
    return plan;
  }
  if (!isMap(root)) {
    ctx.report({ code: 'invalid-value', span: ctx.nodes.span(root), message: ctx.msg.notAMapping() });
    return plan;
  }

  let customPhases: Node | undefined;
  let personasNode: Node | undefined;
  for (const entry of ctx.nodes.entries(root)) {
    switch (entry.key) {
      case 'journey':
        plan.sections.journey = { key: entry.keySpan, value: entry.valueSpan };
        plan.title = readText(ctx, entry);
        break;
      case 'extends':
        plan.sections.extends = { key: entry.keySpan, value: entry.valueSpan };
        plan.extends = readExtends(ctx, entry);
        break;
      case 'model':
        plan.sections.model = { key: entry.keySpan, value: entry.valueSpan };
        plan.modelRef = readLocated(ctx, entry);
        break;
      case 'phases':
        plan.sections.phases = { key: entry.keySpan, value: entry.valueSpan };
        customPhases = entry.value;
        if (customPhases && !isSeq(customPhases)) ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedList('phases') });
        break;
      case 'personas':
        plan.sections.personas = { key: entry.keySpan, value: entry.valueSpan };
        personasNode = entry.value;
        break;
      case 'content':
        plan.sections.content = { key: entry.keySpan, value: entry.valueSpan };
        plan.pieces = readContent(ctx, entry);
        break;
      case 'rules':
        plan.sections.rules = { key: entry.keySpan, value: entry.valueSpan };
        readRules(ctx, entry, plan);
        break;
      case 'map':
        plan.sections.map = { key: entry.keySpan, value: entry.valueSpan };
        plan.map = readList(ctx, entry, 'map', readMapEntry);
        break;
      case 'actions':
        plan.sections.actions = { key: entry.keySpan, value: entry.valueSpan };
        plan.actions = readList(ctx, entry, 'action', readAction);
        break;
      case 'review-by': {
        plan.sections['review-by'] = { key: entry.keySpan, value: entry.valueSpan };
        plan.reviewBy = readDate(ctx, entry);
        break;
      }
      default:
        reportUnknownKey(ctx, entry, 'top', TOP_LEVEL_KEYS, root);
    }
  }

  const anchor = firstKeySpan(ctx, root);
  if (plan.title === undefined) {
    ctx.report({ code: 'missing-field', severity: 'warning', span: plan.sections.journey?.key ?? anchor, message: ctx.msg.missingTitle() });
  }
  readModel(ctx, plan);
  if (isSeq(customPhases)) {
    plan.model = 'custom';
    plan.phases = readPhases(ctx, customPhases);
  }
  // With bases, the personas may all come from them: bases.ts reports a plan left with none.
  plan.personas = readPersonas(ctx, personasNode, plan.sections.extends ? undefined : plan.sections.personas?.key ?? anchor);
  return plan;
}

/** `extends:` takes a path or a list of paths; `invalid-extends` for anything else (bases.ts checks the paths). */
function readExtends(ctx: ReadContext, entry: Entry): readonly Reference[] {
  const node = entry.value;
  if (node === undefined) return NO_REFERENCES;
  const refs: Reference[] = [];
  const items = isSeq(node) ? node.items : [node];
  for (const item of items) {
    const value = ctx.nodes.resolve(item);
    const text = isScalar(value) ? ctx.nodes.text(value) : undefined;
    const span = isSeq(node) ? ctx.nodes.span(item as Node, entry.valueSpan) : entry.valueSpan;
    if (text === undefined || text.trim() === '') ctx.report({ code: 'invalid-extends', span, message: ctx.msg.expectedPaths() });
    else refs.push({ value: text, span });
  }
  return refs;
}

/** The phases of a built-in model, named in the user's language. */
export function modelPhases(modelId: string, locale: Locale): Phase[] {
  const model = findModel(modelId) ?? findModel(DEFAULT_MODEL)!;
  return model.phases.map((id) => ({ id, name: KNOWN_PHASES[id].name[locale], stage: KNOWN_PHASES[id].stage }));
}

function readModel(ctx: ReadContext, plan: Plan): void {
  const ref = plan.modelRef;
  if (!ref) return;
  if (findModel(ref.value)) {
    plan.model = ref.value;
    plan.phases = modelPhases(ref.value, ctx.locale);
    return;
  }
  const ids = PHASE_MODELS.map((model) => model.id);
  const suggestion = closest(ref.value, ids);
  ctx.report({
    code: 'unknown-model',
    span: ref.span,
    message: ctx.msg.unknownModel(ref.value, ids) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
    data: { suggestion },
  });
}

function readPhases(ctx: ReadContext, list: Node): Phase[] {
  const phases: Phase[] = [];
  const seen = new Set<string>();
  for (const item of (list as { items: unknown[] }).items) {
    const node = ctx.nodes.resolve(item);
    const itemSpan = ctx.nodes.span(item as Node);
    let id: Located | undefined;
    let name: string | undefined;
    let stage: Stage | undefined;
    let description: string | undefined;
    if (isScalar(node)) {
      const text = ctx.nodes.text(node);
      if (text !== undefined) id = { value: text, span: itemSpan };
    } else if (isMap(node)) {
      for (const entry of ctx.nodes.entries(node)) {
        switch (entry.key) {
          case 'id': id = readLocated(ctx, entry); break;
          case 'name': name = readText(ctx, entry); break;
          case 'description': description = readText(ctx, entry); break;
          case 'stage': stage = readEnum(ctx, entry, 'stage', STAGES); break;
          default: reportUnknownKey(ctx, entry, 'phase', PHASE_KEYS, node);
        }
      }
    } else {
      ctx.report({ code: 'invalid-value', span: itemSpan, message: ctx.msg.expectedMapping('phase') });
      continue;
    }
    if (!id) {
      ctx.report({ code: 'missing-field', span: isMap(node) ? firstKeySpan(ctx, node) : itemSpan, message: ctx.msg.missingField('phase', 'id') });
      continue;
    }
    if (!checkId(ctx, id)) continue;
    if (seen.has(id.value)) {
      ctx.report({ code: 'duplicate-id', span: id.span, message: ctx.msg.duplicateId('phase', id.value) });
      continue;
    }
    seen.add(id.value);
    const known = KNOWN_PHASES[id.value];
    phases.push({
      id: id.value,
      name: name ?? known?.name[ctx.locale] ?? humanise(id.value),
      // A custom phase without a stage sits where a known phase of that name sits, else beside the one before it.
      stage: stage ?? known?.stage ?? phases[phases.length - 1]?.stage ?? 'buyer',
      description,
      idSpan: id.span,
      span: itemSpan,
    });
  }
  return phases;
}

/** @param anchor where a plan without personas is reported; undefined: not here. */
function readPersonas(ctx: ReadContext, node: Node | undefined, anchor: Span | undefined): Persona[] {
  const personas: Persona[] = [];
  if (node !== undefined && !isSeq(node)) {
    ctx.report({ code: 'invalid-value', span: ctx.nodes.span(node), message: ctx.msg.expectedList('personas') });
    return personas;
  }
  const seen = new Set<string>();
  for (const item of node?.items ?? []) {
    const value = ctx.nodes.resolve(item);
    const span = ctx.nodes.span(item as Node);
    let id: Located | undefined;
    let name: string | undefined;
    let description: string | undefined;
    let stage: PersonaStage | undefined;
    let stageSpans: FieldSpans | undefined;
    if (isScalar(value)) {
      const text = ctx.nodes.text(value);
      if (text !== undefined) id = { value: text, span };
    } else if (isMap(value)) {
      // Personas accept any further keys (goals, pains, …): only id, name, description and stage are read.
      for (const entry of ctx.nodes.entries(value)) {
        if (entry.key === 'id') id = readLocated(ctx, entry);
        else if (entry.key === 'name') name = readText(ctx, entry);
        else if (entry.key === 'description') description = readText(ctx, entry);
        else if (entry.key === 'stage') {
          stage = readEnum(ctx, entry, 'stage', PERSONA_STAGES);
          stageSpans = { key: entry.keySpan, value: entry.valueSpan };
        }
      }
    } else {
      ctx.report({ code: 'invalid-value', span, message: ctx.msg.expectedMapping('persona') });
      continue;
    }
    if (!id) {
      ctx.report({ code: 'missing-field', span: isMap(value) ? firstKeySpan(ctx, value) : span, message: ctx.msg.missingField('persona', 'id') });
      continue;
    }
    if (!checkId(ctx, id)) continue;
    if (seen.has(id.value)) {
      ctx.report({ code: 'duplicate-id', span: id.span, message: ctx.msg.duplicateId('persona', id.value) });
      continue;
    }
    seen.add(id.value);
    personas.push({ id: id.value, idSpan: id.span, name: name ?? id.value, description, stage: stage ?? 'both', stageSpans, span });
  }
  if (anchor && personas.length === 0 && !hasItems(node)) {
    ctx.report({ code: 'missing-field', span: anchor, message: ctx.msg.missingPersonas() });
  }
  return personas;
}

function readPieces(ctx: ReadContext, entry: Entry): Piece[] {
  const node = entry.value;
  if (node === undefined) return [];
  if (!isSeq(node)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedList('content') });
    return [];
  }
  const pieces: Piece[] = [];
  const seenIds = new Set<string>();
  node.items.forEach((item) => {
    const piece = readContentItem(ctx, item, pieces.length);
    if (!piece) return;
    checkPieceId(ctx, piece, seenIds);
    pieces.push(piece);
  });
  return pieces;
}

/** One item of the `content:` list: a piece, or undefined (reported) when the item is not a mapping. */
export function readContentItem(ctx: ReadContext, item: unknown, index: number): Piece | undefined {
  const value = ctx.nodes.resolve(item);
  const span = ctx.nodes.span(item as Node);
  if (!isMap(value)) {
    if (value !== undefined) ctx.report({ code: 'invalid-value', span, message: ctx.msg.expectedMapping('piece') });
    return undefined;
  }
  return readPiece(ctx, value, index, span);
}

/** Reports a piece id seen before (on the later piece) and remembers it. */
export function checkPieceId(ctx: ReadContext, piece: Piece, seenIds: Set<string>): void {
  if (!piece.id) return;
  if (seenIds.has(piece.id.value)) ctx.report({ code: 'duplicate-id', span: piece.id.span, message: ctx.msg.duplicateId('piece', piece.id.value) });
  seenIds.add(piece.id.value);
}

function readPiece(ctx: ReadContext, map: YAMLMap, index: number, span: Span): Piece {
  const entries = ctx.nodes.entries(map);
  // Every property from the start: properties added later would live in a separate array.
  const piece: Piece = {
    index, id: undefined, title: undefined, titleSpan: undefined, type: undefined, channel: undefined, status: undefined,
    owner: undefined, date: undefined, dateSpan: undefined, url: undefined, notes: undefined, kpi: undefined, personas: NO_REFERENCES, phases: NO_REFERENCES, span,
  };
  const present = new Set<string>();
  for (const entry of entries) {
    present.add(entry.key);
    switch (entry.key) {
      case 'id': {
        const id = readLocated(ctx, entry);
        if (id && checkId(ctx, id)) piece.id = id;
        break;
      }
      case 'title': {
        const title = readLocated(ctx, entry);
        piece.title = title?.value;
        piece.titleSpan = title?.span;
        break;
      }
      case 'type': piece.type = intern(readText(ctx, entry)); break;
      case 'channel': piece.channel = intern(readText(ctx, entry)); break;
      case 'owner': piece.owner = intern(readText(ctx, entry)); break;
      case 'notes': piece.notes = readText(ctx, entry); break;
      case 'status': piece.status = readEnum(ctx, entry, 'status', PIECE_STATUSES); break;
      case 'date': {
        const date = readDate(ctx, entry);
        piece.date = intern(date?.value);
        piece.dateSpan = date?.span;
        break;
      }
      case 'url': piece.url = readUrl(ctx, entry); break;
      case 'kpi': piece.kpi = readKpi(ctx, entry); break;
      case 'persona': piece.personas = readReferences(ctx, entry); break;
      case 'phase': piece.phases = readReferences(ctx, entry); break;
      default: reportUnknownKey(ctx, entry, 'piece', PIECE_KEYS, map);
    }
  }
  const at = firstKeySpan(ctx, map);
  for (const field of REQUIRED_PIECE_KEYS) {
    const missing = field === 'title' ? piece.title === undefined : field === 'persona' ? piece.personas.length === 0 : piece.phases.length === 0;
    // A key written with a wrong value was reported already; only a key that is absent or empty is missing.
    if (missing && (!present.has(field) || isEmptyValue(ctx, map, field))) {
      ctx.report({ code: 'missing-field', span: at, message: ctx.msg.missingField('piece', field) });
    }
  }
  return piece;
}

function readRules(ctx: ReadContext, entry: Entry, plan: Plan): void {
  const node = entry.value;
  if (node === undefined) return;
  if (!isMap(node)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedMapping('rules') });
    return;
  }
  for (const rule of ctx.nodes.entries(node)) {
    plan.rules.fields[rule.key] ??= { key: rule.keySpan, value: rule.valueSpan };
    if (rule.key === 'min-per-cell') {
      const text = readText(ctx, rule);
      if (text === undefined) continue;
      if (/^\d{1,6}$/.test(text)) plan.rules.minPerCell = Number(text);
      else ctx.report({ code: 'invalid-value', span: rule.valueSpan, message: ctx.msg.invalidMinPerCell(text) });
    } else if (rule.key === 'ignore') {
      plan.rules.ignore = readIgnoreRules(ctx, rule);
    } else {
      reportUnknownKey(ctx, rule, 'rules', RULES_KEYS, node);
    }
  }
}

function readIgnoreRules(ctx: ReadContext, entry: Entry): IgnoreRule[] {
  const node = entry.value;
  if (node === undefined) return [];
  if (!isSeq(node)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedList('ignore') });
    return [];
  }
  const rules: IgnoreRule[] = [];
  for (const item of node.items) {
    const value = ctx.nodes.resolve(item);
    const span = ctx.nodes.span(item as Node);
    if (!isMap(value)) {
      ctx.report({ code: 'invalid-value', span, message: ctx.msg.expectedMapping('ignore') });
      continue;
    }
    const rule: IgnoreRule = { span };
    const written = new Set<string>();
    for (const side of ctx.nodes.entries(value)) {
      if (side.value !== undefined && !(isScalar(side.value) && ctx.nodes.text(side.value) === undefined)) written.add(side.key);
      if (side.key === 'persona' || side.key === 'phase') rule[side.key] = readLocated(ctx, side);
      else reportUnknownKey(ctx, side, 'ignore', IGNORE_KEYS, value);
    }
    for (const side of IGNORE_KEYS) {
      // A side written with a wrong value was reported as such already.
      if (!rule[side] && !written.has(side)) ctx.report({ code: 'missing-field', span: firstKeySpan(ctx, value), message: ctx.msg.missingField('ignore', side) });
    }
    rules.push(rule);
  }
  return rules;
}

// ---- the journey map and the actions ----------------------------------------------------

/** A list of mappings under a top-level key, each read by `read`; anything else is reported. */
function readList<T>(ctx: ReadContext, entry: Entry, part: PlanPart, read: (ctx: ReadContext, map: YAMLMap, span: Span) => T): T[] {
  const node = entry.value;
  if (node === undefined) return [];
  if (!isSeq(node)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedList(entry.key) });
    return [];
  }
  const items: T[] = [];
  for (const item of node.items) {
    const value = ctx.nodes.resolve(item);
    const span = ctx.nodes.span(item as Node);
    if (isMap(value)) items.push(read(ctx, value, span));
    else if (value !== undefined) ctx.report({ code: 'invalid-value', span, message: ctx.msg.expectedMapping(part) });
  }
  return items;
}

function readMapEntry(ctx: ReadContext, map: YAMLMap, span: Span): MapEntry {
  const entry: MapEntry = { personas: NO_REFERENCES, phases: NO_REFERENCES, questions: [], touchpoints: [], pains: [], delights: [], span };
  for (const field of ctx.nodes.entries(map)) {
    switch (field.key) {
      case 'persona': entry.personas = readReferences(ctx, field); break;
      case 'phase': entry.phases = readReferences(ctx, field); break;
      case 'questions':
      case 'touchpoints':
      case 'pains':
      case 'delights':
        entry[field.key satisfies (typeof MAP_LIST_KEYS)[number]] = readTexts(ctx, field);
        break;
      case 'emotion': entry.emotion = readEmotion(ctx, field); break;
      case 'moment-of-truth':
        entry.momentOfTruth = readBoolean(ctx, field);
        entry.momentOfTruthSpan = field.valueSpan;
        break;
      case 'kpi':
        entry.kpi = readKpi(ctx, field);
        if (entry.kpi && isMap(field.value)) entry.kpiSpans = Object.fromEntries(ctx.nodes.entries(field.value).map((metric) => [metric.key, metric.keySpan]));
        break;
      default: reportUnknownKey(ctx, field, 'map', MAP_KEYS, map);
    }
  }
  reportMissing(ctx, map, 'map', ['persona', 'phase']);
  return entry;
}

function readAction(ctx: ReadContext, map: YAMLMap, span: Span): Action {
  const action: Action = { personas: NO_REFERENCES, phases: NO_REFERENCES, span };
  for (const field of ctx.nodes.entries(map)) {
    switch (field.key) {
      case 'title': action.title = readText(ctx, field); break;
      case 'term': action.term = readEnum(ctx, field, 'term', ACTION_TERMS); break;
      case 'impact': action.impact = readEnum(ctx, field, 'impact', ACTION_IMPACTS); break;
      case 'persona': action.personas = readReferences(ctx, field); break;
      case 'phase': action.phases = readReferences(ctx, field); break;
      case 'owner': action.owner = intern(readText(ctx, field)); break;
      case 'status': action.status = readEnum(ctx, field, 'status', PIECE_STATUSES); break;
      default: reportUnknownKey(ctx, field, 'action', ACTION_KEYS, map);
    }
  }
  reportMissing(ctx, map, 'action', REQUIRED_ACTION_KEYS);
  return action;
}

/** `missing-field` for each key that is absent or empty; a key written with a wrong value was reported already. */
function reportMissing(ctx: ReadContext, map: YAMLMap, part: PlanPart, keys: readonly string[]): void {
  const present = ctx.nodes.keys(map);
  for (const key of keys) {
    if (!present.has(key) || isEmptyValue(ctx, map, key)) ctx.report({ code: 'missing-field', span: firstKeySpan(ctx, map), message: ctx.msg.missingField(part, key) });
  }
}

/** A text or a list of texts: `questions: Welke leverancier?` is a list of one. */
function readTexts(ctx: ReadContext, entry: Entry): string[] {
  const node = entry.value;
  if (node === undefined) return [];
  if (isScalar(node)) {
    const text = ctx.nodes.text(node);
    return text === undefined ? [] : [text];
  }
  if (!isSeq(node)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedTexts(entry.key) });
    return [];
  }
  const texts: string[] = [];
  for (const item of node.items) {
    const value = ctx.nodes.resolve(item);
    const text = isScalar(value) ? ctx.nodes.text(value) : undefined;
    if (text !== undefined) texts.push(text);
    else if (!isScalar(value)) ctx.report({ code: 'invalid-value', span: ctx.nodes.span(item as Node, entry.valueSpan), message: ctx.msg.expectedTexts(entry.key) });
  }
  return texts;
}

function readEmotion(ctx: ReadContext, entry: Entry): number | undefined {
  const located = readLocated(ctx, entry);
  if (!located) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= MIN_EMOTION && value <= MAX_EMOTION) return value;
  ctx.report({ code: 'invalid-value', span: located.span, message: ctx.msg.invalidEmotion(located.value, MIN_EMOTION, MAX_EMOTION) });
  return undefined;
}

function readBoolean(ctx: ReadContext, entry: Entry): boolean | undefined {
  const located = readLocated(ctx, entry);
  if (!located) return undefined;
  const value = isScalar(entry.value) ? entry.value.value : undefined;
  if (typeof value === 'boolean') return value;
  const suggestion = closest(located.value, ['true', 'false']);
  ctx.report({ code: 'invalid-value', span: located.span, message: ctx.msg.invalidBoolean(entry.key, located.value) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''), data: { suggestion } });
  return undefined;
}

// ---- values ---------------------------------------------------------------------------

function readText(ctx: ReadContext, entry: Entry): string | undefined {
  return readLocated(ctx, entry)?.value;
}

function readLocated(ctx: ReadContext, entry: Entry): Located | undefined {
  if (entry.value === undefined) return undefined;
  if (!isScalar(entry.value)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedText(entry.key) });
    return undefined;
  }
  const value = ctx.nodes.text(entry.value);
  return value === undefined ? undefined : { value, span: entry.valueSpan };
}

function readEnum<T extends string>(ctx: ReadContext, entry: Entry, field: string, allowed: readonly T[]): T | undefined {
  const located = readLocated(ctx, entry);
  if (!located) return undefined;
  const known = allowed.find((value) => value === located.value);
  if (known) return known; // the constant, not the copy read from the text
  const suggestion = closest(located.value, allowed);
  ctx.report({
    code: 'invalid-value',
    span: located.span,
    message: ctx.msg.unknownValue(field, located.value, allowed) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
    data: { suggestion },
  });
  return undefined;
}

function readDate(ctx: ReadContext, entry: Entry): Located | undefined {
  const located = readLocated(ctx, entry);
  if (!located) return undefined;
  if (isCalendarDate(located.value)) return located;
  ctx.report({ code: 'invalid-value', span: located.span, message: ctx.msg.invalidDate(located.value) });
  return undefined;
}

function readUrl(ctx: ReadContext, entry: Entry): string | undefined {
  const located = readLocated(ctx, entry);
  if (!located) return undefined;
  if (isWebUrl(located.value)) return located.value;
  ctx.report({ code: 'invalid-value', span: located.span, message: ctx.msg.invalidUrl(located.value) });
  return undefined;
}

export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function readKpi(ctx: ReadContext, entry: Entry): Record<string, number> | undefined {
  if (entry.value === undefined) return undefined;
  if (!isMap(entry.value)) {
    ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedMapping('kpi') });
    return undefined;
  }
  const kpi: Record<string, number> = {};
  for (const metric of ctx.nodes.entries(entry.value)) {
    const value = isScalar(metric.value) ? metric.value.value : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) kpi[metric.key] = value;
    else ctx.report({ code: 'invalid-value', span: metric.value ? metric.valueSpan : metric.keySpan, message: ctx.msg.invalidKpi(metric.key) });
  }
  return kpi;
}

const NO_REFERENCES: readonly Reference[] = Object.freeze([]);

/** `persona:` and `phase:` take an id, a list of ids (block or flow), or `*`. */
function readReferences(ctx: ReadContext, entry: Entry): readonly Reference[] {
  const node = entry.value;
  if (node === undefined) return NO_REFERENCES;
  if (isScalar(node)) {
    const value = ctx.nodes.text(node);
    return value === undefined ? NO_REFERENCES : [{ value: intern(value), span: entry.valueSpan }];
  }
  if (isSeq(node)) {
    const refs: Reference[] = [];
    for (const item of node.items) {
      const value = ctx.nodes.resolve(item);
      const span = ctx.nodes.span(item as Node, entry.valueSpan);
      const text = isScalar(value) ? ctx.nodes.text(value) : undefined;
      if (text === undefined) ctx.report({ code: 'invalid-value', span, message: ctx.msg.expectedIds(entry.key) });
      else refs.push({ value: intern(text), span });
    }
    return refs.slice(); // no spare room: a plan holds two of these per piece
  }
  ctx.report({ code: 'invalid-value', span: entry.valueSpan, message: ctx.msg.expectedIds(entry.key) });
  return NO_REFERENCES;
}

function checkId(ctx: ReadContext, id: Located): boolean {
  if (id.value.trim() !== '') return true;
  ctx.report({ code: 'invalid-value', span: id.span, message: ctx.msg.emptyId() });
  return false;
}

function reportUnknownKey(ctx: ReadContext, entry: Entry, part: PlanPart, known: readonly string[], map: YAMLMap): void {
  const present = ctx.nodes.keys(map);
  const suggestion = closest(entry.key, known.filter((key) => !present.has(key)));
  ctx.report({
    code: 'unknown-key',
    span: entry.keySpan,
    message: ctx.msg.unknownKey(entry.key, part) + (suggestion ? ctx.msg.didYouMean(suggestion) : ''),
    data: { suggestion },
  });
}

function firstKeySpan(ctx: ReadContext, map: YAMLMap): Span {
  const first = map.items[0];
  return first ? ctx.nodes.span(first.key as Node, ctx.nodes.span(map)) : ctx.nodes.span(map);
}

function hasItems(node: Node | undefined): boolean {
  return isSeq(node) && node.items.length > 0;
}

function isEmptyValue(ctx: ReadContext, map: YAMLMap, key: string): boolean {
  const entry = ctx.nodes.entries(map).find((candidate) => candidate.key === key);
  if (!entry || entry.value === undefined) return true;
  if (isScalar(entry.value)) return ctx.nodes.text(entry.value) === undefined;
  return isSeq(entry.value) && entry.value.items.length === 0;
}

/** `social-media` → `Social media`: a readable name for a custom phase that has none. */
function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Generates syntaxes/journey.tmLanguage.json, the TextMate grammar for `.journey` plans.
// The grammar is built in code because the same YAML rules repeat per plan section (phases,
// personas, content, rules), each with its own known keys and value kinds; writing those by hand
// in JSON would mean dozens of near-identical regexes that drift apart.
//
//   node syntaxes/build-grammar.mjs           write the JSON
//   node syntaxes/build-grammar.mjs --check   exit 1 when the JSON is not what this script makes
//
// Scope conventions: generic YAML constructs use the `.yaml` suffix that themes and VS Code's own
// YAML grammar use (entity.name.tag.yaml for keys, string.*.yaml, …); what the Journey format adds
// (known keys, ids, references, status/stage/model values, dates, links) uses `.journey`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('./journey.tmLanguage.json', import.meta.url));

// ---------------------------------------------------------------------------------------------
// The format (see docs / the product issue): known keys per section and what their values are.

export const STATUSES = ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired'];
export const STAGES = ['buyer', 'customer'];
export const MODELS = ['hubspot', 'customer-5', 'b2b', 'customer-3', 'aida', 'see-think-do-care', 'cain'];
/** The journey a persona walks: a phase's stages, or both. */
export const PERSONA_STAGES = [...STAGES, 'both'];
export const TERMS = ['short', 'long'];
export const IMPACTS = ['low', 'high'];

/** Value kinds: how the value after a key (or a list item) is scoped. */
const KINDS = {
  generic: {},
  model: { enumeration: { values: MODELS, scope: () => 'support.constant.model.journey' } },
  stage: { enumeration: { values: STAGES, scope: (v) => `constant.language.stage.${v}.journey` } },
  personaStage: { enumeration: { values: PERSONA_STAGES, scope: (v) => `constant.language.stage.${v}.journey` } },
  term: { enumeration: { values: TERMS, scope: (v) => `constant.language.term.${v}.journey` } },
  impact: { enumeration: { values: IMPACTS, scope: (v) => `constant.language.impact.${v}.journey` } },
  status: { enumeration: { values: STATUSES, scope: (v) => `constant.language.status.${v}.journey` } },
  phaseId: { name: 'entity.name.type.phase.journey' },
  personaId: { name: 'entity.name.type.persona.journey' },
  contentId: { name: 'entity.name.type.content.journey' },
  personaRef: { name: 'variable.other.persona.journey', wildcard: true, seqItems: 'personaRef' },
  phaseRef: { name: 'variable.other.phase.journey', wildcard: true, seqItems: 'phaseRef' },
  // rules.ignore: a list of { persona, phase } maps
  ignoreList: { seqMap: 'rules' },
};

const key = (name, scope, kind = 'generic') => ({ name, scope, kind });
const pieceKey = (name, kind) => key(name, 'keyword.other.key.piece.journey', kind);

/** Contexts: a plan section (or the top level) and the keys it knows. */
const CONTEXTS = {
  top: {
    keys: [key('journey', 'keyword.other.key.top.journey'), key('model', 'keyword.other.key.top.journey', 'model'), key('review-by', 'keyword.other.key.top.journey'), key('extends', 'keyword.other.key.top.journey')],
  },
  phases: {
    keys: [
      key('id', 'keyword.other.key.phase.journey', 'phaseId'),
      key('name', 'keyword.other.key.phase.journey'),
      key('stage', 'keyword.other.key.phase.journey', 'stage'),
      key('description', 'keyword.other.key.phase.journey'),
    ],
    // `- consideration` is a phase given by its id alone
    itemKind: 'phaseId',
  },
  personas: {
    keys: [
      key('id', 'keyword.other.key.persona.journey', 'personaId'),
      key('name', 'keyword.other.key.persona.journey'),
      key('description', 'keyword.other.key.persona.journey'),
      key('stage', 'keyword.other.key.persona.journey', 'personaStage'),
    ],
  },
  content: {
    keys: [
      pieceKey('id', 'contentId'),
      pieceKey('title'),
      pieceKey('type'),
      pieceKey('persona', 'personaRef'),
      pieceKey('phase', 'phaseRef'),
      pieceKey('channel'),
      pieceKey('status', 'status'),
      pieceKey('owner'),
      pieceKey('date'),
      pieceKey('url'),
      pieceKey('kpi'),
      pieceKey('notes'),
    ],
  },
  rules: {
    keys: [
      key('min-per-cell', 'keyword.other.key.rules.journey'),
      key('ignore', 'keyword.other.key.rules.journey', 'ignoreList'),
      key('persona', 'keyword.other.key.ignore.journey', 'personaRef'),
      key('phase', 'keyword.other.key.ignore.journey', 'phaseRef'),
    ],
  },
  map: {
    keys: [
      key('persona', 'keyword.other.key.map.journey', 'personaRef'),
      key('phase', 'keyword.other.key.map.journey', 'phaseRef'),
      key('questions', 'keyword.other.key.map.journey'),
      key('touchpoints', 'keyword.other.key.map.journey'),
      key('emotion', 'keyword.other.key.map.journey'),
      key('pains', 'keyword.other.key.map.journey'),
      key('delights', 'keyword.other.key.map.journey'),
      key('moment-of-truth', 'keyword.other.key.map.journey'),
      key('kpi', 'keyword.other.key.map.journey'),
    ],
  },
  actions: {
    keys: [
      key('title', 'keyword.other.key.action.journey'),
      key('term', 'keyword.other.key.action.journey', 'term'),
      key('impact', 'keyword.other.key.action.journey', 'impact'),
      key('persona', 'keyword.other.key.action.journey', 'personaRef'),
      key('phase', 'keyword.other.key.action.journey', 'phaseRef'),
      key('owner', 'keyword.other.key.action.journey'),
      key('status', 'keyword.other.key.action.journey', 'status'),
    ],
  },
  // anything else: unknown top-level keys and what is nested under them
  generic: { keys: [] },
};

const SECTIONS = ['phases', 'personas', 'content', 'rules', 'map', 'actions'];

/** The keys the grammar scopes as known, per section (`top`: the plan's top-level keys). */
export function knownKeys() {
  const names = (context) => CONTEXTS[context].keys.map((k) => k.name);
  return {
    top: [...names('top'), ...SECTIONS],
    phases: names('phases'),
    personas: names('personas'),
    content: names('content'),
    rules: names('rules'),
    map: names('map'),
    actions: names('actions'),
  };
}

// ---------------------------------------------------------------------------------------------
// Regex building blocks (Oniguruma syntax).

const NOT_PLAIN_START = String.raw`\s\-?:,\[\]{}#&*!|>'"%@` + '`';
const BLOCK_FIRST = String.raw`(?:[^${NOT_PLAIN_START}]|[?:\-](?=\S))`;
const FLOW_FIRST = String.raw`(?:[^${NOT_PLAIN_START}]|[?:\-](?=[^\s,\[\]{}]))`;
/** A plain scalar in block context: runs to a ` #` comment or the end of the line. */
const BLOCK_PLAIN = BLOCK_FIRST + String.raw`(?:[^\s#]|(?<=\S)#|[ \t]+(?=[^\s#]))*`;
/** A plain scalar in a flow collection: also stops at `,[]{}` and at `: `. */
const FLOW_PLAIN = FLOW_FIRST + String.raw`(?:[^\s#,\[\]{}:]|:(?=[^\s,\[\]{}])|(?<=\S)#|[ \t]+(?=[^\s#,\[\]{}:]))*`;
/** A block mapping key: like a plain scalar, but stops at `:` followed by a space. */
const BLOCK_KEY = BLOCK_FIRST + String.raw`(?:[^\s:#]|:(?=\S)|(?<=\S)#|[ \t]+(?=[^\s:#]|:\S))*`;
const QUOTED_KEY = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'`;
/** A scalar starts a token: at the line start or after whitespace, `[`, `{` or `,`. */
const TOKEN_START = String.raw`(?<![^\s\[{,])`;
const END = {
  block: String.raw`(?=[ \t]+#|[ \t]*$)`,
  flow: String.raw`(?=[ \t]*[,\]}]|[ \t]+#|[ \t]*$)`,
};
const PLAIN = { block: BLOCK_PLAIN, flow: FLOW_PLAIN };
const PLAIN_SCOPE = { block: 'string.unquoted.plain.out.yaml', flow: 'string.unquoted.plain.in.yaml' };
/** Anchors and tags that may precede a block scalar indicator. */
const PROPERTIES = String.raw`((?:[&!][^\s,\[\]{}]*[ \t]+)*)`;
/** Block scalar header after the indicator, and an optional trailing comment. */
const BLOCK_HEADER = String.raw`([|>])([1-9][-+]?|[-+][1-9]?)?(?:[ \t]+((#).*))?[ \t]*$`;
/** A flow collection ends at its bracket, or (a safety net for unclosed ones) at a line that starts in column 0. */
const FLOW_SAFETY_END = String.raw`^(?=[^\s#\]}])`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const alternatives = (names) => names.map(escape).join('|');

// ---------------------------------------------------------------------------------------------
// Grammar assembly.

const repository = {};
const define = (name, rule) => {
  if (!repository[name]) repository[name] = rule;
  return { include: `#${name}` };
};

/** Key alternation: one capture group per known-key scope, then one for any other key. */
function keyAlternation(keys, otherKeys = `${BLOCK_KEY}|${QUOTED_KEY}`) {
  const byScope = new Map();
  for (const k of keys) byScope.set(k.scope, [...(byScope.get(k.scope) ?? []), k.name]);
  const groups = [...byScope].map(([scope, names]) => ({ re: `(${alternatives(names)})`, scope }));
  if (otherKeys) groups.push({ re: `(${otherKeys})`, scope: 'entity.name.tag.yaml' });
  return {
    re: `(?:${groups.map((g) => g.re).join('|')})`,
    count: groups.length,
    captures: (first) => Object.fromEntries(groups.map((g, i) => [String(first + i), { name: g.scope }])),
  };
}

const COLON = { name: 'punctuation.separator.key-value.mapping.yaml' };
const DASHES = { patterns: [{ match: '-', name: 'punctuation.definition.block.sequence.item.yaml' }] };
const PROPERTY_CAPTURE = { patterns: [{ include: '#properties' }] };

function defineBasics() {
  define('comment', {
    match: String.raw`(?:^|(?<=\s))(#).*$`,
    name: 'comment.line.number-sign.yaml',
    captures: { 1: { name: 'punctuation.definition.comment.yaml' } },
  });
  define('url', { match: String.raw`\bhttps?://[^\s<>"'\x60]*[^\s<>"'\x60.,;:!?)\]}]`, name: 'markup.underline.link.journey' });
  define('properties', {
    patterns: [
      {
        match: String.raw`(&)([^\s,\[\]{}]+)`,
        captures: { 1: { name: 'punctuation.definition.anchor.yaml' }, 2: { name: 'variable.other.anchor.yaml' } },
      },
      { match: String.raw`!(?:[\w-]*!)?[^\s,\[\]{}]*`, name: 'storage.type.tag-handle.yaml' },
    ],
  });
  define('alias', {
    match: String.raw`(\*)([^\s,\[\]{}]+)`,
    captures: { 1: { name: 'punctuation.definition.alias.yaml' }, 2: { name: 'variable.other.alias.yaml' } },
  });
  define('string-double', {
    begin: '"',
    end: '"',
    name: 'string.quoted.double.yaml',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
    patterns: [
      { match: String.raw`\\(?:[0abtnvfre "/\\N_LP\t]|x\h{2}|u\h{4}|U\h{8})`, name: 'constant.character.escape.yaml' },
      { match: String.raw`\\.`, name: 'invalid.illegal.escape.yaml' },
      { include: '#url' },
    ],
  });
  define('string-single', {
    begin: "'",
    end: "'(?!')",
    name: 'string.quoted.single.yaml',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.yaml' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.yaml' } },
    patterns: [{ match: "''", name: 'constant.character.escape.yaml' }, { include: '#url' }],
  });
  for (const mode of ['block', 'flow']) {
    const end = END[mode];
    define(`scalar-${mode}`, {
      patterns: [
        { match: `${TOKEN_START}(?:null|Null|NULL|~)${end}`, name: 'constant.language.null.yaml' },
        { match: `${TOKEN_START}(?:true|True|TRUE|false|False|FALSE)${end}`, name: 'constant.language.boolean.yaml' },
        { match: String.raw`${TOKEN_START}\d{4}-\d{2}-\d{2}${end}`, name: 'constant.numeric.date.journey' },
        {
          match: String.raw`${TOKEN_START}(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)${end}`,
          name: 'constant.numeric.integer.yaml',
        },
        {
          match: String.raw`${TOKEN_START}(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))${end}`,
          name: 'constant.numeric.float.yaml',
        },
        { match: PLAIN[mode], name: PLAIN_SCOPE[mode], captures: { 0: { patterns: [{ include: '#url' }] } } },
      ],
    });
  }
}

/** The patterns for a value of `kind` in block or flow `mode`. */
function value(kindName, mode) {
  const name = `value-${kindName}-${mode}`;
  if (repository[name]) return { include: `#${name}` };
  repository[name] = { patterns: [] }; // reserve: kinds may refer to themselves through collections
  const kind = KINDS[kindName];
  const end = END[mode];
  const patterns = [{ include: '#comment' }, { include: '#properties' }];
  if (kind.wildcard) {
    patterns.push(
      {
        match: String.raw`(["'])(\*)(\1)`,
        name: 'string.quoted.wildcard.journey',
        captures: {
          1: { name: 'punctuation.definition.string.begin.yaml' },
          2: { name: 'constant.language.wildcard.journey' },
          3: { name: 'punctuation.definition.string.end.yaml' },
        },
      },
      // a bare `*` is an alias without a name to YAML: flag it, the plan needs "*"
      { match: String.raw`${TOKEN_START}\*${end}`, name: 'invalid.illegal.unquoted-wildcard.journey' },
    );
  }
  patterns.push({ include: '#alias' });
  if (kind.enumeration) {
    const { values, scope } = kind.enumeration;
    const groups = Object.fromEntries(values.map((v, i) => [String(i + 2), { name: scope(v) }]));
    const choice = values.map((v) => `(${escape(v)})`).join('|');
    patterns.push(
      {
        match: String.raw`(["'])(?:${choice})(\1)`,
        captures: {
          1: { name: 'punctuation.definition.string.begin.yaml' },
          ...groups,
          [values.length + 2]: { name: 'punctuation.definition.string.end.yaml' },
        },
      },
      { match: `${TOKEN_START}(?:${choice})${end}`, captures: Object.fromEntries(values.map((v, i) => [String(i + 1), { name: scope(v) }])) },
    );
  }
  if (kind.name) {
    // a quoted id or reference is still that id: scope its text, keep the string punctuation
    patterns.push({
      match: String.raw`(")([^"\\]+)(")|(')([^']+)(')`,
      captures: {
        1: { name: 'punctuation.definition.string.begin.yaml' },
        2: { name: kind.name },
        3: { name: 'punctuation.definition.string.end.yaml' },
        4: { name: 'punctuation.definition.string.begin.yaml' },
        5: { name: kind.name },
        6: { name: 'punctuation.definition.string.end.yaml' },
      },
    });
  }
  patterns.push(flowSequence(kind.seqItems ?? 'generic', kind.seqMap ?? 'generic'), flowMapping('generic'));
  patterns.push({ include: '#string-double' }, { include: '#string-single' });
  if (kind.name) patterns.push({ match: PLAIN[mode], name: kind.name });
  else patterns.push({ include: `#scalar-${mode}` });
  repository[name].patterns = patterns;
  return { include: `#${name}` };
}

/** `[ … ]` whose items are values of `itemKind` and whose nested `{ … }` use the keys of `mapContext`. */
function flowSequence(itemKind, mapContext) {
  const name = `flow-sequence-${itemKind}-${mapContext}`;
  if (repository[name]) return { include: `#${name}` };
  repository[name] = {};
  repository[name] = {
    begin: String.raw`\[`,
    end: String.raw`\]|${FLOW_SAFETY_END}`,
    name: 'meta.flow-sequence.yaml',
    beginCaptures: { 0: { name: 'punctuation.definition.sequence.begin.yaml' } },
    endCaptures: { 0: { name: 'punctuation.definition.sequence.end.yaml' } },
    patterns: [
      { include: '#comment' },
      { match: ',', name: 'punctuation.separator.sequence.yaml' },
      flowMapping(mapContext),
      ...flowPairs('generic'),
      value(itemKind, 'flow'),
    ],
  };
  return { include: `#${name}` };
}

/** `{ … }` with the known keys of `context`. */
function flowMapping(context) {
  const name = `flow-mapping-${context}`;
  if (repository[name]) return { include: `#${name}` };
  repository[name] = {};
  repository[name] = {
    begin: String.raw`\{`,
    end: String.raw`\}|${FLOW_SAFETY_END}`,
    name: 'meta.flow-mapping.yaml',
    beginCaptures: { 0: { name: 'punctuation.definition.mapping.begin.yaml' } },
    endCaptures: { 0: { name: 'punctuation.definition.mapping.end.yaml' } },
    patterns: [
      { include: '#comment' },
      { match: ',', name: 'punctuation.separator.mapping.yaml' },
      ...flowPairs(context),
      value('generic', 'flow'),
    ],
  };
  return { include: `#${name}` };
}

/** Group a context's known keys by value kind; generic-kind keys go with the unknown keys. */
function keysByKind(context) {
  const groups = new Map();
  for (const k of CONTEXTS[context].keys) {
    if (k.kind === 'generic') continue;
    groups.set(k.kind, [...(groups.get(k.kind) ?? []), k]);
  }
  const genericKeys = CONTEXTS[context].keys.filter((k) => k.kind === 'generic');
  return { groups, genericKeys };
}

/** `key: value` pairs inside a flow mapping. */
function flowPairs(context) {
  const name = `flow-pairs-${context}`;
  if (repository[name]) return [{ include: `#${name}` }];
  repository[name] = {};
  const { groups, genericKeys } = keysByKind(context);
  const pair = (alt, kind) => ({
    begin: `${TOKEN_START}${alt.re}([ \\t]*)(:)(?=[\\s,\\[\\]{}]|$)`,
    end: String.raw`(?=[,\]}])|${FLOW_SAFETY_END}`,
    beginCaptures: { ...alt.captures(1), [alt.count + 2]: COLON },
    name: 'meta.mapping.pair.yaml',
    patterns: [value(kind, 'flow')],
  });
  const patterns = [...groups].map(([kind, keys]) => pair(keyAlternation(keys, null), kind));
  patterns.push(pair(keyAlternation(genericKeys, `${FLOW_PLAIN}|${QUOTED_KEY}`), 'generic'));
  repository[name] = { patterns };
  return [{ include: `#${name}` }];
}

/**
 * Block-context rules for a context: block scalars, `key: value` pairs, list items.
 * `topLevel` pairs sit in column 0 without a list dash.
 */
function blockRules(context, { topLevel = false } = {}) {
  const name = `block-${context}`;
  if (repository[name]) return { include: `#${name}` };
  repository[name] = {};
  const ctx = CONTEXTS[context];
  const { groups, genericKeys } = keysByKind(context);
  const patterns = [{ include: '#comment' }];

  // Block scalars (`notes: |`): the body runs while lines are indented deeper than the key.
  // With a list dash before the key, the key's column is indent + 1 + the spaces after the dash,
  // so the end pattern rebuilds that width from the captured indent and spacing.
  const allKeys = keyAlternation(ctx.keys);
  const blockScalar = (prefix, prefixCaptures, prefixCount, end) => ({
    begin: `${prefix}${allKeys.re}([ \\t]*)(:)[ \\t]+${PROPERTIES}${BLOCK_HEADER}`,
    end,
    beginCaptures: {
      ...prefixCaptures,
      ...allKeys.captures(prefixCount + 1),
      [prefixCount + allKeys.count + 2]: COLON,
      [prefixCount + allKeys.count + 3]: PROPERTY_CAPTURE,
      ...headerCaptures(prefixCount + allKeys.count + 4),
    },
    contentName: 'string.unquoted.block.yaml',
    patterns: [{ include: '#url' }],
  });
  if (topLevel) {
    patterns.push(blockScalar('^()', {}, 1, String.raw`^(?![ \t]|[ \t]*$)`));
  } else {
    patterns.push(
      blockScalar(String.raw`^([ \t]*)`, {}, 1, String.raw`^(?!\1[ \t]|[ \t]*$)`),
      blockScalar(String.raw`^([ \t]*)(-)([ \t]+)`, { 2: DASHES }, 3, String.raw`^(?!\1 \3[ \t]|[ \t]*$)`),
      {
        // a list item that is itself a block scalar: `- |`
        begin: String.raw`^([ \t]*)((?:-[ \t]+)+)${PROPERTIES}${BLOCK_HEADER}`,
        end: String.raw`^(?!\1[ \t]|[ \t]*$)`,
        beginCaptures: { 2: DASHES, 3: PROPERTY_CAPTURE, ...headerCaptures(4) },
        contentName: 'string.unquoted.block.yaml',
        patterns: [{ include: '#url' }],
      },
    );
  }

  // References with an empty value and a block list below (`persona:` / `  - it-manager`):
  // the list may sit at the key's own column, so only shallower lines (or other keys) end it.
  for (const [kind, keys] of groups) {
    if (!KINDS[kind].wildcard || topLevel) continue;
    const alt = keyAlternation(keys, null);
    const refList = (prefix, prefixCaptures, prefixCount, column) => ({
      begin: `${prefix}${alt.re}([ \\t]*)(:)(?=[ \\t]*(?:#.*)?$)`,
      end: `^(?!${column}[ \\t]|${column}-(?:[ \\t]|$)|[ \\t]*(?:#|$))`,
      beginCaptures: { ...prefixCaptures, ...alt.captures(prefixCount + 1), [prefixCount + alt.count + 2]: COLON },
      patterns: [
        { include: '#comment' },
        { match: String.raw`^[ \t]*(-)(?=[ \t]|$)`, captures: { 1: { name: 'punctuation.definition.block.sequence.item.yaml' } } },
        value(kind, 'block'),
      ],
    });
    patterns.push(
      refList(String.raw`^([ \t]*)`, {}, 1, String.raw`\1`),
      refList(String.raw`^([ \t]*)(-)([ \t]+)`, { 2: DASHES }, 3, String.raw`\1 \3`),
    );
  }

  // `key: value` on one line (the value may continue in a multi-line flow collection or string).
  const prefix = topLevel ? '^()()' : String.raw`^([ \t]*)((?:-[ \t]+)*)`;
  const pair = (alt, kind) => ({
    begin: `${prefix}${alt.re}([ \\t]*)(:)(?=\\s|$)`,
    end: '$',
    beginCaptures: { 2: DASHES, ...alt.captures(3), [alt.count + 4]: COLON },
    name: 'meta.mapping.pair.yaml',
    patterns: [value(kind, 'block')],
  });
  for (const [kind, keys] of groups) patterns.push(pair(keyAlternation(keys, null), kind));
  if (topLevel) {
    patterns.push(pair(keyAlternation(genericKeys, null), 'generic'));
    repository[name] = { patterns };
    return { include: `#${name}` };
  }
  patterns.push(pair(keyAlternation(genericKeys), 'generic'));

  // A list item without a key: `- consideration`, `- { persona: cfo, phase: advocacy }`.
  const itemKind = ctx.itemKind ?? 'generic';
  patterns.push({
    begin: String.raw`^([ \t]*)((?:-(?=[ \t]|$)[ \t]*)+)`,
    end: '$',
    beginCaptures: { 2: DASHES },
    patterns: [flowMapping(context), value(itemKind, 'block')],
  });
  // Anything else: the rest of a section's key line, continuation lines, flow collections.
  patterns.push(flowMapping(context), flowSequence(itemKind, context), value('generic', 'block'));
  repository[name] = { patterns };
  return { include: `#${name}` };
}

function headerCaptures(first) {
  return {
    [first]: { name: 'keyword.control.flow.block-scalar.yaml' },
    [first + 1]: { name: 'storage.modifier.chomping-indicator.yaml' },
    [first + 2]: { name: 'comment.line.number-sign.yaml' },
    [first + 3]: { name: 'punctuation.definition.comment.yaml' },
  };
}

function buildGrammar() {
  for (const k of Object.keys(repository)) delete repository[k];
  defineBasics();
  const sections = SECTIONS.map((section) => ({
    begin: `^(${escape(section)})([ \\t]*)(:)(?=\\s|$)`,
    // a section ends at the next line that starts in column 0 (comments and `- ` items aside)
    end: String.raw`^(?=[^\s#\-]|-\S)`,
    name: `meta.section.${section}.journey`,
    beginCaptures: { 1: { name: 'keyword.other.key.top.journey' }, 3: COLON },
    patterns: [blockRules(section)],
  }));
  const grammar = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Journey',
    scopeName: 'source.journey',
    fileTypes: ['journey'],
    comment: 'Generated by syntaxes/build-grammar.mjs — edit that script, not this file.',
    patterns: [
      { include: '#comment' },
      {
        match: String.raw`^(---)(?=\s|$)`,
        captures: { 1: { name: 'entity.other.document.begin.yaml' } },
      },
      { match: String.raw`^(\.\.\.)(?=\s|$)`, captures: { 1: { name: 'entity.other.document.end.yaml' } } },
      {
        match: String.raw`^(%[^\s#]*)((?:[ \t]+[^\s#]+)*)`,
        name: 'meta.directive.yaml',
        captures: { 1: { name: 'keyword.other.directive.yaml' }, 2: { name: 'string.unquoted.directive.yaml' } },
      },
      ...sections,
      blockRules('top', { topLevel: true }),
      blockRules('generic'),
    ],
    repository: Object.fromEntries(Object.keys(repository).sort().map((k) => [k, repository[k]])),
  };
  return JSON.stringify(grammar, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildGrammar();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('syntaxes/journey.tmLanguage.json is out of date: run node syntaxes/build-grammar.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT}`);
  }
}

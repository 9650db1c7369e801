// Key completion: the keys a part of the plan accepts that are not written yet, required ones
// first (fields.ts gives the order), plus the new-item snippet where a list item starts.
import { ACTION_KEYS, IGNORE_KEYS, MAP_KEYS, PERSONA_KEYS, PHASE_KEYS, PIECE_KEYS, REQUIRED_ACTION_KEYS, REQUIRED_PIECE_KEYS, RULES_KEYS, TOP_LEVEL_KEYS } from '../fields';
import type { Span } from '../lineIndex';
import type { ItemContext, KeyContext, ListKind, Part } from './context';
import { order, snippetPreview, type CompletionItem } from './item';
import { keyDoc, labels } from './labels';
import { ITEM_FIRST_KEY, itemSnippet, keySnippet, type CompletionEnv } from './snippets';

const KEYS: Partial<Record<Part, readonly string[]>> = {
  top: TOP_LEVEL_KEYS,
  phase: PHASE_KEYS,
  persona: PERSONA_KEYS,
  piece: PIECE_KEYS,
  rules: RULES_KEYS,
  ignore: IGNORE_KEYS,
  map: MAP_KEYS,
  action: ACTION_KEYS,
};

/** Keys the reader reports as missing when absent (the title only as a warning, but still first). */
const REQUIRED: Partial<Record<Part, readonly string[]>> = {
  top: ['journey', 'personas'],
  phase: ['id'],
  persona: ['id'],
  piece: REQUIRED_PIECE_KEYS,
  ignore: IGNORE_KEYS,
  map: ['persona', 'phase'],
  action: REQUIRED_ACTION_KEYS,
};

/** Keys whose value has suggestions: completion opens again after `key: `. */
const SUGGESTED_VALUES = new Set(['top.model', 'top.extends', 'phase.stage', 'piece.persona', 'piece.phase', 'piece.type', 'piece.status', 'piece.channel', 'piece.owner', 'ignore.persona', 'ignore.phase',
  'persona.stage', 'map.persona', 'map.phase', 'map.emotion', 'map.moment-of-truth', 'action.term', 'action.impact', 'action.persona', 'action.phase', 'action.owner', 'action.status',
]);

export function keyItems(ctx: KeyContext, env: CompletionEnv): CompletionItem[] {
  const text = labels(env.locale);
  const items: CompletionItem[] = [];
  if (ctx.newItem) items.push(newItem(ctx.newItem, ctx.replace, ctx.column, false, env));
  if (ctx.openList) items.push(newItem(ctx.openList, ctx.replace, ctx.column, true, env));
  const present = new Set(ctx.present);
  (KEYS[ctx.part] ?? []).forEach((key, index) => {
    if (present.has(key)) return;
    const partKey = `${ctx.part}.${key}`;
    const snippet = ctx.colonFollows || ctx.flow ? undefined : keySnippet(partKey, ctx.column, env);
    const required = REQUIRED[ctx.part]?.includes(key) ?? false;
    items.push({
      label: key,
      kind: 'key',
      detail: required ? text.required : undefined,
      documentation: keyDoc(env.locale, ctx.part, key),
      insertText: ctx.colonFollows ? key : snippet ?? `${key}: `,
      isSnippet: snippet !== undefined,
      replace: ctx.replace,
      sortText: order(index, '1'),
      retrigger: !ctx.colonFollows && snippet === undefined && SUGGESTED_VALUES.has(partKey),
    });
  });
  return items;
}

/** The new-item snippet for a line at a list's item indentation (`- ` still to write). */
export function itemItems(ctx: ItemContext, env: CompletionEnv): CompletionItem[] {
  return [newItem(ctx.list, ctx.replace, ctx.column, true, env)];
}

function newItem(list: ListKind, replace: Span, column: number, withDash: boolean, env: CompletionEnv): CompletionItem {
  const label = labels(env.locale).newItem[list];
  const insertText = itemSnippet(list, column, withDash, env);
  return {
    label,
    kind: 'snippet',
    documentation: '```yaml\n' + dedent(' '.repeat(column) + snippetPreview(insertText)) + '\n```',
    insertText,
    isSnippet: true,
    replace,
    sortText: order(0, '0'),
    // Match both the item's first key and the label's words.
    filterText: `${ITEM_FIRST_KEY[list]} ${label}`,
  };
}

function dedent(text: string): string {
  const lines = text.split(/\r?\n/);
  const indent = Math.min(...lines.map((line) => line.length - line.trimStart().length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

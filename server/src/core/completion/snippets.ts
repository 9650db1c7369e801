// Multi-line inserts: a new list item (piece, persona, phase, ignore rule) and the list- or
// mapping-valued keys that open one. Lines are indented absolutely, for the column they go in,
// so the editor must insert them as they are.
import { WILDCARD } from '../fields';
import type { Locale } from '../messages';
import { STAGES } from '../phaseModels';
import { ACTION_IMPACTS, ACTION_TERMS, PIECE_STATUSES } from '../plan';
import type { ListKind } from './context';
import { snippetChoice, snippetText } from './item';
import { labels } from './labels';
import type { Known } from './known';
import type { Shapes } from './lines';

/** What completion knows besides the cursor's context: the ids on offer and the file's style. */
export interface CompletionEnv {
  known: Known;
  locale: Locale;
  /** The file's line break. */
  eol: string;
  /** The file's indentation step. */
  indentUnit: number;
  /** Other plans, as paths relative to this one (`./team.journey`): what `extends` can name. The host knows them. */
  planFiles: readonly string[] | (() => readonly string[]);
}

/** The lines of a new item, first one without indentation; `- ` included when withDash. */
function itemLines(list: ListKind, env: CompletionEnv): string[] {
  const text = labels(env.locale).placeholder;
  const personas = env.known.personas.map((persona) => persona.id);
  const phases = env.known.phases.map((phase) => phase.id);
  switch (list) {
    case 'content':
      return [
        `title: \${1:${snippetText(text.title)}}`,
        `persona: ${snippetChoice(2, personas, text.personaId)}`,
        `phase: ${snippetChoice(3, phases, text.phaseId)}`,
        `type: \${4:blog}`,
        `status: ${snippetChoice(5, PIECE_STATUSES, 'idea')}$0`,
      ];
    case 'personas':
      return [`id: \${1:${text.personaId}}`, `name: \${2:${snippetText(text.name)}}`, `description: \${3:${snippetText(text.description)}}$0`];
    case 'phases':
      return [`id: \${1:${text.phaseId}}`, `name: \${2:${snippetText(text.name)}}`, `stage: ${snippetChoice(3, STAGES, 'buyer')}$0`];
    case 'ignore':
      return [`persona: ${snippetChoice(1, [`"${WILDCARD}"`, ...personas], text.personaId)}`, `phase: ${snippetChoice(2, [`"${WILDCARD}"`, ...phases], text.phaseId)}$0`];
    case 'map':
      return [
        `persona: ${snippetChoice(1, [`"${WILDCARD}"`, ...personas], text.personaId)}`,
        `phase: ${snippetChoice(2, phases, text.phaseId)}`,
        `questions: [\${3:${snippetText(text.question)}}]`,
        `touchpoints: [\${4:website}]`,
        `emotion: ${snippetChoice(5, ['0', '1', '2', '-1', '-2'], '0')}$0`,
      ];
    case 'actions':
      // High impact first: the quick wins are what a lesson usually is.
      return [`title: \${1:${snippetText(text.title)}}`, `term: ${snippetChoice(2, ACTION_TERMS, 'short')}`, `impact: ${snippetChoice(3, [...ACTION_IMPACTS].reverse(), 'high')}$0`];
  }
}

/** A new item of `list` whose `- ` sits at `column` (or, without the dash, whose keys start there). */
export function itemSnippet(list: ListKind, column: number, withDash: boolean, env: CompletionEnv): string {
  const keyColumn = withDash ? column + 2 : column;
  const [first, ...rest] = itemLines(list, env);
  return [(withDash ? '- ' : '') + first, ...rest.map((line) => ' '.repeat(keyColumn) + line)].join(env.eol);
}

/** The first key of an item, for matching what was typed against a new-item snippet. */
export const ITEM_FIRST_KEY: Record<ListKind, string> = { content: 'title', personas: 'id', phases: 'id', ignore: 'persona', map: 'persona', actions: 'title' };

/** The list a key opens, by the key's part: `content:` at the top opens the pieces. */
export const LIST_KEYS: Record<string, ListKind> = {
  'top.content': 'content', 'top.personas': 'personas', 'top.phases': 'phases', 'rules.ignore': 'ignore', 'top.map': 'map', 'top.actions': 'actions',
};

/** The insert for a key written at `column` whose value goes on the next lines; undefined for a one-line `key: `. */
export function keySnippet(partKey: string, column: number, env: CompletionEnv): string | undefined {
  const key = partKey.slice(partKey.indexOf('.') + 1);
  const inner = ' '.repeat(column + env.indentUnit);
  const list = LIST_KEYS[partKey];
  if (list) return `${key}:${env.eol}${inner}${itemSnippet(list, column + env.indentUnit, true, env)}`;
  switch (partKey) {
    case 'top.rules':
      return `rules:${env.eol}${inner}min-per-cell: \${1:1}$0`;
    case 'piece.kpi':
      return 'kpi: { ${1:reach}: ${2:1000} }$0';
    case 'map.kpi':
      return 'kpi: { ${1:leads}: ${2:40} }$0';
    case 'piece.date':
      return 'date: ${1:YYYY-MM-DD}$0';
    case 'top.review-by':
      return 'review-by: ${1:YYYY-MM-DD}$0';
    case 'piece.url':
      return 'url: https://$0';
    case 'rules.min-per-cell':
      return 'min-per-cell: ${1:1}$0';
    default:
      return undefined;
  }
}

/** The file's indentation step: the indentation of its first indented line (2 when there is none). */
export function indentUnit(shapes: Shapes): number {
  for (let i = 0; i < shapes.count; i++) {
    const shape = shapes.at(i);
    if (shape.blank) continue;
    const indent = shape.dashes[0] ?? shape.contentCol;
    if (indent > 0) return Math.min(indent, 8);
  }
  return 2;
}

// Completion at a position of a plan: decide what is being typed from the text around the
// cursor (context.ts), then offer keys, values or snippets for it using the analysis' plan.
import type { Analysis } from '../analyze';
import type { Locale } from '../messages';
import { ContentItems } from './contentItems';
import { completionContext } from './context';
import type { CompletionItem } from './item';
import { itemItems, keyItems } from './keys';
import { knownIds } from './known';
import { Shapes } from './lines';
import { indentUnit, type CompletionEnv } from './snippets';
import { valueItems } from './values';

export type { CompletionItem, CompletionKind } from './item';
export type { CompletionContext } from './context';
export { completionContext } from './context';

/**
 * @param planFiles other plans as paths relative to this one, for `extends` (the host lists them; the core reads no folders),
 * or a function listing them, called only where a path is completed.
 */
export function complete(analysis: Analysis, offset: number, locale: Locale = 'en', planFiles: readonly string[] | (() => readonly string[]) = []): CompletionItem[] {
  // Nothing to offer in a text too large to analyse, and reading its lines (5 MB of blank ones) would take seconds.
  if (analysis.notAnalysed) return [];
  const shapes = new Shapes(analysis.lines, ContentItems.of(analysis));
  const ctx = completionContext(analysis.lines, offset, shapes);
  if (!ctx) return [];
  const env: CompletionEnv = { known: knownIds(analysis.plan, shapes), locale, eol: analysis.lines.eol, indentUnit: indentUnit(shapes), planFiles };
  switch (ctx.kind) {
    case 'key':
      return keyItems(ctx, env);
    case 'item':
      return itemItems(ctx, env);
    case 'value':
      return valueItems(ctx, analysis, offset, env);
  }
}

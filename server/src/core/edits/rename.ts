// Renaming a persona or custom phase id: every place it is written changes, nothing else.
import type { Analysis } from '../analyze';
import { ID_PATTERN } from '../fields';
import type { Span } from '../lineIndex';
import type { Locale } from '../messages';
import { occurrencesOf, symbolAt, type SymbolKind } from '../symbols';
import { innerSpan, type TextEdit } from './textEdit';

export type RenameCheck = { ok: true; span: Span; placeholder: string; kind: SymbolKind } | { ok: false; message: string };

const TEXT: Record<Locale, { nothing: string; builtIn(id: string): string; empty: string; invalid(v: string): string; taken(kind: SymbolKind, v: string): string }> = {
  en: {
    nothing: 'Only a persona id or a custom phase id can be renamed.',
    builtIn: (id) => `“${id}” is a phase of the built-in model; write your own phases under “phases:” to rename it.`,
    empty: 'The new id cannot be empty.',
    invalid: (v) => `“${v}” cannot be an id: use letters, digits and dashes, without spaces or , : [ ] { } # * quotes.`,
    taken: (kind, v) => `There is already a ${kind} with the id “${v}”.`,
  },
  nl: {
    nothing: 'Alleen het id van een persona of van een eigen fase kan hernoemd worden.',
    builtIn: (id) => `“${id}” is een fase van het ingebouwde model; schrijf je eigen fasen onder “phases:” om hem te hernoemen.`,
    empty: 'Het nieuwe id mag niet leeg zijn.',
    invalid: (v) => `“${v}” kan geen id zijn: gebruik letters, cijfers en streepjes, zonder spaties of , : [ ] { } # * aanhalingstekens.`,
    taken: (kind, v) => `Er is al een ${kind === 'persona' ? 'persona' : 'fase'} met het id “${v}”.`,
  },
};

export function prepareRename(analysis: Analysis, offset: number, locale: Locale = 'en'): RenameCheck {
  const symbol = symbolAt(analysis, offset);
  const text = TEXT[locale];
  if (!symbol) return { ok: false, message: text.nothing };
  const defined = symbol.kind === 'persona' ? analysis.plan.personas.some((p) => p.id === symbol.id) : analysis.plan.phases.some((p) => p.id === symbol.id && p.idSpan);
  if (!defined) {
    const builtIn = symbol.kind === 'phase' && analysis.plan.phases.some((p) => p.id === symbol.id);
    return { ok: false, message: builtIn ? text.builtIn(symbol.id) : text.nothing };
  }
  return { ok: true, span: innerSpan(analysis.text, symbol.span), placeholder: symbol.id, kind: symbol.kind };
}

export function renameEdits(analysis: Analysis, offset: number, newId: string, locale: Locale = 'en'): { ok: true; edits: TextEdit[] } | { ok: false; message: string } {
  const check = prepareRename(analysis, offset, locale);
  if (!check.ok) return check;
  const text = TEXT[locale];
  const id = newId.trim();
  if (id === '') return { ok: false, message: text.empty };
  if (!ID_PATTERN.test(id)) return { ok: false, message: text.invalid(id) };
  if (id === check.placeholder) return { ok: true, edits: [] };
  const taken = check.kind === 'persona' ? analysis.plan.personas.some((p) => p.id === id) : analysis.plan.phases.some((p) => p.id === id);
  if (taken) return { ok: false, message: text.taken(check.kind, id) };
  // Only where the id itself is written: an alias (`*p`, `<<: *p`) follows its renamed anchor by itself.
  const edits = occurrencesOf(analysis, check.kind, check.placeholder)
    .map((occurrence) => innerSpan(analysis.text, occurrence.span))
    .filter((span) => analysis.text.slice(span.start, span.end) === check.placeholder)
    .map((span) => ({ span, newText: id }));
  return { ok: true, edits };
}

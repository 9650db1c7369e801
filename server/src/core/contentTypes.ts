// Common content types and the kind of journey phase each is typical for. Phases of every
// built-in model (and custom phases with the same ids) map onto five kinds, so `type:`
// completion can put the types that fit a piece's phase first, and hover can say where a type fits.
import type { Locale } from './messages';
import type { Phase } from './plan';

export type PhaseKind = 'awareness' | 'consideration' | 'decision' | 'usage' | 'loyalty';
export const PHASE_KINDS: readonly PhaseKind[] = ['awareness', 'consideration', 'decision', 'usage', 'loyalty'];

/** Phase ids of the built-in models, by kind. */
const KIND_PHASES: Record<PhaseKind, readonly string[]> = {
  awareness: ['awareness', 'attention', 'see', 'unaware', 'aware'],
  consideration: ['consideration', 'interest', 'think', 'interested', 'research', 'desire'],
  decision: ['decision', 'purchase', 'action', 'do'],
  usage: ['usage', 'initiate'],
  loyalty: ['loyalty', 'engage', 'advocacy', 'care'],
};

export const PHASE_KIND_NAMES: Record<PhaseKind, { en: string; nl: string }> = {
  awareness: { en: 'awareness', nl: 'bewustwording' },
  consideration: { en: 'consideration', nl: 'overweging' },
  decision: { en: 'decision / purchase', nl: 'beslissing / aankoop' },
  usage: { en: 'usage / onboarding', nl: 'gebruik / start' },
  loyalty: { en: 'loyalty / advocacy', nl: 'loyaliteit / ambassadeurschap' },
};

export interface ContentType {
  /** As written after `type:`. */
  id: string;
  kind: PhaseKind;
}

export const CONTENT_TYPES: readonly ContentType[] = (
  [
    ['awareness', ['blog', 'social post', 'video', 'infographic', 'podcast']],
    ['consideration', ['e-book', 'whitepaper', 'webinar', 'comparison guide', 'case study']],
    ['decision', ['demo', 'free trial', 'pricing page', 'consultation']],
    ['usage', ['onboarding', 'knowledge base', 'user guide']],
    ['loyalty', ['newsletter', 'user group', 'event', 'referral programme', 'review campaign']],
  ] as const
).flatMap(([kind, ids]) => ids.map((id) => ({ id, kind })));

/** The kind of a phase, by its id; undefined for a custom phase id no model uses. */
export function phaseKind(phaseId: string): PhaseKind | undefined {
  return PHASE_KINDS.find((kind) => KIND_PHASES[kind].includes(phaseId));
}

/** The content type written as `text` (case and surrounding spaces ignored). */
export function findContentType(text: string): ContentType | undefined {
  const wanted = text.trim().toLowerCase();
  return CONTENT_TYPES.find((type) => type.id === wanted);
}

/** Content types with the ones typical for any of these phases first; otherwise in list order. */
export function contentTypesFor(phaseIds: readonly string[]): { type: ContentType; typical: boolean }[] {
  const kinds = new Set(phaseIds.map(phaseKind).filter((kind): kind is PhaseKind => kind !== undefined));
  const typical = CONTENT_TYPES.filter((type) => kinds.has(type.kind)).map((type) => ({ type, typical: true }));
  const rest = CONTENT_TYPES.filter((type) => !kinds.has(type.kind)).map((type) => ({ type, typical: false }));
  return [...typical, ...rest];
}

/** The plan's phases a content type is typical for, in journey order. */
export function typicalPhases(type: ContentType, phases: readonly Phase[]): Phase[] {
  return phases.filter((phase) => phaseKind(phase.id) === type.kind);
}

export function phaseKindName(kind: PhaseKind, locale: Locale): string {
  return PHASE_KIND_NAMES[kind][locale];
}

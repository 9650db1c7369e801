// The built-in phase models of marketing practice. A phase's stage says on which side of
// the purchase it lies: `buyer` up to and including the purchase/decision/action, `customer` after.

export type Stage = 'buyer' | 'customer';
export const STAGES: readonly Stage[] = ['buyer', 'customer'];

export interface KnownPhase {
  id: string;
  name: { en: string; nl: string };
  stage: Stage;
}

export interface PhaseModel {
  id: string;
  name: string;
  description: { en: string; nl: string };
  phases: readonly string[];
}

/** Every phase id a built-in model uses, with its names and stage. */
export const KNOWN_PHASES: Readonly<Record<string, KnownPhase>> = Object.fromEntries(
  (
    [
      ['awareness', 'Awareness', 'Bewustwording', 'buyer'],
      ['consideration', 'Consideration', 'Overweging', 'buyer'],
      ['decision', 'Decision', 'Beslissing', 'buyer'],
      ['purchase', 'Purchase', 'Aankoop', 'buyer'],
      ['usage', 'Usage', 'Gebruik', 'customer'],
      ['loyalty', 'Loyalty', 'Loyaliteit', 'customer'],
      ['initiate', 'Initiate', 'Start', 'customer'],
      ['engage', 'Engage', 'Betrokkenheid', 'customer'],
      ['advocacy', 'Advocacy', 'Ambassadeurschap', 'customer'],
      ['attention', 'Attention', 'Aandacht', 'buyer'],
      ['interest', 'Interest', 'Interesse', 'buyer'],
      ['desire', 'Desire', 'Verlangen', 'buyer'],
      ['action', 'Action', 'Actie', 'buyer'],
      ['see', 'See', 'Zien', 'buyer'],
      ['think', 'Think', 'Denken', 'buyer'],
      ['do', 'Do', 'Doen', 'buyer'],
      ['care', 'Care', 'Zorgen', 'customer'],
      ['unaware', 'Unaware', 'Onbewust', 'buyer'],
      ['aware', 'Aware', 'Bewust', 'buyer'],
      ['interested', 'Interested', 'Geïnteresseerd', 'buyer'],
      ['research', 'Research', 'Onderzoek', 'buyer'],
    ] as const
  ).map(([id, en, nl, stage]) => [id, { id, name: { en, nl }, stage }]),
);

export const PHASE_MODELS: readonly PhaseModel[] = [
  {
    id: 'customer-5',
    name: 'Customer journey (5 phases)',
    description: { en: 'The full customer journey, from first awareness to loyalty.', nl: 'De volledige klantreis, van eerste bewustwording tot loyaliteit.' },
    phases: ['awareness', 'consideration', 'purchase', 'usage', 'loyalty'],
  },
  {
    id: 'hubspot',
    name: "HubSpot buyer's journey",
    description: { en: "HubSpot's three-stage buyer's journey, up to the decision.", nl: 'De buyer journey van HubSpot in drie fasen, tot de beslissing.' },
    phases: ['awareness', 'consideration', 'decision'],
  },
  {
    id: 'b2b',
    name: 'B2B buyer and customer journey',
    description: { en: 'B2B: the buyer journey up to the purchase, then the customer journey.', nl: 'B2B: de buyer journey tot de aankoop, daarna de customer journey.' },
    phases: ['awareness', 'consideration', 'purchase', 'initiate', 'engage', 'advocacy'],
  },
  {
    id: 'customer-3',
    name: 'Customer journey after the purchase',
    description: { en: 'Only the customer side: onboarding, engagement and advocacy.', nl: 'Alleen de klantkant: start, betrokkenheid en ambassadeurschap.' },
    phases: ['initiate', 'engage', 'advocacy'],
  },
  {
    id: 'aida',
    name: 'AIDA',
    description: { en: 'Attention, interest, desire, action.', nl: 'Aandacht, interesse, verlangen, actie.' },
    phases: ['attention', 'interest', 'desire', 'action'],
  },
  {
    id: 'see-think-do-care',
    name: 'See-Think-Do-Care',
    description: { en: "Google's See-Think-Do-Care framework.", nl: 'Het See-Think-Do-Care-model van Google.' },
    phases: ['see', 'think', 'do', 'care'],
  },
  {
    id: 'cain',
    name: 'CAIN',
    description: { en: 'From unaware to purchase, by level of awareness.', nl: 'Van onbewust tot aankoop, naar mate van bewustzijn.' },
    phases: ['unaware', 'aware', 'interested', 'research', 'purchase'],
  },
];

export const DEFAULT_MODEL = 'customer-5';

export function findModel(id: string): PhaseModel | undefined {
  return PHASE_MODELS.find((model) => model.id === id);
}

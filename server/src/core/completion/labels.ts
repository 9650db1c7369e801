// The words completion (and hover) show, in English and Dutch. Values inserted into the file
// (keys, ids, statuses, content types) stay as the format defines them; only explanations vary.
import type { Locale } from '../messages';
import type { ActionImpact, ActionTerm, PersonaStage, PieceStatus } from '../plan';
import type { Stage } from '../phaseModels';
import type { Part } from './context';

export interface Labels {
  required: string;
  everyPersona: string;
  everyPhase: string;
  stage: Record<Stage, string>;
  personaStage: Record<PersonaStage, string>;
  term: Record<ActionTerm, string>;
  impact: Record<ActionImpact, string>;
  /** By emotion, -2 … 2, as text. */
  emotion: Record<string, string>;
  momentOfTruth: Record<'true' | 'false', string>;
  status: Record<PieceStatus, string>;
  phases: string;
  usedTimes(count: number): string;
  typicalFor(kind: string): string;
  newItem: { content: string; personas: string; phases: string; ignore: string; map: string; actions: string };
  placeholder: { title: string; name: string; description: string; personaId: string; phaseId: string; question: string };
  /** What a key means, by part: `piece.status`. */
  keys: Record<string, string>;
}

const en: Labels = {
  required: 'required',
  everyPersona: 'every persona',
  everyPhase: 'every phase',
  stage: { buyer: 'buyer — up to and including the purchase', customer: 'customer — after the purchase' },
  personaStage: {
    buyer: 'a prospect: content expected in the buyer phases only',
    customer: 'a customer: content expected in the customer phases only',
    both: 'the whole journey (default)',
  },
  term: { short: 'short term: can be done soon', long: 'long term: a project' },
  impact: { low: 'low impact: helps a little', high: 'high impact: makes a real difference' },
  emotion: { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' },
  momentOfTruth: { true: 'a moment that decides whether the customer stays or walks away', false: 'not a moment of truth' },
  status: {
    idea: 'An idea, not planned yet.',
    planned: 'Planned, not started.',
    draft: 'Being written or made.',
    review: 'Waiting for review.',
    scheduled: 'Ready, with a publication date.',
    published: 'Live.',
    retired: 'Taken offline: fills no cell any more.',
  },
  phases: 'Phases',
  usedTimes: (n) => `used ${n}×`,
  typicalFor: (kind) => `typical for ${kind}`,
  newItem: { content: 'New content piece', personas: 'New persona', phases: 'New phase', ignore: 'New ignore rule', map: 'New map entry', actions: 'New action' },
  placeholder: { title: 'Title', name: 'Name', description: 'Who they are and what they need.', personaId: 'persona-id', phaseId: 'phase-id', question: 'What does the customer ask?' },
  keys: {
    'top.journey': "The plan's title.",
    'top.personas': 'The people you make content for (at least one).',
    'top.content': 'The content pieces, each for one or more personas and phases.',
    'top.model': 'A built-in phase model (default: customer-5).',
    'top.phases': "Your own phases, replacing the model's.",
    'top.rules': 'When a cell counts as a gap, and which cells need no content.',
    'top.map': 'The journey map: questions, touchpoints, emotion, pains, delights, moments of truth and kpi targets per persona × phase.',
    'top.actions': 'Lessons learned and to-dos, by term (short/long) and impact (low/high).',
    'top.review-by': 'When the plan is to be looked at again, YYYY-MM-DD.',
    'top.extends': 'Bases: a relative path to a .journey file (or a list) whose personas, phases and rules this plan takes.',
    'phase.id': 'The id pieces use to name this phase.',
    'phase.name': 'The name shown in the matrix.',
    'phase.stage': '`buyer` (up to the purchase) or `customer` (after it).',
    'phase.description': 'What happens in this phase.',
    'persona.id': 'The id pieces use to name this persona.',
    'persona.name': 'The name shown in the matrix.',
    'persona.description': 'Who this persona is.',
    'persona.stage': '`buyer`, `customer` or `both` (default): the journey this persona walks.',
    'map.persona': 'A persona id, a list of ids, or "*" for every persona (inside its stage).',
    'map.phase': 'A phase id, a list of ids, or "*" for every phase.',
    'map.questions': 'The questions the customer has here.',
    'map.touchpoints': 'Where we meet the customer: channels, people, events.',
    'map.emotion': 'How the customer feels: -2 (very negative) to 2 (very positive).',
    'map.pains': 'Points of pain.',
    'map.delights': 'Points of delight.',
    'map.moment-of-truth': '`true` when this moment decides whether the customer stays or walks away.',
    'map.kpi': 'Targets for these cells: `{ leads: 40 }`.',
    'action.title': 'What to do.',
    'action.term': '`short` or `long`: how soon it can be done.',
    'action.impact': '`low` or `high`: how much it helps.',
    'action.persona': 'Optional: a persona id, a list of ids, or "*".',
    'action.phase': 'Optional: a phase id, a list of ids, or "*".',
    'action.owner': 'Who takes it up.',
    'action.status': 'idea, planned, draft, review, scheduled, published or retired.',
    'piece.title': "The piece's title.",
    'piece.persona': 'A persona id, a list of ids, or "*" for every persona.',
    'piece.phase': 'A phase id or a list of ids.',
    'piece.id': 'An optional id, unique among the pieces.',
    'piece.type': 'The kind of content: blog, webinar, case study, …',
    'piece.status': 'idea, planned, draft, review, scheduled, published or retired.',
    'piece.channel': 'Where it is published.',
    'piece.owner': 'Who makes it.',
    'piece.date': 'The publication date, YYYY-MM-DD.',
    'piece.url': 'The web address (http or https).',
    'piece.kpi': 'Metrics and their targets: `{ reach: 5000 }`.',
    'piece.notes': 'Free text.',
    'rules.min-per-cell': 'A cell with fewer pieces is a gap (default 1).',
    'rules.ignore': 'Cells where no content is expected.',
    'ignore.persona': 'A persona id, or "*" for every persona.',
    'ignore.phase': 'A phase id, or "*" for every phase.',
  },
};

const nl: Labels = {
  required: 'verplicht',
  everyPersona: 'elke persona',
  everyPhase: 'elke fase',
  stage: { buyer: 'koper — tot en met de aankoop', customer: 'klant — na de aankoop' },
  personaStage: {
    buyer: 'een prospect: alleen content in de koperfasen',
    customer: 'een klant: alleen content in de klantfasen',
    both: 'de hele klantreis (standaard)',
  },
  term: { short: 'korte termijn: kan snel', long: 'lange termijn: een project' },
  impact: { low: 'weinig impact: helpt een beetje', high: 'veel impact: maakt echt verschil' },
  emotion: { '-2': 'zeer negatief', '-1': 'negatief', '0': 'neutraal', '1': 'positief', '2': 'zeer positief' },
  momentOfTruth: { true: 'een moment dat beslist of de klant blijft of afhaakt', false: 'geen moment of truth' },
  status: {
    idea: 'Een idee, nog niet gepland.',
    planned: 'Gepland, nog niet begonnen.',
    draft: 'Wordt geschreven of gemaakt.',
    review: 'Wacht op review.',
    scheduled: 'Klaar, met een publicatiedatum.',
    published: 'Live.',
    retired: 'Offline gehaald: vult geen cel meer.',
  },
  phases: 'Fasen',
  usedTimes: (n) => `${n}× gebruikt`,
  typicalFor: (kind) => `typisch voor ${kind}`,
  newItem: { content: 'Nieuw contentstuk', personas: 'Nieuwe persona', phases: 'Nieuwe fase', ignore: 'Nieuwe ignore-regel', map: 'Nieuw map-item', actions: 'Nieuwe actie' },
  placeholder: { title: 'Titel', name: 'Naam', description: 'Wie ze zijn en wat ze nodig hebben.', personaId: 'persona-id', phaseId: 'fase-id', question: 'Wat vraagt de klant?' },
  keys: {
    'top.journey': 'De titel van het plan.',
    'top.personas': 'De mensen voor wie je content maakt (minstens één).',
    'top.content': 'De contentstukken, elk voor een of meer persona’s en fasen.',
    'top.model': 'Een ingebouwd fasemodel (standaard: customer-5).',
    'top.phases': 'Eigen fasen, in plaats van die van het model.',
    'top.rules': 'Wanneer een cel een gat is, en welke cellen geen content nodig hebben.',
    'top.map': 'De klantreiskaart: vragen, touchpoints, emotie, pijnpunten, plezierpunten, moments of truth en kpi-doelen per persona × fase.',
    'top.actions': 'Lessen en to-do’s, naar termijn (short/long) en impact (low/high).',
    'top.review-by': 'Wanneer het plan opnieuw bekeken wordt, JJJJ-MM-DD.',
    'top.extends': 'Basissen: een relatief pad naar een .journey-bestand (of een lijst) waarvan dit plan de persona’s, fasen en regels overneemt.',
    'phase.id': 'Het id waarmee stukken deze fase noemen.',
    'phase.name': 'De naam in de matrix.',
    'phase.stage': '`buyer` (tot de aankoop) of `customer` (erna).',
    'phase.description': 'Wat er in deze fase gebeurt.',
    'persona.id': 'Het id waarmee stukken deze persona noemen.',
    'persona.name': 'De naam in de matrix.',
    'persona.description': 'Wie deze persona is.',
    'persona.stage': '`buyer`, `customer` of `both` (standaard): het traject dat deze persona loopt.',
    'map.persona': 'Een persona-id, een lijst van id’s, of "*" voor elke persona (binnen haar traject).',
    'map.phase': 'Een fase-id, een lijst van id’s, of "*" voor elke fase.',
    'map.questions': 'De vragen die de klant hier heeft.',
    'map.touchpoints': 'Waar we de klant ontmoeten: kanalen, mensen, evenementen.',
    'map.emotion': 'Hoe de klant zich voelt: -2 (zeer negatief) tot 2 (zeer positief).',
    'map.pains': 'Pijnpunten.',
    'map.delights': 'Plezierpunten.',
    'map.moment-of-truth': '`true` als dit moment beslist of de klant blijft of afhaakt.',
    'map.kpi': 'Doelen voor deze cellen: `{ leads: 40 }`.',
    'action.title': 'Wat er moet gebeuren.',
    'action.term': '`short` of `long`: hoe snel het kan.',
    'action.impact': '`low` of `high`: hoeveel het helpt.',
    'action.persona': 'Optioneel: een persona-id, een lijst van id’s, of "*".',
    'action.phase': 'Optioneel: een fase-id, een lijst van id’s, of "*".',
    'action.owner': 'Wie het oppakt.',
    'action.status': 'idea, planned, draft, review, scheduled, published of retired.',
    'piece.title': 'De titel van het stuk.',
    'piece.persona': 'Een persona-id, een lijst van id’s, of "*" voor elke persona.',
    'piece.phase': 'Een fase-id of een lijst van id’s.',
    'piece.id': 'Een optioneel id, uniek onder de stukken.',
    'piece.type': 'Het soort content: blog, webinar, case study, …',
    'piece.status': 'idea, planned, draft, review, scheduled, published of retired.',
    'piece.channel': 'Waar het verschijnt.',
    'piece.owner': 'Wie het maakt.',
    'piece.date': 'De publicatiedatum, JJJJ-MM-DD.',
    'piece.url': 'Het webadres (http of https).',
    'piece.kpi': 'Meetpunten en hun doelen: `{ reach: 5000 }`.',
    'piece.notes': 'Vrije tekst.',
    'rules.min-per-cell': 'Een cel met minder stukken is een gat (standaard 1).',
    'rules.ignore': 'Cellen waar geen content nodig is.',
    'ignore.persona': 'Een persona-id, of "*" voor elke persona.',
    'ignore.phase': 'Een fase-id, of "*" voor elke fase.',
  },
};

const CATALOGUES: Record<Locale, Labels> = { en, nl };

export function labels(locale: Locale): Labels {
  return CATALOGUES[locale];
}

export function keyDoc(locale: Locale, part: Part, key: string): string | undefined {
  return CATALOGUES[locale].keys[`${part}.${key}`];
}

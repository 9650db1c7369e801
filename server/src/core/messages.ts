// Every message the analysis shows a user, in English and Dutch. The `Messages` interface makes
// a missing translation a compile error. Names are the ones a marketer wrote (persona and phase
// names), with the id only where it helps to find the text.
import type { Stage } from './phaseModels';
import { counted } from './plural';

export type Locale = 'en' | 'nl';
export const LOCALES: readonly Locale[] = ['en', 'nl'];

/** Picks our locale from a VS Code / POSIX locale tag such as `nl`, `nl-BE` or `nl_NL.UTF-8`. */
export function toLocale(tag: string | undefined): Locale {
  return tag && /^nl\b|^nl[-_]/i.test(tag) ? 'nl' : 'en';
}

export type PlanPart = 'top' | 'phase' | 'persona' | 'piece' | 'rules' | 'ignore' | 'kpi' | 'map' | 'action';
export type IdKind = 'persona' | 'phase' | 'piece';

export interface Messages {
  didYouMean(suggestion: string): string;
  yamlSyntax(detail: string): string;
  analysisFailed(detail: string): string;
  fileTooLarge(size: number, limit: number): string;
  tooManyTokens(limit: number): string;
  nestedTooDeeply(limit: number): string;
  tooManyProblems(hidden: number, shown: number): string;
  /** The editor's progress while the server checks the workspace's plans at start. */
  checkingPlans(done: number, total: number): string;
  tooManyCells(personas: number, phases: number, limit: number): string;
  missingTitle(): string;
  missingPersonas(): string;
  missingField(part: PlanPart, field: string): string;
  notAMapping(): string;
  severalDocuments(count: number): string;
  expectedList(field: string): string;
  expectedMapping(part: PlanPart): string;
  expectedText(field: string): string;
  expectedIds(field: string): string;
  emptyId(): string;
  unknownValue(field: string, value: string, allowed: readonly string[]): string;
  invalidDate(value: string): string;
  invalidUrl(value: string): string;
  invalidMinPerCell(value: string): string;
  invalidKpi(metric: string): string;
  unknownModel(value: string, models: readonly string[]): string;
  unknownPersona(value: string): string;
  unknownPhase(value: string, phases: readonly string[]): string;
  duplicateId(kind: IdKind, id: string): string;
  unknownKey(key: string, part: PlanPart): string;
  emptyPhase(phase: string): string;
  personaWithoutContent(persona: string): string;
  emptyCell(persona: string, phase: string, count: number, min: number): string;
  // The journey map and the persona stages.
  expectedTexts(field: string): string;
  invalidEmotion(value: string, min: number, max: number): string;
  invalidBoolean(field: string, value: string): string;
  momentOfTruthGap(persona: string, phase: string, count: number, min: number): string;
  outsidePersonaStage(persona: string, stage: Stage, phase: string, phaseStage: Stage): string;
  kpiBelowTarget(persona: string, phase: string, metric: string, actual: number, target: number): string;
  // ---- bases (`extends`)
  expectedPaths(): string;
  baseMissing(path: string): string;
  baseNotAPlan(path: string): string;
  baseCycle(chain: readonly string[]): string;
  duplicateIdInBase(kind: IdKind, id: string, base: string): string;
  // ---- time: overdue work and a plan due for review
  overdue(title: string | undefined, status: string, days: number): string;
  reviewDue(date: string, days: number): string;
}

const q = (text: string): string => `“${text}”`;
const list = (items: readonly string[]): string => items.join(', ');

/** A file size for people: `812 bytes`, `120 KB`, `5.2 MB` (with the locale's decimal mark). */
function bytes(n: number, mark: string): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1).replace('.', mark)} MB`;
}

/** A whole number with its thousands grouped: 1,000,000 or 1.000.000. */
function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, separator);
}

/** Two sizes that must read as different: exact byte counts when rounding would make them equal. */
function sizes(size: number, limit: number, mark: string): [string, string] {
  const [s, l] = [bytes(size, mark), bytes(limit, mark)];
  return s === l ? [`${size} bytes`, `${limit} bytes`] : [s, l];
}

const PART_EN: Record<PlanPart, string> = {
  top: 'the plan', phase: 'a phase', persona: 'a persona', piece: 'a content piece', rules: 'the rules', ignore: 'an ignore rule', kpi: 'kpi',
  map: 'a map entry', action: 'an action',
};
const PART_NL: Record<PlanPart, string> = {
  top: 'het plan', phase: 'een fase', persona: 'een persona', piece: 'een contentstuk', rules: 'de regels', ignore: 'een ignore-regel', kpi: 'kpi',
  map: 'een map-item', action: 'een actie',
};
const STAGE_NL: Record<Stage, string> = { buyer: 'koper', customer: 'klant' };
const KIND_EN: Record<IdKind, string> = { persona: 'persona', phase: 'phase', piece: 'content piece' };
const KIND_NL: Record<IdKind, string> = { persona: 'deze persona', phase: 'deze fase', piece: 'dit contentstuk' };

const en: Messages = {
  didYouMean: (s) => ` Did you mean ${q(s)}?`,
  yamlSyntax: (d) => `YAML syntax error: ${d}`,
  analysisFailed: (d) => `This plan could not be analysed: ${d}`,
  fileTooLarge: (size, limit) => {
    const [s, l] = sizes(size, limit, '.');
    return `This file is ${s}, more than the ${l} Journey analyses (setting “journey.maxFileSize”), so it is not checked.`;
  },
  tooManyTokens: (limit) =>
    `This file has more than ${grouped(limit, ',')} YAML tokens (keys, values, punctuation, line breaks), more than Journey analyses without keeping the editor waiting, so it is not checked.`,
  checkingPlans: (done, total) => `checking plans, ${grouped(done, ',')} of ${grouped(total, ',')}`,
  tooManyProblems: (hidden, shown) => `${grouped(hidden, ',')} more problems from here on are not shown: Journey shows the first ${grouped(shown, ',')} of a file. Fix these first.`,
  nestedTooDeeply: (limit) => `YAML syntax error: nested more than ${limit} levels deep. Journey reads no deeper, so what is written in here is not checked.`,
  tooManyCells: (personas, phases, limit) =>
    `This plan has ${personas} personas × ${phases} phases, more than the ${limit} cells Journey can show, so its matrix and gaps are left out.`,
  missingTitle: () => 'The plan has no title: add “journey: <title>” at the top.',
  missingPersonas: () => 'The plan has no personas: add at least one under “personas:”.',
  missingField: (part, field) => `${capitalise(PART_EN[part])} needs ${q(field)}.`,
  notAMapping: () => 'A plan is a mapping of keys (journey, personas, content, …), not a list or a single value.',
  severalDocuments: (n) => `A plan is one YAML document, but this file has ${n}; only the first is analysed.`,
  expectedList: (f) => `${q(f)} must be a list (lines starting with “- ”).`,
  expectedMapping: (part) => `${capitalise(PART_EN[part])} must be a mapping of fields (key: value).`,
  expectedText: (f) => `${q(f)} must be a single value (text).`,
  expectedIds: (f) => `${q(f)} must be an id or a list of ids.`,
  emptyId: () => 'An id cannot be empty.',
  unknownValue: (f, v, allowed) => `${q(v)} is not a valid ${f}: use one of ${list(allowed)}.`,
  invalidDate: (v) => `${q(v)} is not a real calendar date: write it as YYYY-MM-DD.`,
  invalidUrl: (v) => `${q(v)} is not a web address: a url must start with http:// or https://.`,
  invalidMinPerCell: (v) => `“min-per-cell” must be a whole number of 0 or more, not ${q(v)}.`,
  invalidKpi: (m) => `The kpi ${q(m)} must be a number.`,
  unknownModel: (v, models) => `Unknown phase model ${q(v)}. Built-in models: ${list(models)}.`,
  unknownPersona: (v) => `Unknown persona ${q(v)}: it is not defined under “personas:”.`,
  unknownPhase: (v, phases) => `Unknown phase ${q(v)}. This plan's phases: ${list(phases)}.`,
  duplicateId: (k, id) => `The ${KIND_EN[k]} id ${q(id)} is already used above; ids must be unique.`,
  unknownKey: (key, part) => `Unknown key ${q(key)} in ${PART_EN[part]}.`,
  emptyPhase: (phase) => `No content in the phase ${q(phase)} for any persona.`,
  personaWithoutContent: (persona) => `The persona ${q(persona)} has no content in any phase.`,
  emptyCell: (persona, phase, count, min) =>
    count === 0
      ? `Gap: no content for ${q(persona)} in ${q(phase)}.`
      : `Gap: ${q(persona)} in ${q(phase)} has ${count} of the ${min} pieces the plan asks for.`,
  expectedTexts: (f) => `${q(f)} must be a text or a list of texts.`,
  invalidEmotion: (v, min, max) => `The emotion must be a whole number from ${min} (very negative) to ${max} (very positive), not ${q(v)}.`,
  invalidBoolean: (f, v) => `${q(f)} must be true or false, not ${q(v)}.`,
  momentOfTruthGap: (persona, phase, count, min) =>
    count === 0
      ? `Moment of truth without content: nothing for ${q(persona)} in ${q(phase)}.`
      : `Moment of truth with too little content: ${q(persona)} in ${q(phase)} has ${count} of the ${min} pieces the plan asks for.`,
  outsidePersonaStage: (persona, stage, phase, phaseStage) =>
    `${q(persona)} walks only the ${stage} journey, but ${q(phase)} is a ${phaseStage} phase: the piece is shown there, but no content is expected there and it does not count toward coverage.`,
  kpiBelowTarget: (persona, phase, metric, actual, target) => `${q(persona)} in ${q(phase)}: the content reports ${actual} ${metric}, below the target of ${target}.`,
  expectedPaths: () => '“extends” takes a relative path to a .journey file, or a list of them.',
  baseMissing: (path) => `The base ${q(path)} does not exist.`,
  baseNotAPlan: (path) => `The base ${q(path)} is not a plan: a base is a .journey file with personas, phases or rules.`,
  baseCycle: (chain) => `“extends” goes round in a circle: ${chain.join(' → ')}. A plan cannot be its own base, directly or through another.`,
  duplicateIdInBase: (k, id, base) => `The ${KIND_EN[k]} id ${q(id)} is already defined in the base ${q(base)}; ids must be unique across files.`,
  overdue: (title, status, days) => `Overdue by ${counted(days, 'day', 'days')}: ${title ? q(title) : 'this piece'} is still “${status}”.`,
  reviewDue: (date, days) => `This plan was due for review on ${date}, ${counted(days, 'day', 'days')} ago: check it and set a new “review-by”.`,
};

const nl: Messages = {
  didYouMean: (s) => ` Bedoel je ${q(s)}?`,
  yamlSyntax: (d) => `YAML-syntaxfout: ${d}`,
  analysisFailed: (d) => `Dit plan kon niet worden geanalyseerd: ${d}`,
  fileTooLarge: (size, limit) => {
    const [s, l] = sizes(size, limit, ',');
    return `Dit bestand is ${s}, groter dan de ${l} die Journey analyseert (instelling “journey.maxFileSize”), dus het wordt niet gecontroleerd.`;
  },
  tooManyTokens: (limit) =>
    `Dit bestand heeft meer dan ${grouped(limit, '.')} YAML-tokens (sleutels, waarden, leestekens, regeleinden), meer dan Journey analyseert zonder de editor te laten wachten, dus het wordt niet gecontroleerd.`,
  checkingPlans: (done, total) => `plannen controleren, ${grouped(done, '.')} van ${grouped(total, '.')}`,
  tooManyProblems: (hidden, shown) => `Nog ${grouped(hidden, '.')} problemen vanaf hier worden niet getoond: Journey toont de eerste ${grouped(shown, '.')} van een bestand. Los deze eerst op.`,
  nestedTooDeeply: (limit) => `YAML-syntaxfout: meer dan ${limit} niveaus diep genest. Journey leest niet dieper, dus wat hierin staat wordt niet gecontroleerd.`,
  tooManyCells: (personas, phases, limit) =>
    `Dit plan heeft ${personas} persona’s × ${phases} fasen, meer dan de ${limit} cellen die Journey kan tonen, dus de matrix en de gaten worden weggelaten.`,
  missingTitle: () => 'Het plan heeft geen titel: zet “journey: <titel>” bovenaan.',
  missingPersonas: () => 'Het plan heeft geen persona’s: voeg er minstens één toe onder “personas:”.',
  missingField: (part, field) => `${capitalise(PART_NL[part])} heeft ${q(field)} nodig.`,
  notAMapping: () => 'Een plan is een mapping van sleutels (journey, personas, content, …), geen lijst of losse waarde.',
  severalDocuments: (n) => `Een plan is één YAML-document, maar dit bestand heeft er ${n}; alleen het eerste wordt geanalyseerd.`,
  expectedList: (f) => `${q(f)} moet een lijst zijn (regels die beginnen met “- ”).`,
  expectedMapping: (part) => `${capitalise(PART_NL[part])} moet een mapping van velden zijn (sleutel: waarde).`,
  expectedText: (f) => `${q(f)} moet één waarde (tekst) zijn.`,
  expectedIds: (f) => `${q(f)} moet een id of een lijst van id’s zijn.`,
  emptyId: () => 'Een id mag niet leeg zijn.',
  unknownValue: (f, v, allowed) => `${q(v)} is geen geldige ${f}: kies uit ${list(allowed)}.`,
  invalidDate: (v) => `${q(v)} is geen echte datum: schrijf hem als JJJJ-MM-DD.`,
  invalidUrl: (v) => `${q(v)} is geen webadres: een url begint met http:// of https://.`,
  invalidMinPerCell: (v) => `“min-per-cell” moet een geheel getal van 0 of meer zijn, niet ${q(v)}.`,
  invalidKpi: (m) => `De kpi ${q(m)} moet een getal zijn.`,
  unknownModel: (v, models) => `Onbekend fasemodel ${q(v)}. Ingebouwde modellen: ${list(models)}.`,
  unknownPersona: (v) => `Onbekende persona ${q(v)}: die staat niet onder “personas:”.`,
  unknownPhase: (v, phases) => `Onbekende fase ${q(v)}. De fasen van dit plan: ${list(phases)}.`,
  duplicateId: (k, id) => `Het id ${q(id)} van ${KIND_NL[k]} is hierboven al gebruikt; id’s moeten uniek zijn.`,
  unknownKey: (key, part) => `Onbekende sleutel ${q(key)} in ${PART_NL[part]}.`,
  emptyPhase: (phase) => `Geen content in de fase ${q(phase)} voor welke persona dan ook.`,
  personaWithoutContent: (persona) => `De persona ${q(persona)} heeft in geen enkele fase content.`,
  emptyCell: (persona, phase, count, min) =>
    count === 0
      ? `Gat: geen content voor ${q(persona)} in ${q(phase)}.`
      : `Gat: ${q(persona)} in ${q(phase)} heeft ${count} van de ${min} stukken die het plan vraagt.`,
  expectedTexts: (f) => `${q(f)} moet een tekst of een lijst van teksten zijn.`,
  invalidEmotion: (v, min, max) => `De emotie moet een geheel getal van ${min} (zeer negatief) tot ${max} (zeer positief) zijn, niet ${q(v)}.`,
  invalidBoolean: (f, v) => `${q(f)} moet true of false zijn, niet ${q(v)}.`,
  momentOfTruthGap: (persona, phase, count, min) =>
    count === 0
      ? `Moment of truth zonder content: niets voor ${q(persona)} in ${q(phase)}.`
      : `Moment of truth met te weinig content: ${q(persona)} in ${q(phase)} heeft ${count} van de ${min} stukken die het plan vraagt.`,
  outsidePersonaStage: (persona, stage, phase, phaseStage) =>
    `${q(persona)} loopt alleen het ${STAGE_NL[stage]}traject, maar ${q(phase)} is een ${STAGE_NL[phaseStage]}fase: het stuk staat er wel, maar daar wordt geen content verwacht en het telt niet mee voor de dekking.`,
  kpiBelowTarget: (persona, phase, metric, actual, target) => `${q(persona)} in ${q(phase)}: de content meldt ${actual} ${metric}, onder het doel van ${target}.`,
  expectedPaths: () => '“extends” neemt een relatief pad naar een .journey-bestand, of een lijst daarvan.',
  baseMissing: (path) => `De basis ${q(path)} bestaat niet.`,
  baseNotAPlan: (path) => `De basis ${q(path)} is geen plan: een basis is een .journey-bestand met personas, fasen of rules.`,
  baseCycle: (chain) => `“extends” loopt in een kring: ${chain.join(' → ')}. Een plan kan zichzelf niet (via een ander) als basis hebben.`,
  duplicateIdInBase: (k, id, base) => `Het id ${q(id)} van ${KIND_NL[k]} staat al in de basis ${q(base)}; id’s moeten uniek zijn over alle bestanden.`,
  overdue: (title, status, days) => `${counted(days, 'dag', 'dagen')} te laat: ${title ? q(title) : 'dit stuk'} staat nog op “${status}”.`,
  reviewDue: (date, days) => `Dit plan moest op ${date} herzien worden, ${counted(days, 'dag', 'dagen')} geleden: bekijk het en zet een nieuwe “review-by”.`,
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CATALOGUES: Record<Locale, Messages> = { en, nl };

export function messages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

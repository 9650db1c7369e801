// Quick fixes for diagnostics: replace a typo with the closest match, define an unknown persona,
// for every gap "add a content piece here" or "expect no content here" (a moment of truth only
// gets the first), for a piece outside its persona's stage, widen that stage to `both`, and for
// late work a new date, the status published, or a new review date.
import type { Analysis } from '../analyze';
import type { DiagnosticCode, DiagnosticData } from '../diagnostics';
import { WILDCARD } from '../fields';
import type { Span } from '../lineIndex';
import type { Locale } from '../messages';
import { findPersona, findPhase } from '../symbols';
import { addPieceEdit, definePersonaEdit, expectNoContentEdit } from './planEdits';
import { markPublishedEdit, pieceAt, setDateToTodayEdit, setReviewByEdit } from './scheduleEdits';
import { innerSpan, isNoEdit, type TextEdit } from './textEdit';

export interface CodeAction {
  title: string;
  isPreferred?: boolean;
  edit: TextEdit;
}

/** A diagnostic as the editor sends it back: its code, its data, and where it is. */
export interface DiagnosticRef {
  code: DiagnosticCode | string;
  span: Span;
  data?: DiagnosticData;
}

interface Titles {
  replace(v: string): string;
  define(v: string): string;
  add(persona: string, phase: string): string;
  ignore(persona: string, phase: string): string;
  bothStages(persona: string): string;
  dateToday: string;
  published: string;
  reviewLater: string;
}

const TITLES: Record<Locale, Titles> = {
  en: {
    replace: (v) => `Replace with “${v}”`,
    define: (v) => `Define persona “${v}”`,
    add: (persona, phase) => `Add a content piece for ${persona} in ${phase}`,
    ignore: (persona, phase) => `Expect no content here (${persona} in ${phase})`,
    bothStages: (persona) => `Let ${persona} walk the whole journey (stage: both)`,
    dateToday: 'Set the date to today',
    published: 'Mark as published',
    reviewLater: 'Set review-by to 3 months from today',
  },
  nl: {
    replace: (v) => `Vervang door “${v}”`,
    define: (v) => `Definieer persona “${v}”`,
    add: (persona, phase) => `Voeg een contentstuk toe voor ${persona} in ${phase}`,
    ignore: (persona, phase) => `Hier geen content verwachten (${persona} in ${phase})`,
    bothStages: (persona) => `Laat ${persona} de hele klantreis lopen (stage: both)`,
    dateToday: 'Zet de datum op vandaag',
    published: 'Markeer als gepubliceerd',
    reviewLater: 'Zet review-by op 3 maanden na vandaag',
  },
};

/** At most this many "add a content piece" actions for one gap. */
export const MAX_ADD_ACTIONS = 25;

const ALL: Record<Locale, { personas: string; phases: string }> = {
  en: { personas: 'every persona', phases: 'every phase' },
  nl: { personas: 'elke persona', phases: 'elke fase' },
};

export function codeActionsFor(analysis: Analysis, diagnostic: DiagnosticRef, locale: Locale = 'en'): CodeAction[] {
  const title = TITLES[locale];
  const data = diagnostic.data ?? {};
  const actions: CodeAction[] = [];
  switch (diagnostic.code) {
    case 'unknown-persona':
    case 'unknown-phase':
    case 'unknown-key':
    case 'unknown-model':
    case 'invalid-value':
      // A replacement stays on its line: a span over a line break (only in a broken file) would swallow text.
      if (data.suggestion && !/[\r\n]/.test(analysis.text.slice(diagnostic.span.start, diagnostic.span.end))) {
        actions.push({ title: title.replace(data.suggestion), isPreferred: true, edit: { span: innerSpan(analysis.text, diagnostic.span), newText: data.suggestion } });
      }
      if (diagnostic.code === 'unknown-persona' && data.persona) {
        actions.push({ title: title.define(data.persona), edit: definePersonaEdit(analysis, data.persona) });
      }
      break;
    case 'outside-persona-stage': {
      const persona = data.persona ? findPersona(analysis, data.persona) : undefined;
      const at = persona?.stageSpans?.value;
      if (persona && at) actions.push({ title: title.bothStages(persona.name), isPreferred: true, edit: { span: innerSpan(analysis.text, at), newText: 'both' } });
      break;
    }
    case 'empty-cell':
    case 'empty-phase':
    case 'persona-without-content':
    case 'moment-of-truth-gap': {
      const personaName = (id: string): string => (id === WILDCARD ? ALL[locale].personas : findPersona(analysis, id)?.name ?? id);
      const phaseName = (id: string): string => (id === WILDCARD ? ALL[locale].phases : findPhase(analysis, id)?.name ?? id);
      // A whole empty phase (or persona) can be filled for any one persona (or phase) of the plan.
      const personas = data.persona ? [data.persona] : analysis.plan.personas.map((persona) => persona.id);
      const phases = data.phase ? [data.phase] : analysis.plan.phases.map((phase) => phase.id);
      // Capped: a plan with thousands of personas must not build (or show) thousands of actions.
      adding: for (const persona of personas) {
        for (const phase of phases) {
          if (actions.length >= MAX_ADD_ACTIONS) break adding;
          actions.push({ title: title.add(personaName(persona), phaseName(phase)), edit: addPieceEdit(analysis, persona, phase, locale) });
        }
      }
      // A moment of truth is where content matters most: no offer to expect none.
      if (diagnostic.code === 'moment-of-truth-gap') break;
      const ignorePersona = data.persona ?? WILDCARD;
      const ignorePhase = data.phase ?? WILDCARD;
      actions.push({ title: title.ignore(personaName(ignorePersona), phaseName(ignorePhase)), edit: expectNoContentEdit(analysis, ignorePersona, ignorePhase) });
      break;
    }
    case 'overdue': {
      const piece = pieceAt(analysis, diagnostic.span.start);
      if (!piece) break;
      const today = analysis.today && setDateToTodayEdit(analysis, piece, analysis.today);
      if (today) actions.push({ title: title.dateToday, edit: today });
      const published = markPublishedEdit(analysis, piece);
      if (published) actions.push({ title: title.published, edit: published });
      break;
    }
    case 'review-due': {
      const later = analysis.today && setReviewByEdit(analysis, analysis.today);
      if (later) actions.push({ title: title.reviewLater, isPreferred: true, edit: later });
      break;
    }
  }
  // An edit that changes nothing (no list there to add to) is no fix.
  return actions.filter((action) => !isNoEdit(action.edit));
}

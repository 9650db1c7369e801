// Quick fixes for diagnostics: replace a typo with the closest match, define an unknown persona,
// and for every gap "add a content piece here" or "expect no content here".
import type { Analysis } from '../analyze';
import type { DiagnosticCode, DiagnosticData } from '../diagnostics';
import { WILDCARD } from '../fields';
import type { Span } from '../lineIndex';
import type { Locale } from '../messages';
import { findPersona, findPhase } from '../symbols';
import { addPieceEdit, definePersonaEdit, expectNoContentEdit } from './planEdits';
import { innerSpan, type TextEdit } from './textEdit';

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

const TITLES: Record<Locale, { replace(v: string): string; define(v: string): string; add(persona: string, phase: string): string; ignore(persona: string, phase: string): string }> = {
  en: {
    replace: (v) => `Replace with “${v}”`,
    define: (v) => `Define persona “${v}”`,
    add: (persona, phase) => `Add a content piece for ${persona} in ${phase}`,
    ignore: (persona, phase) => `Expect no content here (${persona} in ${phase})`,
  },
  nl: {
    replace: (v) => `Vervang door “${v}”`,
    define: (v) => `Definieer persona “${v}”`,
    add: (persona, phase) => `Voeg een contentstuk toe voor ${persona} in ${phase}`,
    ignore: (persona, phase) => `Hier geen content verwachten (${persona} in ${phase})`,
  },
};

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
      if (data.suggestion) {
        actions.push({ title: title.replace(data.suggestion), isPreferred: true, edit: { span: innerSpan(analysis.text, diagnostic.span), newText: data.suggestion } });
      }
      if (diagnostic.code === 'unknown-persona' && data.persona) {
        actions.push({ title: title.define(data.persona), edit: definePersonaEdit(analysis, data.persona) });
      }
      break;
    case 'empty-cell':
    case 'empty-phase':
    case 'persona-without-content': {
      const personaName = (id: string): string => (id === WILDCARD ? ALL[locale].personas : findPersona(analysis, id)?.name ?? id);
      const phaseName = (id: string): string => (id === WILDCARD ? ALL[locale].phases : findPhase(analysis, id)?.name ?? id);
      // A whole empty phase (or persona) can be filled for any one persona (or phase) of the plan.
      const personas = data.persona ? [data.persona] : analysis.plan.personas.map((persona) => persona.id);
      const phases = data.phase ? [data.phase] : analysis.plan.phases.map((phase) => phase.id);
      for (const persona of personas) {
        for (const phase of phases) {
          actions.push({ title: title.add(personaName(persona), phaseName(phase)), edit: addPieceEdit(analysis, persona, phase, locale) });
        }
      }
      const ignorePersona = data.persona ?? WILDCARD;
      const ignorePhase = data.phase ?? WILDCARD;
      actions.push({ title: title.ignore(personaName(ignorePersona), phaseName(ignorePhase)), edit: expectNoContentEdit(analysis, ignorePersona, ignorePhase) });
      break;
    }
  }
  return actions;
}

// One line per diagnostic code, in both languages: what SARIF rules and other reports say a code
// means. The long form, with examples and fixes, is docs/diagnostics.md (DOCS_URL#code).
import type { DiagnosticCode } from './diagnostics';
import type { Locale } from './messages';

export const DOCS_URL = 'https://github.com/journey-tools/journey/blob/main/docs/diagnostics.md';

/** The documentation of a code: its section of docs/diagnostics.md. */
export function codeDocsUrl(code: DiagnosticCode): string {
  return `${DOCS_URL}#${code}`;
}

export const CODE_SUMMARIES: Readonly<Record<Locale, Readonly<Record<DiagnosticCode, string>>>> = {
  en: {
    'yaml-syntax': 'The file is not valid YAML.',
    'missing-field': 'A required key is missing.',
    'invalid-value': 'A value has the wrong type or format.',
    'unknown-model': '`model:` is not a built-in phase model.',
    'unknown-persona': 'A reference names a persona that is not defined.',
    'unknown-phase': 'A reference names a phase the plan does not have.',
    'duplicate-id': 'An id is used twice.',
    'unknown-key': 'A key Journey does not know (often a typo).',
    'empty-phase': 'No piece serves this phase for any persona.',
    'persona-without-content': 'A persona has no content in any phase.',
    'empty-cell': 'A persona × phase cell has fewer pieces than min-per-cell.',
    'invalid-extends': '`extends:` names a missing file, a file that is not a plan, or a cycle.',
    overdue: "A piece's date has passed while its work is unfinished.",
    'review-due': "The plan's review-by date has passed.",
    'analysis-failed': 'The plan could not be analysed; please report it.',
    'file-too-large': 'The file is larger than the size Journey analyses.',
    'too-many-problems': 'More than 1,000 problems in the file: the rest are not shown.',
    'moment-of-truth-gap': 'A cell the journey map marks as a moment of truth has too little content.',
    'outside-persona-stage': "A piece names a persona and a phase outside that persona's stage.",
    'kpi-below-target': "The content of a cell reports less of a metric than the journey map's target.",
  },
  nl: {
    'yaml-syntax': 'Het bestand is geen geldige YAML.',
    'missing-field': 'Een verplichte sleutel ontbreekt.',
    'invalid-value': 'Een waarde heeft het verkeerde type of formaat.',
    'unknown-model': '`model:` is geen ingebouwd fasemodel.',
    'unknown-persona': 'Een verwijzing noemt een persona die niet gedefinieerd is.',
    'unknown-phase': 'Een verwijzing noemt een fase die het plan niet heeft.',
    'duplicate-id': 'Een id wordt twee keer gebruikt.',
    'unknown-key': 'Een sleutel die Journey niet kent (vaak een tikfout).',
    'empty-phase': 'Geen enkel stuk bedient deze fase, voor geen enkele persona.',
    'persona-without-content': 'Een persona heeft in geen enkele fase content.',
    'empty-cell': 'Een cel persona × fase heeft minder stukken dan min-per-cell.',
    'invalid-extends': '`extends:` noemt een bestand dat er niet is, geen plan is, of een kring.',
    overdue: 'De datum van een stuk is voorbij terwijl het werk nog niet af is.',
    'review-due': 'De review-by-datum van het plan is voorbij.',
    'analysis-failed': 'Het plan kon niet geanalyseerd worden; meld dit alstublieft.',
    'file-too-large': 'Het bestand is groter dan wat Journey analyseert.',
    'too-many-problems': 'Meer dan 1.000 problemen in het bestand: de rest wordt niet getoond.',
    'moment-of-truth-gap': 'Een cel die de klantreiskaart als moment of truth markeert, heeft te weinig content.',
    'outside-persona-stage': 'Een stuk noemt een persona en een fase buiten het traject van die persona.',
    'kpi-below-target': 'De content van een cel meldt minder van een meetpunt dan het doel op de klantreiskaart.',
  },
};

// Every text the workspace overview shows, in English and Dutch.
import type { Locale } from '../messages';
import { counted } from '../plural';

const EN = {
  title: 'Journey workspace overview',
  plans: 'Plans',
  plansCaption: 'Every plan in the workspace: coverage, gaps and problems',
  plan: 'Plan',
  coverage: 'Coverage',
  gaps: 'Gaps',
  problems: 'Problems',
  problemCounts: (errors: number, warnings: number) => `${counted(errors, 'error', 'errors')}, ${counted(warnings, 'warning', 'warnings')}`,
  noProblems: 'none',
  cells: (filled: number, expected: number, percent: number) => `${filled}/${expected} (${percent}%)`,
  sortBy: 'Sort by',
  sorts: { path: 'file', coverage: 'coverage (lowest first)', gaps: 'gaps (most first)' },
  open: (path: string) => `Open ${path}`,
  preview: 'Preview',
  previewOf: (path: string) => `Open the preview of ${path}`,
  personas: 'Personas × plans',
  personasCaption: 'Which persona appears in which plan, with its pieces and gaps there',
  persona: 'Persona',
  inPlan: (pieces: number, gaps: number) => `${counted(pieces, 'piece', 'pieces')} · ${counted(gaps, 'gap', 'gaps')}`,
  absent: 'not in this plan',
  none: 'No .journey plans in this workspace yet.',
  waiting: 'Waiting for the Journey language server…',
  keys: 'Enter or Space opens a plan',
};

export type OverviewLabels = typeof EN;

export const OVERVIEW_LABELS: Record<Locale, OverviewLabels> = {
  en: EN,
  nl: {
    title: 'Journey-werkruimteoverzicht',
    plans: 'Plannen',
    plansCaption: 'Elk plan in de werkruimte: dekking, gaten en problemen',
    plan: 'Plan',
    coverage: 'Dekking',
    gaps: 'Gaten',
    problems: 'Problemen',
    problemCounts: (errors: number, warnings: number) => `${counted(errors, 'fout', 'fouten')}, ${counted(warnings, 'waarschuwing', 'waarschuwingen')}`,
    noProblems: 'geen',
    cells: (filled: number, expected: number, percent: number) => `${filled}/${expected} (${percent}%)`,
    sortBy: 'Sorteren op',
    sorts: { path: 'bestand', coverage: 'dekking (laagste eerst)', gaps: 'gaten (meeste eerst)' },
    open: (path: string) => `${path} openen`,
    preview: 'Voorbeeld',
    previewOf: (path: string) => `Het voorbeeld van ${path} openen`,
    personas: "Persona's × plannen",
    personasCaption: 'Welke persona in welk plan voorkomt, met de stukken en gaten daar',
    persona: 'Persona',
    inPlan: (pieces: number, gaps: number) => `${counted(pieces, 'stuk', 'stukken')} · ${counted(gaps, 'gat', 'gaten')}`,
    absent: 'niet in dit plan',
    none: 'Nog geen .journey-plannen in deze werkruimte.',
    waiting: 'Wachten op de Journey-taalserver…',
    keys: 'Enter of spatie opent een plan',
  },
};

export function overviewLabels(locale: string | null | undefined): OverviewLabels {
  return locale === 'nl' ? OVERVIEW_LABELS.nl : OVERVIEW_LABELS.en;
}

// The words the views use for the journey map, in English and Dutch: one table for the
// preview, the Markdown and the HTML export (VIEW_LABELS holds it as `map`).
import type { Locale } from '../messages';

export interface MapLabels {
  momentOfTruth: string;
  emotion: string;
  emotions: Record<string, string>;
  questions: string;
  touchpoints: string;
  pains: string;
  delights: string;
  kpi: string;
  map: string;
  curve: string;
  actions: string;
  /** The on-demand details of a cell: "Journey map (4)". */
  details(count: number): string;
  actionsEmpty: string;
  term: { short: string; long: string };
  impact: { low: string; high: string };
}

export const MAP_LABELS: Record<Locale, MapLabels> = {
  en: {
    momentOfTruth: 'Moment of truth',
    emotion: 'Emotion',
    emotions: { '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive' },
    questions: 'Questions',
    touchpoints: 'Touchpoints',
    pains: 'Pains',
    delights: 'Delights',
    kpi: 'KPI (actual / target)',
    map: 'Journey map',
    curve: 'Emotion curve',
    actions: 'Actions',
    details: (n: number) => `Journey map (${n})`,
    actionsEmpty: 'No actions yet: add them under “actions:” with a term (short/long) and an impact (low/high).',
    term: { short: 'Short term', long: 'Long term' },
    impact: { low: 'Low impact', high: 'High impact' },
  },
  nl: {
    momentOfTruth: 'Moment of truth',
    emotion: 'Emotie',
    emotions: { '-2': 'zeer negatief', '-1': 'negatief', '0': 'neutraal', '1': 'positief', '2': 'zeer positief' },
    questions: 'Vragen',
    touchpoints: 'Touchpoints',
    pains: 'Pijnpunten',
    delights: 'Plezierpunten',
    kpi: 'KPI (behaald / doel)',
    map: 'Klantreiskaart',
    curve: 'Emotiecurve',
    actions: 'Acties',
    details: (n: number) => `Klantreiskaart (${n})`,
    actionsEmpty: 'Nog geen acties: zet ze onder “actions:” met een term (short/long) en een impact (low/high).',
    term: { short: 'Korte termijn', long: 'Lange termijn' },
    impact: { low: 'Weinig impact', high: 'Veel impact' },
  },
};

// The words the exports use for the journey map, in English and Dutch: one table for the
// Markdown and the HTML export.
import type { Locale } from '../messages';

export interface MapLabels {
  momentOfTruth: string;
  outsideStage: string;
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
  term: { short: string; long: string };
  impact: { low: string; high: string };
}

export const MAP_LABELS: Record<Locale, MapLabels> = {
  en: {
    momentOfTruth: 'Moment of truth',
    outsideStage: "Not in this persona's journey",
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
    term: { short: 'Short term', long: 'Long term' },
    impact: { low: 'Low impact', high: 'High impact' },
  },
  nl: {
    momentOfTruth: 'Moment of truth',
    outsideStage: 'Niet in de reis van deze persona',
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
    term: { short: 'Korte termijn', long: 'Lange termijn' },
    impact: { low: 'Weinig impact', high: 'Veel impact' },
  },
};

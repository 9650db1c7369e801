// What the journey map says about one persona × phase cell: the `map:` entries naming it,
// combined. Lists are joined in file order, `emotion` and `moment-of-truth` take the last value
// given, and kpi targets of one metric are summed. The actuals are the kpis of the pieces that
// fill the cell (retired pieces fill none).
import type { Span } from './lineIndex';
import type { MapEntry, Piece } from './plan';

export interface CellMap {
  readonly questions: readonly string[];
  readonly touchpoints: readonly string[];
  readonly pains: readonly string[];
  readonly delights: readonly string[];
  /** -2 … 2, when an entry gives one. */
  readonly emotion?: number;
  readonly momentOfTruth: boolean;
  /** Where the `moment-of-truth` value that decided is written. */
  readonly momentOfTruthAt?: Span;
  /** Summed targets per metric. */
  readonly kpiTarget: Readonly<Record<string, number>>;
  /** Per metric, where the last target for it is written. */
  readonly kpiTargetAt: Readonly<Record<string, Span>>;
}

/** Most cells have no map entry: they share this one. */
export const EMPTY_CELL_MAP: CellMap = Object.freeze({ questions: [], touchpoints: [], pains: [], delights: [], momentOfTruth: false, kpiTarget: {}, kpiTargetAt: {} });

/** The cell's map with one more entry (later in the file) added. Never changes `map`. */
export function addMapEntry(map: CellMap, entry: MapEntry): CellMap {
  const kpiTarget = { ...map.kpiTarget };
  const kpiTargetAt = { ...map.kpiTargetAt };
  for (const [metric, target] of Object.entries(entry.kpi ?? {})) {
    kpiTarget[metric] = add(kpiTarget[metric] ?? 0, target);
    const at = entry.kpiSpans?.[metric];
    if (at) kpiTargetAt[metric] = at;
  }
  const mot = entry.momentOfTruth !== undefined;
  return {
    questions: [...map.questions, ...entry.questions],
    touchpoints: [...map.touchpoints, ...entry.touchpoints],
    pains: [...map.pains, ...entry.pains],
    delights: [...map.delights, ...entry.delights],
    emotion: entry.emotion ?? map.emotion,
    momentOfTruth: mot ? entry.momentOfTruth! : map.momentOfTruth,
    momentOfTruthAt: mot ? entry.momentOfTruthSpan : map.momentOfTruthAt,
    kpiTarget,
    kpiTargetAt,
  };
}

/** The summed kpis of the pieces that fill a cell, per metric, metrics in first-seen order. */
export function kpiActuals(pieces: readonly Piece[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const piece of pieces) {
    if (piece.status === 'retired' || !piece.kpi) continue;
    for (const [metric, value] of Object.entries(piece.kpi)) sums[metric] = add(sums[metric] ?? 0, value);
  }
  return sums;
}

/** A sum as people add: 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
export function add(a: number, b: number): number {
  return Math.round((a + b) * 1e9) / 1e9;
}

// What the journey map says about one persona × phase cell: the `map:` entries naming it,
// combined. Lists are joined in file order, `emotion` and `moment-of-truth` take the last value
// given, and kpi targets of one metric are summed. The actuals are the kpis of the pieces that
// fill the cell (retired pieces fill none).
import type { Span } from './lineIndex';
import type { MapEntry, Piece } from './plan';

export interface CellMap {
  questions: string[];
  touchpoints: string[];
  pains: string[];
  delights: string[];
  /** -2 … 2, when an entry gives one. */
  emotion?: number;
  momentOfTruth: boolean;
  /** Where the `moment-of-truth` value that decided is written. */
  momentOfTruthAt?: Span;
  /** Summed targets per metric. */
  kpiTarget: Record<string, number>;
  /** Per metric, where the last target for it is written. */
  kpiTargetAt: Record<string, Span>;
}

/** Most cells have no map entry: they share this one, which addMapEntry never changes. */
export const EMPTY_CELL_MAP: Readonly<CellMap> = Object.freeze(emptyCellMap());

function emptyCellMap(): CellMap {
  return { questions: [], touchpoints: [], pains: [], delights: [], momentOfTruth: false, kpiTarget: {}, kpiTargetAt: {} };
}

/**
 * The cell's map with one more entry (later in the file) added. The shared empty map is copied
 * first; a cell's own map grows in place, so many entries naming a cell cost what they add.
 * `targets` is `Object.entries(entry.kpi)`, worked out once for all the cells of the entry.
 */
export function addMapEntry(map: CellMap, entry: MapEntry, targets: [string, number][]): CellMap {
  const own = map === EMPTY_CELL_MAP ? emptyCellMap() : map;
  if (entry.questions.length > 0) own.questions.push(...entry.questions);
  if (entry.touchpoints.length > 0) own.touchpoints.push(...entry.touchpoints);
  if (entry.pains.length > 0) own.pains.push(...entry.pains);
  if (entry.delights.length > 0) own.delights.push(...entry.delights);
  if (entry.emotion !== undefined) own.emotion = entry.emotion;
  if (entry.momentOfTruth !== undefined) {
    own.momentOfTruth = entry.momentOfTruth;
    own.momentOfTruthAt = entry.momentOfTruthSpan;
  }
  for (const [metric, target] of targets) {
    own.kpiTarget[metric] = add(own.kpiTarget[metric] ?? 0, target);
    const at = entry.kpiSpans?.[metric];
    if (at) own.kpiTargetAt[metric] = at;
  }
  return own;
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

// The filters' dropdown values: per piece field, the values the plan's pieces use, each once,
// sorted. Kept as a count per value and updated from what differs between the last pieces and
// the next (all but the common start and end), so a keystroke costs one compare per piece, not
// building and sorting the sets again; a list is sorted again only when a value comes or goes.
import type { ViewPiece } from '../../server/src/protocol/matrixView';
import { FILTER_KEYS, type FilterKey } from '../../server/src/protocol/webview';
import { statusRank } from '../../server/src/core/view/matrixView';

export type FilterValue = string | null;

/** Distinct values of one field in dropdown order: statuses in journey order, other values alphabetically, null ("not set") last. */
export function sortValues(key: FilterKey, values: Iterable<FilterValue>): FilterValue[] {
  const list: string[] = [];
  let unset = false;
  for (const value of values) {
    if (value === null) unset = true;
    else list.push(value);
  }
  // Code unit order settles what localeCompare calls equal, so the order never depends on the pieces' order.
  const alphabetical = (a: string, b: string) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
  list.sort(key === 'status' ? (a, b) => statusRank(a) - statusRank(b) || alphabetical(a, b) : alphabetical);
  return unset ? [...list, null] : list;
}

/** The values per field of the pieces last given to `of`. */
export class FilterValues {
  private pieces: readonly ViewPiece[] = [];
  private readonly counts = new Map<FilterKey, Map<FilterValue, number>>(FILTER_KEYS.map((key) => [key, new Map()]));
  private values = new Map<FilterKey, readonly FilterValue[]>(FILTER_KEYS.map((key) => [key, []]));

  /** The dropdown values per field for `pieces`; a field's list is the same array as before when its values did not change. */
  of(pieces: readonly ViewPiece[]): ReadonlyMap<FilterKey, readonly FilterValue[]> {
    if (pieces === this.pieces) return this.values;
    const before = this.pieces;
    const shorter = Math.min(before.length, pieces.length);
    let start = 0;
    while (start < shorter && sameValues(before[start], pieces[start])) start++;
    let end = 0;
    while (end < shorter - start && sameValues(before[before.length - 1 - end], pieces[pieces.length - 1 - end])) end++;
    const changed = new Set<FilterKey>();
    for (const key of FILTER_KEYS) {
      const counts = this.counts.get(key)!;
      for (let i = start; i < before.length - end; i++) {
        const value = before[i][key];
        const count = counts.get(value)! - 1;
        if (count > 0) counts.set(value, count);
        else {
          counts.delete(value);
          changed.add(key);
        }
      }
      for (let i = start; i < pieces.length - end; i++) {
        const value = pieces[i][key];
        const count = counts.get(value) ?? 0;
        if (count === 0) changed.add(key);
        counts.set(value, count + 1);
      }
    }
    this.pieces = pieces;
    if (changed.size > 0) {
      this.values = new Map(this.values);
      for (const key of changed) this.values.set(key, sortValues(key, this.counts.get(key)!.keys()));
    }
    return this.values;
  }
}

/** The same values in every filter field: a piece a delta did not change is the same object, one on a moved line a copy. */
function sameValues(a: ViewPiece, b: ViewPiece): boolean {
  return a === b || FILTER_KEYS.every((key) => a[key] === b[key]);
}

// What the preview keeps through `setState` (and so through hiding and a window reload): the
// plan, the lock, the filters, the scroll position, the chosen view, the matrix's mode and the calendar's month. The extension's
// serializer reads uri and locked (parsePreviewState); the rest is the page's own.
import { FILTER_KEYS, type FilterKey } from '../../server/src/protocol/webview';

/** Per field, the values a piece may have to be shown (null: "not set"). */
export type Filters = Partial<Record<FilterKey, { values: (string | null)[] }>>;

export interface SavedState {
  uri: string;
  locked: boolean;
  filters: Filters;
  scrollX: number;
  scrollY: number;
  /** The matrix's compact mode as the user chose it; null: by the plan's size. */
  compact: boolean | null;
  /** The chosen view (views/index.ts). */
  view: string;
  /** The month the calendar view shows, `YYYY-MM`; null: the one it opens on (initialMonth). */
  month: string | null;
}

const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function readState(raw: unknown): SavedState {
  const state = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const filters: Filters = {};
  const saved = (state.filters && typeof state.filters === 'object' ? state.filters : {}) as Record<string, unknown>;
  for (const key of FILTER_KEYS) {
    const value = saved[key] as { values?: unknown; value?: unknown } | null | undefined;
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value.values) && value.values.length > 0 && value.values.every(isNullableString)) filters[key] = { values: value.values };
    // The shape saved before filters could hold several values.
    else if (isNullableString(value.value)) filters[key] = { values: [value.value] };
  }
  const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    uri: typeof state.uri === 'string' ? state.uri : '',
    locked: state.locked === true,
    filters,
    scrollX: finite(state.scrollX),
    scrollY: finite(state.scrollY),
    compact: typeof state.compact === 'boolean' ? state.compact : null,
    view: typeof state.view === 'string' ? state.view : 'matrix',
    month: typeof state.month === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(state.month) ? state.month : null,
  };
}

/** `journey.preview.defaultFilters` as the extension sends it: known fields, each a non-empty list of texts. */
export function isDefaultFilters(value: unknown): value is Partial<Record<FilterKey, string[]>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, list]) => (FILTER_KEYS as readonly string[]).includes(key) && Array.isArray(list) && list.length > 0 &&
    list.every((v) => typeof v === 'string' && v.length > 0));
}

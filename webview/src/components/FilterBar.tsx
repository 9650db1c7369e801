// The filters: per piece field (status, type, channel, owner) the values the plan uses, as a
// dropdown; a piece shows when its field has the chosen value. Several values (from the
// `journey.preview.defaultFilters` setting) show as "(n selected)".
import { useMemo, useRef } from 'preact/hooks';
import type { MatrixView, ViewPiece } from '../../../server/src/protocol/matrixView';
import { FILTER_KEYS } from '../../../server/src/protocol/webview';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { FilterValues } from '../filterValues';
import type { Filters } from '../state';

interface FilterBarProps {
  model: MatrixView;
  filters: Filters;
  labels: ViewLabels;
  onChange(filters: Filters): void;
}

export function FilterBar({ model, filters, labels, onChange }: FilterBarProps) {
  // Updated from what a delta changed, not counted again over every piece.
  const filterValues = useRef<FilterValues | null>(null);
  const valuesByKey = useMemo(() => (filterValues.current ??= new FilterValues()).of(model.pieces), [model.pieces]);
  return (
    <section id="filters" class="filters" aria-label={labels.filtersTitle}>
      {FILTER_KEYS.map((key) => {
        const values = [...(valuesByKey.get(key) ?? [])];
        const chosen = filters[key]?.values ?? [];
        const label = (value: string | null): string => (value === null ? labels.notSet : value);
        // One value is an option of the dropdown; several (from the setting) show as "(n selected)".
        if (chosen.length === 1 && !values.includes(chosen[0])) values.push(chosen[0]);
        const selected = chosen.length > 1 ? 'several' : chosen.length === 1 ? String(values.indexOf(chosen[0])) : 'all';
        const change = (event: Event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (value === 'several') return;
          const next: Filters = { ...filters };
          if (value === 'all') delete next[key];
          else next[key] = { values: [values[Number(value)]] };
          onChange(next);
        };
        return (
          <label class="filter">
            <span class="filter-label">{labels.filters[key]}</span>
            <select class="filter-select" data-filter={key} value={selected} title={chosen.length > 1 ? chosen.map(label).join(', ') : undefined} onChange={change}>
              <option value="all">{labels.all}</option>
              {chosen.length > 1 && (
                <option class="several" value="several">
                  {labels.several(chosen.length)}
                </option>
              )}
              {values.map((value, i) => (
                <option value={String(i)}>{label(value)}</option>
              ))}
            </select>
          </label>
        );
      })}
      <button type="button" class="button secondary clear-filters" disabled={Object.keys(filters).length === 0} onClick={() => onChange({})}>
        {labels.clear}
      </button>
    </section>
  );
}

/** Does the piece pass every filter? */
export function matches(piece: ViewPiece, filters: Filters): boolean {
  for (const key of FILTER_KEYS) {
    const filter = filters[key];
    if (filter && !filter.values.includes(piece[key])) return false;
  }
  return true;
}

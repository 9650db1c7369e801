// What the journey map says about one cell: a moment of truth, the emotion, the kpis against
// their targets, and — on demand — the questions, touchpoints, pains and delights.
import type { ViewCell } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { cellKpis } from '../../../server/src/core/mapViews';

export function CellMap({ cell, labels }: { cell: ViewCell; labels: ViewLabels }) {
  const { map } = cell;
  const words = labels.map;
  const lists: [string, string, string[]][] = [
    ['questions', words.questions, map.questions],
    ['touchpoints', words.touchpoints, map.touchpoints],
    ['pains', words.pains, map.pains],
    ['delights', words.delights, map.delights],
  ];
  const written = lists.filter(([, , items]) => items.length > 0);
  const kpis = cellKpis(cell);
  return (
    <>
      {map.momentOfTruth && <p class="mot">★ {words.momentOfTruth}</p>}
      {map.emotion !== null && (
        <p class="emotion" data-emotion={String(map.emotion)}>
          {words.emotion}: {`${map.emotion > 0 ? '+' : ''}${map.emotion}`} ({words.emotions[String(map.emotion)]})
        </p>
      )}
      {kpis.length > 0 && <KpiList kpis={kpis} label={words.kpi} />}
      {written.length > 0 && (
        <details class="cell-map">
          <summary>{words.details(written.reduce((n, [, , items]) => n + items.length, 0))}</summary>
          <dl>
            {written.map(([key, name, items]) => (
              <>
                <dt data-list={key}>{name}</dt>
                {items.map((item) => (
                  <dd>{item}</dd>
                ))}
              </>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}

/** Actual against target per metric; below target is marked. */
export function KpiList({ kpis, label }: { kpis: { metric: string; target: number | null; actual: number }[]; label: string }) {
  return (
    <ul class="kpis" aria-label={label}>
      {kpis.map((kpi) => (
        <li class={kpi.target !== null && kpi.actual < kpi.target ? 'below' : undefined} data-metric={kpi.metric}>
          {kpi.metric} {kpi.actual}
          {kpi.target === null ? '' : ` / ${kpi.target}`}
        </li>
      ))}
    </ul>
  );
}

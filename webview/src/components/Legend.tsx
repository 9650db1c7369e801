// The legend under the matrix: every status badge, the gap and ignored swatches, the keys.
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { STATUSES, statusClass } from '../../../server/src/core/view/matrixView';

export function Legend({ labels }: { labels: ViewLabels }) {
  return (
    <section id="legend" class="legend" aria-label={labels.legend}>
      <span class="legend-title">{labels.legend}</span>
      {STATUSES.map((status) => (
        <span class={`badge ${statusClass(status)}`}>{status}</span>
      ))}
      <span class="legend-item">
        <span class="swatch swatch-gap" /> {labels.gap}
      </span>
      <span class="legend-item">
        <span class="swatch swatch-ignored" /> {labels.ignoredLegend}
      </span>
      <span class="legend-keys">{labels.keys}</span>
    </section>
  );
}

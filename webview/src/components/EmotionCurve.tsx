// The emotion curve: per persona, how the customer feels (-2 … 2) across the phases, drawn in
// SVG with the theme's chart colours. A phase without an emotion (or outside the persona's
// stage) breaks the line; a moment of truth is a larger dot. Drawn only when the map has emotions.
import type { MatrixView } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import { curveRuns, emotionSeries } from '../../../server/src/core/mapViews';

/** Series colours are VS Code's chart colours (preview.css: .series-0 …), repeated after six personas. */
const COLOURS = 6;
const COLUMN = 110;
const ROW = 24;
const TOP = 14;
const LEFT = 96;

export function EmotionCurve({ model, labels }: { model: MatrixView; labels: ViewLabels }) {
  const series = emotionSeries(model);
  const width = LEFT + model.phases.length * COLUMN;
  const height = TOP + 4 * ROW + 30;
  const x = (column: number) => LEFT + column * COLUMN + COLUMN / 2;
  const level = (emotion: number) => TOP + (2 - emotion) * ROW;
  return (
    <section class="emotion-curve" aria-label={labels.map.curve}>
      <h2 class="section-title">{labels.map.curve}</h2>
      <svg role="img" aria-label={labels.map.curve} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {[2, 1, 0, -1, -2].map((emotion) => (
          <g class="level">
            <line x1={LEFT} x2={width} y1={level(emotion)} y2={level(emotion)} />
            <text x={LEFT - 6} y={level(emotion) + 4} text-anchor="end">
              {`${emotion > 0 ? '+' : ''}${emotion} ${labels.map.emotions[String(emotion)]}`}
            </text>
          </g>
        ))}
        {model.phases.map((phase, column) => (
          <text class="phase-label" x={x(column)} y={height - 8} text-anchor="middle">
            {phase.name}
          </text>
        ))}
        {series.map((line, row) => {
          // Personas who feel the same would hide each other's line: each is drawn a little apart.
          const apart = (row - (series.length - 1) / 2) * 3;
          const y = (emotion: number) => level(emotion) + apart;
          return (
            <g class={`series series-${row % COLOURS}`} data-persona={line.persona}>
              {curveRuns(line.points).map((run) => (
                <>
                  {run.length > 1 && <polyline fill="none" stroke-width="2" points={run.map((point) => `${x(point.column)},${y(point.emotion)}`).join(' ')} />}
                  {run.map((point) => (
                    <circle
                      cx={x(point.column)}
                      cy={y(point.emotion)}
                      r={point.momentOfTruth ? 7 : 4}
                      data-phase={model.phases[point.column].id}
                      data-emotion={String(point.emotion)}
                      data-moment-of-truth={point.momentOfTruth ? 'true' : undefined}
                    >
                      <title>{`${model.personas[row].name} × ${model.phases[point.column].name}: ${labels.map.emotions[String(point.emotion)]}${point.momentOfTruth ? ` · ${labels.map.momentOfTruth}` : ''}`}</title>
                    </circle>
                  ))}
                </>
              ))}
            </g>
          );
        })}
      </svg>
      <p class="curve-legend">
        {model.personas.map((persona, row) => (
          <span class="legend-item">
            <span class={`swatch swatch-line series-${row % COLOURS}`} /> {persona.name}
          </span>
        ))}
        <span class="legend-item">⬤ {labels.map.momentOfTruth}</span>
      </p>
    </section>
  );
}

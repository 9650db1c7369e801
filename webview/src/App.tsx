// The page: toolbar (title, file, coverage, export), the banner while the YAML is broken, the
// view switcher, the filters, the chosen view of the last readable matrix, and the legend.
import type { MatrixView } from '../../server/src/protocol/matrixView';
import type { FromWebview } from '../../server/src/protocol/webview';
import type { ViewLabels } from '../../server/src/core/view/labels';
import { coveragePercent } from '../../server/src/core/view/matrixView';
import { Banner } from './components/Banner';
import { FilterBar } from './components/FilterBar';
import { Legend } from './components/Legend';
import type { Filters } from './state';
import { VIEWS } from './views';

export interface AppState {
  doc: { uri: string; fileName: string; locked: boolean } | null;
  /** The latest matrix, and the last one without syntax errors (what is drawn). */
  current: MatrixView | null;
  lastGood: MatrixView | null;
  filters: Filters;
  compact: boolean | null;
  /** The chosen view's id (VIEWS); an unknown one shows the first. */
  view: string;
  /** The calendar's month, `YYYY-MM`; null: the one it opens on. */
  month: string | null;
  /** The first line of the piece the editor's cursor is in; null: none. */
  selectedLine: number | null;
  /** A persona's row to scroll to once it is drawn (the code lens's click), with a count so that the same one again scrolls again. */
  showPersona: { persona: string; seq: number } | null;
  /** The matrix drawn is a large plan's cells without their pieces, which follow: this many. */
  piecesToCome: number | null;
}

export interface AppActions {
  post(message: FromWebview): void;
  setFilters(filters: Filters): void;
  setCompact(compact: boolean): void;
  setView(view: string): void;
  setMonth(month: string | null): void;
}

export interface AppProps {
  state: AppState;
  labels: ViewLabels;
  actions: AppActions;
}

export function App({ state, labels, actions }: AppProps) {
  const { doc, current, lastGood: model } = state;
  const syntaxError = current?.syntaxErrors[0] ?? null;
  const view = VIEWS.find((v) => v.id === state.view) ?? VIEWS[0];
  const title = model?.title || doc?.fileName || labels.preview;
  return (
    <>
      <header class="toolbar">
        <div class="heading">
          <h1 id="plan-title">{title}</h1>
          <p id="plan-file" class="file">{doc ? `${doc.fileName}${doc.locked ? ` · ${labels.locked}` : ''}` : ''}</p>
        </div>
        <div id="coverage" class="coverage" hidden={!model}>
          {model && (
            <>
              <progress id="coverage-bar" max={Math.max(model.coverage.expected, 1)} value={model.coverage.filled} aria-labelledby="coverage-text" />
              <span id="coverage-text">
                {labels.coverage(model.coverage.filled, model.coverage.expected, coveragePercent(model.coverage), model.minPerCell)}
              </span>
            </>
          )}
        </div>
        <button type="button" id="export" class="button secondary" hidden={!doc} onClick={() => actions.post({ type: 'export' })}>
          {labels.exportButton}
        </button>
      </header>
      <Banner error={syntaxError} stale={!!model} labels={labels} />
      {model && (
        <nav class="views" aria-label={labels.views} role="tablist">
          {VIEWS.map((v) => (
            <button type="button" role="tab" class="view-tab" aria-selected={v === view} data-view={v.id} onClick={() => actions.setView(v.id)}>
              {v.label(labels)}
            </button>
          ))}
        </nav>
      )}
      {model && state.piecesToCome === null && <FilterBar model={model} filters={state.filters} labels={labels} onChange={actions.setFilters} />}
      <p id="placeholder" class="placeholder" hidden={!!model}>
        {syntaxError ? labels.unreadable : doc ? labels.waiting : labels.loading}
      </p>
      {/* Its plan, for the context menu's commands: VS Code merges an element's data-vscode-context with its ancestors'. */}
      <div id="matrix" class="matrix-host" data-vscode-context={doc ? JSON.stringify({ uri: doc.uri }) : undefined}>
        {/* Keyed by plan: another plan starts the view afresh (rows drawn, cells expanded, tab stop). */}
        {model && (view.needsPieces && state.piecesToCome !== null ? (
          <p class="placeholder">{labels.loading}</p>
        ) : (
          <view.View key={doc?.uri} model={model} stale={!!syntaxError} state={state} labels={labels} actions={actions} />
        ))}
      </div>
      {model && <Legend labels={labels} />}
      <p id="live" class="visually-hidden" aria-live="polite">
        {model ? labels.announce(model.coverage.filled, model.coverage.expected) : ''}
      </p>
    </>
  );
}

// The overview page: the plans (coverage, gaps, problems; a row opens its plan, its button the
// preview) and the personas × plans table. Plan text reaches the page as text, never as HTML.
import type { OverviewLabels } from '../../../server/src/core/view/overviewLabels';
import { personaRows, sortPlans } from '../../../server/src/core/view/overviewView';
import { coveragePercent } from '../../../server/src/core/view/matrixView';
import { OVERVIEW_SORTS, parseOverviewState, type FromOverview, type OverviewRow, type OverviewSort } from '../../../server/src/protocol/workspaceOverview';

export interface OverviewAppProps {
  /** null: nothing from the server yet. */
  plans: OverviewRow[] | null;
  sort: OverviewSort;
  labels: OverviewLabels;
  post(message: FromOverview): void;
  setSort(sort: OverviewSort): void;
}

export function OverviewApp({ plans, sort, labels, post, setSort }: OverviewAppProps) {
  return (
    <>
      <header class="toolbar">
        <div class="heading">
          <h1>{labels.title}</h1>
        </div>
        <label class="filter">
          <span class="filter-label">{labels.sortBy}</span>
          <select id="overview-sort" class="filter-select" value={sort} onChange={(event) => setSort(parseOverviewState({ sort: (event.currentTarget as HTMLSelectElement).value }).sort)}>
            {OVERVIEW_SORTS.map((key) => <option value={key}>{labels.sorts[key]}</option>)}
          </select>
        </label>
      </header>
      {plans === null ? (
        <p class="placeholder">{labels.waiting}</p>
      ) : plans.length === 0 ? (
        <p class="placeholder">{labels.none}</p>
      ) : (
        <Tables plans={sortPlans(plans, sort)} labels={labels} post={post} />
      )}
    </>
  );
}

function Tables({ plans, labels, post }: { plans: OverviewRow[]; labels: OverviewLabels; post(message: FromOverview): void }) {
  const open = (plan: OverviewRow) => post({ type: 'open', uri: plan.uri });
  return (
    <>
      <h2>{labels.plans}</h2>
      <table id="overview-plans" class="overview">
        <caption class="visually-hidden">{labels.plansCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.plan}</th>
            <th scope="col">{labels.coverage}</th>
            <th scope="col">{labels.gaps}</th>
            <th scope="col">{labels.problems}</th>
            <th scope="col"><span class="visually-hidden">{labels.preview}</span></th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr
              key={plan.uri}
              data-plan={plan.path}
              class="plan-row"
              tabIndex={0}
              aria-label={labels.open(plan.path)}
              onClick={() => open(plan)}
              onKeyDown={(event) => {
                if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
                event.preventDefault();
                open(plan);
              }}
            >
              <th scope="row" class="plan-name">
                <span class="plan-title">{plan.title || plan.path}</span>
                {plan.title && <span class="file">{plan.path}</span>}
              </th>
              <td class="plan-coverage" data-coverage={coveragePercent(plan.coverage)}>
                <progress max={Math.max(plan.coverage.expected, 1)} value={plan.coverage.filled} aria-hidden="true" />
                <span>{labels.cells(plan.coverage.filled, plan.coverage.expected, coveragePercent(plan.coverage))}</span>
              </td>
              <td class={plan.gaps > 0 ? 'plan-gaps has-gaps' : 'plan-gaps'}>{plan.gaps}</td>
              <td class={plan.errors > 0 ? 'plan-problems has-errors' : 'plan-problems'}>
                {plan.errors + plan.warnings === 0 ? labels.noProblems : labels.problemCounts(plan.errors, plan.warnings)}
              </td>
              <td>
                <button
                  type="button"
                  class="button secondary plan-preview"
                  title={labels.previewOf(plan.path)}
                  aria-label={labels.previewOf(plan.path)}
                  onClick={(event) => {
                    event.stopPropagation();
                    post({ type: 'preview', uri: plan.uri });
                  }}
                  onKeyDown={(event) => event.stopPropagation()}
                >
                  {labels.preview}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="file">{labels.keys}</p>
      <PersonaTable plans={plans} labels={labels} />
    </>
  );
}

function PersonaTable({ plans, labels }: { plans: OverviewRow[]; labels: OverviewLabels }) {
  const rows = personaRows(plans);
  if (rows.length === 0) return null;
  return (
    <>
      <h2>{labels.personas}</h2>
      <div class="overview-scroll">
        <table id="overview-personas" class="overview">
          <caption class="visually-hidden">{labels.personasCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.persona}</th>
              {plans.map((plan) => <th scope="col" data-plan={plan.path}>{plan.path}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-persona={row.id}>
                <th scope="row">
                  <code>{row.id}</code> <span class="file">{row.name}</span>
                </th>
                {row.plans.map((cell, i) =>
                  cell ? (
                    <td data-plan={plans[i].path} class={cell.gaps > 0 ? 'has-gaps' : undefined}>{labels.inPlan(cell.pieces, cell.gaps)}</td>
                  ) : (
                    <td data-plan={plans[i].path} class="absent"><span aria-hidden="true">–</span><span class="visually-hidden">{labels.absent}</span></td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

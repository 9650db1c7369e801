// The Actions view beside the matrix: the lessons learned in a 2 × 2 grid of short/long term ×
// low/high impact (quick wins, short and high, first). A click on an action goes to its line.
import { actionsByQuadrant, QUADRANTS, type Quadrant } from '../../../server/src/core/mapViews';
import type { ViewProps } from './index';

export function ActionsView({ model, labels, actions }: ViewProps) {
  const words = labels.map;
  if (model.actions.length === 0) return <p class="placeholder actions-empty">{words.actionsEmpty}</p>;
  const grid = actionsByQuadrant(model.actions);
  return (
    <div
      class="actions-grid"
      onClick={(event) => {
        const line = Number((event.target as HTMLElement).closest('[data-line]')?.getAttribute('data-line'));
        if (Number.isInteger(line) && line >= 1) actions.post({ type: 'reveal', line });
      }}
    >
      {QUADRANTS.map((quadrant: Quadrant) => {
        const [term, impact] = quadrant.split('-') as ['short' | 'long', 'low' | 'high'];
        return (
          <section class="quadrant" data-term={term} data-impact={impact} aria-label={`${words.impact[impact]} · ${words.term[term]}`}>
            <h3>
              {words.impact[impact]} · {words.term[term]}
            </h3>
            <ul>
              {grid[quadrant].map((action) => (
                <li data-line={String(action.line)}>
                  <button type="button" class="action-open" title={labels.goTo(action.line)}>
                    <span class="action-title">{action.title}</span>
                    {(action.owner || action.status) && <span class="piece-meta">{[action.owner, action.status].filter(Boolean).join(' · ')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

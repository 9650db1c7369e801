// The preview's views, in the switcher's order. A view is one component over the same matrix
// and page state, a file each (the next one: actions).
import type { FunctionComponent } from 'preact';
import type { MatrixView as Matrix } from '../../../server/src/protocol/matrixView';
import type { ViewLabels } from '../../../server/src/core/view/labels';
import type { AppActions, AppState } from '../App';
import { ActionsView } from './ActionsView';
import { CalendarView } from './CalendarView';
import { MatrixView } from './MatrixView';

export interface ViewProps {
  /** The last readable matrix. */
  model: Matrix;
  /** The YAML is broken: the matrix is an earlier version, and edits wait for a fix. */
  stale: boolean;
  state: AppState;
  labels: ViewLabels;
  actions: AppActions;
}

export interface ViewDefinition {
  id: string;
  label(labels: ViewLabels): string;
  View: FunctionComponent<ViewProps>;
  /** Drawn from the pieces: waits while a large plan's pieces follow its cells. */
  needsPieces?: true;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'matrix', label: (labels) => labels.matrixView, View: MatrixView },
  { id: 'actions', label: (labels) => labels.actionsView, View: ActionsView },
  { id: 'calendar', label: (labels) => labels.calendarView, View: CalendarView, needsPieces: true },
];

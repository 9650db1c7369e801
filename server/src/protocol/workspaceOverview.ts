// The workspace overview: what `journey/workspaceOverview` answers (one summary per plan of the
// workspace, open or not), the messages between the extension and the overview webview
// (webview/src/overview), and the state that webview keeps. Everything the webview sends, and
// everything it is sent, passes the checks here before it is used.
import type { PersonaSummary, PlanSummary } from '../core/workspaceOverview';
import type { OverviewSort } from '../core/view/overviewView';
import { isCount, isObject, isString, isText } from './text';

export const OVERVIEW_VIEW_TYPE = 'journey.workspaceOverview';
export type { OverviewSort, PersonaSummary, PlanSummary };
export const OVERVIEW_SORTS: readonly OverviewSort[] = ['path', 'coverage', 'gaps'];

/** One plan as the server knows it: its file and its summary. */
export interface OverviewPlan extends PlanSummary {
  uri: string;
}

/** `journey/workspaceOverview`: every plan in the workspace folders; the open ones as the editor has them. */
export interface WorkspaceOverviewResult {
  plans: OverviewPlan[];
}

/** A plan as the overview draws it: `path` is the workspace-relative path (forward slashes; with several folders, the folder's name first). */
export interface OverviewRow extends OverviewPlan {
  path: string;
}

/** Extension → overview webview: every plan, in no particular order (the page sorts). */
export interface OverviewUpdateMessage {
  type: 'overview';
  plans: OverviewRow[];
}

/** Overview webview → extension: open a plan, or its preview. */
export type FromOverview = { type: 'ready' } | { type: 'open'; uri: string } | { type: 'preview'; uri: string };

/** What the overview webview keeps through `setState`: how its plans are sorted. */
export interface OverviewState {
  sort: OverviewSort;
}


function isPersonaSummary(p: unknown): p is PersonaSummary {
  return isObject(p) && isString(p.id) && isString(p.name) && isCount(p.pieces) && isCount(p.gaps);
}

/** Is this one plan of a `journey/workspaceOverview` answer? */
export function isOverviewPlan(p: unknown): p is OverviewPlan {
  if (!isObject(p) || !isText(p.uri) || !isString(p.title) || !isCount(p.gaps) || !isCount(p.errors) || !isCount(p.warnings)) return false;
  const coverage = p.coverage;
  return isObject(coverage) && isCount(coverage.filled) && isCount(coverage.expected) && coverage.filled <= coverage.expected &&
    Array.isArray(p.personas) && p.personas.every(isPersonaSummary);
}

/** The plans of an overview update, or undefined when the message is not one (or malformed). */
export function parseOverviewUpdate(data: unknown): OverviewRow[] | undefined {
  if (!isObject(data) || data.type !== 'overview' || !Array.isArray(data.plans)) return undefined;
  return data.plans.every((p: unknown) => isOverviewPlan(p) && isText((p as { path?: unknown }).path)) ? (data.plans as OverviewRow[]) : undefined;
}

export function parseOverviewMessage(data: unknown): FromOverview | undefined {
  if (!isObject(data)) return undefined;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
    case 'preview':
      return isText(data.uri) ? { type: data.type, uri: data.uri } : undefined;
    default:
      return undefined;
  }
}

export function parseOverviewState(state: unknown): OverviewState {
  const sort = isObject(state) ? state.sort : undefined;
  return { sort: OVERVIEW_SORTS.includes(sort as OverviewSort) ? (sort as OverviewSort) : 'path' };
}

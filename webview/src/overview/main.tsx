// The workspace overview, run inside its webview: it keeps the plans the extension sends (each
// checked first; a malformed update is ignored) and draws them with Preact; opening a plan or
// its preview is posted back. The sort order survives hiding and reloads (`setState`).
import { render } from 'preact';
import { overviewLabels } from '../../../server/src/core/view/overviewLabels';
import { parseOverviewState, parseOverviewUpdate, type FromOverview, type OverviewRow, type OverviewSort, type OverviewState } from '../../../server/src/protocol/workspaceOverview';
import { OverviewApp } from './OverviewApp';

const vscode = acquireVsCodeApi<OverviewState>();
const labels = overviewLabels(document.documentElement.lang);
const root = document.getElementById('root') ?? document.body;

let plans: OverviewRow[] | null = null;
let sort: OverviewSort = parseOverviewState(vscode.getState()).sort;

function post(message: FromOverview): void {
  vscode.postMessage(message);
}

function setSort(next: OverviewSort): void {
  sort = next;
  vscode.setState({ sort });
  draw();
}

function draw(): void {
  render(<OverviewApp plans={plans} sort={sort} labels={labels} post={post} setSort={setSort} />, root);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const update = parseOverviewUpdate(event.data);
  if (!update) return;
  plans = update;
  draw();
});

root.replaceChildren();
draw();
post({ type: 'ready' });

// Across files: a persona or phase a base defines is seen by every plan that extends the base.
// Go to definition opens the base; references and rename reach the base and every plan in the
// workspace whose analysis takes the id from it (open ones as the editor has them, closed ones
// as last read from disk).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findPersona, findPhase, occurrencesOf, type Analysis, type Origin, type SymbolKind } from '../core';
import type { ServerContext } from './context';

export interface PlanView {
  uri: string;
  analysis: Analysis;
}

/** Where a base defines the id this plan uses; undefined when the plan defines it itself (or nobody does). */
export function originOf(analysis: Analysis, kind: SymbolKind, id: string): Origin | undefined {
  return (kind === 'persona' ? findPersona(analysis, id) : findPhase(analysis, id))?.origin;
}

/**
 * The plan that defines the id (`home`) and every plan that takes it from there, the home first,
 * then by path. Only the home's own occurrences count as definitions.
 */
export async function plansSeeing(ctx: ServerContext, home: string, kind: SymbolKind, id: string): Promise<PlanView[]> {
  const views: PlanView[] = [];
  const own = await viewOf(ctx, home);
  if (own) views.push(own);
  for (const path of ctx.plans.dependentsOf(home)) {
    const view = await viewOf(ctx, path);
    if (view && originOf(view.analysis, kind, id)?.path === home) views.push(view);
  }
  return views;
}

/** The path of a file: URI (others have no bases). */
export function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** The first place the id is written in the plan: where the core's rename starts. */
export function firstOccurrence(analysis: Analysis, kind: SymbolKind, id: string): number | undefined {
  return occurrencesOf(analysis, kind, id)[0]?.span.start;
}

async function viewOf(ctx: ServerContext, path: string): Promise<PlanView | undefined> {
  const open = ctx.plans.openDocument(path);
  if (open) {
    const analysis = await ctx.analysisOf(open.uri);
    return analysis && { uri: open.uri, analysis };
  }
  const disk = ctx.plans.diskPlan(path);
  return disk ? { uri: pathToFileURL(path).href, analysis: disk.analysis } : undefined;
}

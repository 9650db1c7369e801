// One fuzz case against the core: analyse the text, check the answer's invariants, then call every
// editor function of the core at random (and out-of-range) offsets, and make the edits the
// extension makes, checking each with the edit-preservation rules. Returns what went wrong.
import { analyze, foldingRanges, occurrences, outline, selectionSpans, symbolAt, toMatrixModel, type Analysis } from '../../server/src/core';
import { addPieceEdit, codeActionsFor, definePersonaEdit, expectNoContentEdit, prepareRename, renameEdits, type TextEdit } from '../../server/src/core/edits';
import { checkEdits, type EditGoal } from '../robustness/editChecks';
import type { Rng } from './mutate';

export interface Problem {
  /** crash: something threw; invariant: a wrong answer; edit: an edit broke the rules. */
  kind: 'crash' | 'invariant' | 'edit';
  what: string;
  detail: string;
}

type OffsetFn = (analysis: Analysis, offset: number, locale?: 'en' | 'nl') => unknown;

/** Completion and hover are optional here: other work adds them to the core; use them once they are there. */
const optional = (path: string, name: string): OffsetFn | undefined => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fn = (require(path) as Record<string, unknown>)[name];
    return typeof fn === 'function' ? (fn as OffsetFn) : undefined;
  } catch {
    return undefined;
  }
};
const complete = optional('../../server/src/core/completion', 'complete');
const hoverAt = optional('../../server/src/core/hover', 'hoverAt');

export function exerciseCore(text: string, rng: Rng, options: { edits: boolean } = { edits: true }): Problem[] {
  const problems: Problem[] = [];
  const guard = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      problems.push({ kind: 'crash', what, detail: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  };

  let analysis: Analysis | undefined;
  guard('analyze', () => {
    analysis = analyze(text, { locale: rng.chance(0.5) ? 'en' : 'nl' });
  });
  if (!analysis) return problems;
  const a = analysis;
  problems.push(...invariants(a));

  const offsets = [0, text.length, text.length + 7, -3, ...Array.from({ length: 4 }, () => rng.int(text.length + 1))];
  const locale = rng.chance(0.5) ? 'en' : 'nl';
  guard('toMatrixModel', () => JSON.stringify(toMatrixModel(a)));
  guard('outline', () => outline(a, locale));
  guard('foldingRanges', () => foldingRanges(a));
  guard('occurrences', () => occurrences(a));
  for (const offset of offsets) {
    guard(`symbolAt(${offset})`, () => symbolAt(a, offset));
    guard(`selectionSpans(${offset})`, () => selectionSpans(a, offset));
    guard(`prepareRename(${offset})`, () => prepareRename(a, offset, locale));
    if (complete) guard(`complete(${offset})`, () => complete(a, offset, locale));
    if (hoverAt) guard(`hoverAt(${offset})`, () => hoverAt(a, offset, locale));
  }

  // Edits: a few per case, each checked; the goals only where the plan parsed cleanly.
  const edits: { what: string; make: () => { edits: TextEdit[]; goal: EditGoal } | undefined }[] = [];
  for (const diagnostic of a.diagnostics.slice(0, 30)) {
    edits.push({
      what: `codeActionsFor(${diagnostic.code})`,
      make: () => {
        const actions = codeActionsFor(a, diagnostic, locale);
        if (actions.length === 0) return undefined;
        const action = rng.pick(actions);
        const replaced = text.slice(action.edit.span.start, action.edit.span.end);
        const goal: EditGoal = action.edit.span.start === action.edit.span.end ? { kind: 'insert' } : { kind: 'replace', old: replaced };
        return { edits: [action.edit], goal };
      },
    });
  }
  const personas = [...a.plan.personas.map((p) => p.id), '*', 'new-persona'];
  const phases = [...a.plan.phases.map((p) => p.id), '*', 'new-phase'];
  edits.push({
    what: 'addPieceEdit',
    make: () => {
      const [persona, phase] = [rng.pick(personas), rng.pick(phases)];
      return { edits: [addPieceEdit(a, persona, phase, locale)], goal: { kind: 'add-piece', persona, phase } };
    },
  });
  edits.push({
    what: 'expectNoContentEdit',
    make: () => {
      const [persona, phase] = [rng.pick(personas), rng.pick(phases)];
      return { edits: [expectNoContentEdit(a, persona, phase)], goal: { kind: 'ignore', persona, phase } };
    },
  });
  edits.push({
    what: 'definePersonaEdit',
    make: () => {
      const persona = rng.pick(['new-persona', 'x', 'Ann: CEO #1', '🚀', 'true', '1']);
      if (a.plan.personas.some((p) => p.id === persona)) return undefined;
      return { edits: [definePersonaEdit(a, persona)], goal: { kind: 'define-persona', persona } };
    },
  });
  edits.push({
    what: 'renameEdits',
    make: () => {
      const found = occurrences(a);
      const symbol = found.length > 0 ? rng.pick(found) : undefined;
      const offset = symbol ? symbol.span.start + rng.int(symbol.span.end - symbol.span.start + 1) : rng.int(text.length + 1);
      const check = prepareRename(a, offset, locale);
      const id = rng.pick(['renamed-id', 'x2', 'é-id']);
      const result = renameEdits(a, offset, id, locale);
      if (!check.ok || !result.ok || result.edits.length === 0) return undefined;
      return { edits: result.edits, goal: { kind: 'rename', symbol: check.kind, old: check.placeholder, id } };
    },
  });

  const chosen = options.edits ? edits.filter(() => rng.chance(0.3)).slice(0, 3) : [];
  for (const { what, make } of chosen) {
    guard(what, () => {
      const made = make();
      if (!made) return;
      const wrong = checkEdits(a, made.edits, made.goal, { locale });
      if (wrong) problems.push({ kind: 'edit', what, detail: wrong });
    });
  }
  return problems;
}

/** What every analysis must satisfy, whatever the input. */
export function invariants(a: Analysis): Problem[] {
  const problems: Problem[] = [];
  const bad = (detail: string): void => void problems.push({ kind: 'invariant', what: 'analyze', detail });
  if (!Array.isArray(a.diagnostics)) bad('no diagnostics array');
  for (const d of a.diagnostics) {
    if (d.code === 'analysis-failed') bad(`analysis-failed: ${d.message}`);
    if (!(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= a.text.length)) bad(`${d.code} span ${d.span.start}..${d.span.end} outside 0..${a.text.length}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') bad(`${d.code} has no message`);
    const { start, end } = d.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) bad(`${d.code} range ends before it starts`);
  }
  // Never an empty answer for a plan that is not one: no diagnostics means a plan with personas, parsed cleanly.
  if (a.diagnostics.length === 0 && a.plan.personas.length === 0) bad('no diagnostics, yet no personas');
  return problems;
}

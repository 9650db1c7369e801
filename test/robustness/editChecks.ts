// What every edit the extension makes must satisfy, checked the same way by the edit-preservation
// tests and by the fuzzer:
// - an insertion replaces nothing; a replacement replaces exactly the token it names, never a line
//   break or a comment — so the text outside the edit stays byte for byte the same;
// - edits stay inside the text and do not overlap;
// - the result parses with no new YAML syntax errors (when the plan had none);
// - the edit does what it says (the cell gains a piece, the cell is ignored, the persona exists, …).
import { isMap, isScalar, parseDocument } from 'yaml';
import { analyze, occurrences, type Analysis, type AnalysisOptions } from '../../server/src/core';
import { addPieceEdit, applyEdits, codeActionsFor, definePersonaEdit, expectNoContentEdit, isNoEdit, prepareRename, renameEdits, type TextEdit } from '../../server/src/core/edits';
import { cellAt } from '../../server/src/core/matrix';

export type EditGoal =
  | { kind: 'insert' }
  | { kind: 'replace'; old: string }
  | { kind: 'add-piece'; persona: string; phase: string }
  | { kind: 'ignore'; persona: string; phase: string }
  | { kind: 'define-persona'; persona: string }
  | { kind: 'rename'; symbol: 'persona' | 'phase'; old: string; id: string };

/** Checks one edit (or one rename's edits); returns what is wrong, or undefined. */
export function checkEdits(before: Analysis, edits: TextEdit[], goal: EditGoal, options: AnalysisOptions = {}): string | undefined {
  const text = before.text;
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let end = 0;
  for (const edit of sorted) {
    const { start, end: stop } = edit.span;
    if (!(Number.isInteger(start) && Number.isInteger(stop) && 0 <= start && start <= stop && stop <= text.length)) return `span ${start}..${stop} outside the text (${text.length})`;
    if (start < end) return `edits overlap at ${start}`;
    end = stop;
    const replaced = text.slice(start, stop);
    const expectsInsert = goal.kind !== 'replace' && goal.kind !== 'rename';
    if (expectsInsert && replaced !== '') return `an insertion replaces ${JSON.stringify(replaced)}`;
    if (!expectsInsert) {
      const old = goal.kind === 'replace' || goal.kind === 'rename' ? goal.old : '';
      if (replaced !== old) return `replaces ${JSON.stringify(replaced)}, not ${JSON.stringify(old)}`;
      // A `#` after a space starts a comment; inside a word it is text (`a#1` is a valid id).
      if (/[\r\n]|(^|[ \t])#/.test(replaced)) return `replaces a line break or comment: ${JSON.stringify(replaced)}`;
    }
  }
  // No edit at all (a place nothing can be added to): nothing lost, nothing more to check.
  if (edits.every(isNoEdit)) return undefined;
  const result = applyEdits(text, edits);
  // Byte for byte outside the edits: walk the result against the original.
  let at = 0;
  let cursor = 0;
  for (const edit of sorted) {
    const kept = text.slice(cursor, edit.span.start);
    if (result.slice(at, at + kept.length) !== kept) return `text before offset ${edit.span.start} changed`;
    at += kept.length + edit.newText.length;
    cursor = edit.span.end;
  }
  if (result.slice(at) !== text.slice(cursor)) return 'text after the last edit changed';

  // A root that is not a mapping (a list, a sentence) has nowhere to put a key: edits there promise nothing more.
  if (!hasMappingRoot(before)) return undefined;
  const after = analyze(result, options);
  const syntaxBefore = before.diagnostics.filter((d) => d.code === 'yaml-syntax').length;
  const syntaxAfter = after.diagnostics.filter((d) => d.code === 'yaml-syntax');
  if (syntaxBefore === 0 && syntaxAfter.length > 0) return `the result has a YAML error: ${syntaxAfter[0].message}\n--- result ---\n${result}`;
  if (syntaxBefore > 0) return undefined; // a broken plan: only "nothing lost" can be promised
  return goalMissed(before, after, goal, result);
}

/** A plan whose root is a mapping, or nothing yet (an empty file), with real line breaks: the kind edits can add to. */
function hasMappingRoot(analysis: Analysis): boolean {
  // The YAML parser does not read a lone CR (old Mac line breaks) as a line break: such text has no lines to add to.
  if (/\r(?!\n)/.test(analysis.text)) return false;
  // Directives with no document after them (`%YAML 1.2` alone) would need a `---` first: not a case edits cover.
  if (/^%/m.test(analysis.text) && !/^---/m.test(analysis.text)) return false;
  const root = parseDocument(analysis.text).contents;
  if (root === null || isMap(root)) return true;
  // Only comments parse as an empty scalar.
  return isScalar(root) && root.value === null && analysis.text.slice(root.range?.[0] ?? 0, root.range?.[1] ?? 0).trim() === '';
}

function goalMissed(before: Analysis, after: Analysis, goal: EditGoal, result: string): string | undefined {
  const show = `\n--- result ---\n${result}`;
  switch (goal.kind) {
    case 'add-piece': {
      const was = cellAt(before.matrix, goal.persona, goal.phase)?.count ?? 0;
      const now = cellAt(after.matrix, goal.persona, goal.phase)?.count ?? 0;
      // Only a plan that has the cell (and a readable content list) can gain a piece in it.
      if (cellAt(before.matrix, goal.persona, goal.phase) && before.plan.pieces.length + 1 !== after.plan.pieces.length) return `content has ${after.plan.pieces.length} pieces, expected ${before.plan.pieces.length + 1}${show}`;
      if (cellAt(before.matrix, goal.persona, goal.phase) && now !== was + 1) return `cell ${goal.persona} × ${goal.phase} has ${now} pieces, expected ${was + 1}${show}`;
      return undefined;
    }
    case 'ignore': {
      if (after.plan.rules.ignore.length !== before.plan.rules.ignore.length + 1) return `rules.ignore has ${after.plan.rules.ignore.length} rules, expected ${before.plan.rules.ignore.length + 1}${show}`;
      const cell = cellAt(after.matrix, goal.persona, goal.phase);
      if (cellAt(before.matrix, goal.persona, goal.phase) && !cell?.ignored) return `cell ${goal.persona} × ${goal.phase} is not ignored${show}`;
      return undefined;
    }
    case 'define-persona':
      if (!after.plan.personas.some((p) => p.id === goal.persona)) return `persona ${goal.persona} is not defined${show}`;
      if (after.plan.personas.length !== before.plan.personas.length + 1) return `${after.plan.personas.length} personas, expected ${before.plan.personas.length + 1}${show}`;
      return undefined;
    case 'rename': {
      // With an id defined twice only the definition that counts is renamed; the duplicate then stands alone.
      if (before.diagnostics.some((d) => d.code === 'duplicate-id')) return undefined;
      // Everything else stays as it was: the same findings by code, the id swapped.
      const codes = (a: Analysis): string => a.diagnostics.map((d) => d.code).sort().join(',');
      if (codes(before) !== codes(after)) return `diagnostics changed: ${codes(before)} → ${codes(after)}${show}`;
      const ids = (a: Analysis): string[] => (goal.symbol === 'persona' ? a.plan.personas : a.plan.phases).map((p) => p.id);
      const expected = ids(before).map((id) => (id === goal.old ? goal.id : id)).join(',');
      if (ids(after).join(',') !== expected) return `${goal.symbol} ids ${ids(after).join(',')}, expected ${expected}${show}`;
      return undefined;
    }
    default:
      return undefined;
  }
}

export interface PlannedEdit {
  what: string;
  edits: TextEdit[];
  goal: EditGoal;
}

/**
 * Every edit the extension can make on this plan: each quick fix of each diagnostic, "add a piece"
 * and "expect no content" for every cell (and `*`), "define persona", and a rename of every id.
 */
export function allEdits(analysis: Analysis, locale: 'en' | 'nl' = 'en'): PlannedEdit[] {
  const { plan, text } = analysis;
  const planned: PlannedEdit[] = [];
  for (const diagnostic of analysis.diagnostics) {
    for (const action of codeActionsFor(analysis, diagnostic, locale)) {
      const { span } = action.edit;
      const goal: EditGoal = span.start === span.end ? { kind: 'insert' } : { kind: 'replace', old: text.slice(span.start, span.end) };
      planned.push({ what: `${diagnostic.code}: ${action.title}`, edits: [action.edit], goal });
    }
  }
  const personas = [...plan.personas.map((p) => p.id), '*'];
  const phases = [...plan.phases.map((p) => p.id), '*'];
  for (const persona of personas) {
    for (const phase of phases) {
      planned.push({ what: `add piece ${persona} × ${phase}`, edits: [addPieceEdit(analysis, persona, phase, locale)], goal: { kind: 'add-piece', persona, phase } });
      planned.push({ what: `expect no content ${persona} × ${phase}`, edits: [expectNoContentEdit(analysis, persona, phase)], goal: { kind: 'ignore', persona, phase } });
    }
  }
  for (const persona of ['new-persona', 'Ann: CEO #1', '🚀']) {
    if (!plan.personas.some((p) => p.id === persona)) planned.push({ what: `define persona ${persona}`, edits: [definePersonaEdit(analysis, persona)], goal: { kind: 'define-persona', persona } });
  }
  for (const occurrence of occurrences(analysis).filter((o) => o.isDefinition)) {
    const check = prepareRename(analysis, occurrence.span.start, locale);
    const result = renameEdits(analysis, occurrence.span.start, 'renamed-id', locale);
    if (check.ok && result.ok) planned.push({ what: `rename ${check.kind} ${check.placeholder}`, edits: result.edits, goal: { kind: 'rename', symbol: check.kind, old: check.placeholder, id: 'renamed-id' } });
  }
  return planned;
}

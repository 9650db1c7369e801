// The edits the extension makes to a plan: add a content piece to a cell, expect no content in a
// cell (an ignore rule), define a persona. Each is one minimal text edit (see appendToList.ts).
import type { Analysis } from '../analyze';
import { WILDCARD } from '../fields';
import type { Locale } from '../messages';
import { findPersona, findPhase } from '../symbols';
import { afterLastEntry, appendToList, endOfText, flowSeparator, rootIndent } from './appendToList';
import { noEdit, yamlScalar, type TextEdit } from './textEdit';

const PLACEHOLDER: Record<Locale, (persona: string, phase: string) => string> = {
  en: (persona, phase) => `New piece for ${persona} in ${phase}`,
  nl: (persona, phase) => `Nieuw stuk voor ${persona} in ${phase}`,
};

/** Appends a stub piece (status idea, a placeholder title) for a cell to `content`, creating the list if needed. */
export function addPieceEdit(analysis: Analysis, personaId: string, phaseId: string, locale: Locale = 'en'): TextEdit {
  const personaName = personaId === WILDCARD ? '*' : findPersona(analysis, personaId)?.name ?? personaId;
  const phaseName = phaseId === WILDCARD ? '*' : findPhase(analysis, phaseId)?.name ?? phaseId;
  const title = yamlScalar(PLACEHOLDER[locale](personaName, phaseName));
  const persona = yamlScalar(personaId);
  const phase = yamlScalar(phaseId);
  const { plan } = analysis;
  return appendToList(
    analysis,
    { field: plan.sections.content, items: plan.pieces.map((piece) => piece.span), whenAbsent: { offset: endOfText(analysis), keyIndent: rootIndent(analysis), key: 'content' } },
    {
      block: [`title: ${title}`, `persona: ${persona}`, `phase: ${phase}`, 'status: idea'],
      flow: `{ title: ${title}, persona: ${persona}, phase: ${phase}, status: idea }`,
    },
  );
}

/** Adds `{ persona, phase }` to `rules.ignore` (either may be `*`), creating `rules` or `ignore` if needed. */
export function expectNoContentEdit(analysis: Analysis, personaId: string, phaseId: string): TextEdit {
  const { plan, lines, text } = analysis;
  const rule = `{ persona: ${yamlScalar(personaId)}, phase: ${yamlScalar(phaseId)} }`;
  const item = { block: [rule], flow: rule };
  const rules = plan.sections.rules;
  const ignore = plan.rules.fields.ignore;
  if (!rules) {
    return appendToList(analysis, { items: [], whenAbsent: { offset: endOfText(analysis), keyIndent: rootIndent(analysis), key: 'ignore', prefix: ['rules'] } }, item);
  }
  if (ignore) {
    return appendToList(analysis, { field: ignore, items: plan.rules.ignore.filter((r) => !r.fromBase).map((r) => r.span), whenAbsent: { offset: ignore.value.end, keyIndent: 0, key: 'ignore' } }, item);
  }
  const value = text.slice(rules.value.start, rules.value.end);
  if (value.startsWith('{')) {
    // `rules: { min-per-cell: 2 }`: stay in flow style (an unclosed mapping cannot take a key).
    const close = text.lastIndexOf('}', rules.value.end - 1);
    if (close < rules.value.start) return noEdit(rules.value.end);
    const at = afterLastEntry(text, close);
    const empty = text.charAt(at - 1) === '{';
    return { span: { start: at, end: at }, newText: `${flowSeparator(text, at, ' ')}ignore: [${rule}]${empty ? ' ' : ''}` };
  }
  // Only a block mapping (which starts below its key) or nothing at all can take an `ignore:` line.
  const below = lines.position(rules.value.start).line > lines.position(rules.key.start).line;
  if (value.trim() !== '' && !(below && Object.keys(plan.rules.fields).length > 0)) return noEdit(rules.value.end);
  // `rules:` has other keys but no `ignore`: add it after the last of them, at their indentation.
  const fields = Object.values(plan.rules.fields);
  const keyIndent = fields.length > 0 ? lines.position(fields[0].key.start).character : lines.position(rules.key.start).character + 2;
  const lastEnd = fields.reduce((end, field) => Math.max(end, field.value.end), rules.value.end);
  const at = fields.length > 0 ? lines.lineEnd(lines.position(lastEnd).line) : lines.lineEnd(lines.position(rules.key.start).line);
  return appendToList(analysis, { items: [], whenAbsent: { offset: at, keyIndent, key: 'ignore' } }, item);
}

/** Adds a persona with this id (and a readable name) to `personas`. */
export function definePersonaEdit(analysis: Analysis, personaId: string): TextEdit {
  const { plan } = analysis;
  const name = personaId.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return appendToList(
    analysis,
    { field: plan.sections.personas, items: plan.personas.filter((persona) => !persona.origin).map((persona) => persona.span), whenAbsent: { offset: endOfText(analysis), keyIndent: rootIndent(analysis), key: 'personas' } },
    { block: [`id: ${yamlScalar(personaId)}`, `name: ${yamlScalar(name)}`], flow: `{ id: ${yamlScalar(personaId)}, name: ${yamlScalar(name)} }` },
  );
}

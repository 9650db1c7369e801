// Value completion: built-in models, persona and phase ids, statuses, stages, content types,
// and the channels and owners the file already uses.
import type { Analysis } from '../analyze';
import { contentTypesFor, phaseKindName } from '../contentTypes';
import { WILDCARD } from '../fields';
import { KNOWN_PHASES, PHASE_MODELS, STAGES } from '../phaseModels';
import { ACTION_IMPACTS, ACTION_TERMS, MAX_EMOTION, MIN_EMOTION, PERSONA_STAGES, PIECE_STATUSES, type Piece } from '../plan';
import type { ValueContext } from './context';
import { flowItems } from './flow';
import { unquote } from './lines';
import { order, yamlScalar, type CompletionItem, type CompletionKind } from './item';
import { labels } from './labels';
import type { CompletionEnv } from './snippets';

interface Candidate {
  value: string;
  kind: CompletionKind;
  detail?: string;
  documentation?: string;
  /** Sort group: lower groups come first; within a group the candidates keep their order. */
  group?: string;
  /** Inserted as it is: `-1` is a number to YAML, not text to quote. */
  raw?: boolean;
}

/** Free-text values may contain spaces: a completion replaces the whole value, not one word. */
const FREE_TEXT = new Set(['piece.type', 'piece.channel', 'piece.owner', 'action.owner']);

export function valueItems(ctx: ValueContext, analysis: Analysis, offset: number, env: CompletionEnv): CompletionItem[] {
  const partKey = `${ctx.part}.${ctx.key}`;
  const candidates = candidatesFor(partKey, ctx, analysis, offset, env).filter((c) => !ctx.written.includes(c.value));
  const freeText = FREE_TEXT.has(partKey) && ctx.form === 'scalar';
  const replace = freeText ? ctx.valueSpan : ctx.replace;
  const typed = analysis.text.slice(replace.start, offset);
  const quote = /^["']/.test(typed) ? typed[0] : '';
  return candidates.map((candidate, index) => {
    const written = candidate.raw ? candidate.value : yamlScalar(candidate.value);
    const insertText = (ctx.needsSpace ? ' ' : '') + (ctx.form === 'dash' ? `- ${written}` : written);
    return {
      label: written,
      kind: candidate.kind,
      detail: candidate.detail,
      documentation: candidate.documentation,
      insertText,
      isSnippet: false,
      replace,
      sortText: order(index, candidate.group ?? '1'),
      // The editor matches what was typed against this: `"` or `*` alike find `"*"`.
      filterText: quote ? (written.startsWith(quote) ? written : quote + candidate.value) : candidate.value,
    };
  });
}

function candidatesFor(partKey: string, ctx: ValueContext, analysis: Analysis, offset: number, env: CompletionEnv): Candidate[] {
  const { locale, known } = env;
  const text = labels(locale);
  // "*" means every one: it fits alone, not next to ids already listed.
  const wildcard = ctx.form === 'scalar' || ctx.written.length === 0;
  switch (partKey) {
    case 'top.model':
      return PHASE_MODELS.map((model) => ({
        value: model.id,
        kind: 'model',
        detail: model.name,
        documentation: `${model.description[locale]}\n\n**${text.phases}:**\n\n${model.phases
          .map((id, i) => `${i + 1}. ${KNOWN_PHASES[id].name[locale]} (\`${id}\`) — ${KNOWN_PHASES[id].stage}`)
          .join('\n')}`,
      }));
    case 'top.extends':
      return (typeof env.planFiles === 'function' ? env.planFiles() : env.planFiles).map((path) => ({ value: path, kind: 'value' as const }));
    case 'piece.persona':
    case 'ignore.persona':
    case 'map.persona':
    case 'action.persona':
      return [
        ...(wildcard ? [{ value: WILDCARD, kind: 'value' as const, detail: text.everyPersona, group: '2' }] : []),
        ...known.personas.map((persona) => ({ value: persona.id, kind: 'persona' as const, detail: persona.name, documentation: persona.description })),
      ];
    case 'piece.phase':
    case 'ignore.phase':
    case 'map.phase':
    case 'action.phase':
      return [
        ...known.phases.map((phase) => ({
          value: phase.id,
          kind: 'phase' as const,
          detail: `${phase.name} · ${phase.stage}`,
          documentation: [phase.description, `*${text.stage[phase.stage]}*`].filter(Boolean).join('\n\n'),
        })),
        ...(wildcard && partKey !== 'piece.phase' ? [{ value: WILDCARD, kind: 'value' as const, detail: text.everyPhase, group: '2' }] : []),
      ];
    case 'piece.status':
    case 'action.status':
      return PIECE_STATUSES.map((status) => ({ value: status, kind: 'enum', documentation: text.status[status] }));
    case 'phase.stage':
      return STAGES.map((stage) => ({ value: stage, kind: 'enum', detail: text.stage[stage] }));
    case 'persona.stage':
      return PERSONA_STAGES.map((stage) => ({ value: stage, kind: 'enum', detail: text.personaStage[stage] }));
    case 'action.term':
      return ACTION_TERMS.map((term) => ({ value: term, kind: 'enum', detail: text.term[term] }));
    case 'action.impact':
      return ACTION_IMPACTS.map((impact) => ({ value: impact, kind: 'enum', detail: text.impact[impact] }));
    case 'map.emotion': {
      const scale: string[] = [];
      for (let emotion = MAX_EMOTION; emotion >= MIN_EMOTION; emotion--) scale.push(String(emotion));
      return scale.map((value) => ({ value, kind: 'enum', detail: text.emotion[value], raw: true }));
    }
    case 'map.moment-of-truth':
      return (['true', 'false'] as const).map((value) => ({ value, kind: 'enum', detail: text.momentOfTruth[value] }));
    case 'piece.type':
      return contentTypesFor(phasesOfPiece(ctx, analysis, offset)).map(({ type, typical }) => ({
        value: type.id,
        kind: 'contentType',
        detail: text.typicalFor(phaseKindName(type.kind, locale)),
        group: typical ? '0' : '1',
      }));
    case 'piece.channel':
    case 'piece.owner':
    case 'action.owner':
      return usedValues(analysis.plan.pieces, ctx.key as 'channel' | 'owner', offset, unquote(analysis.text.slice(ctx.valueSpan.start, ctx.valueSpan.end))).map(([value, count]) => ({ value, kind: 'value', detail: text.usedTimes(count) }));
    default:
      return [];
  }
}

/** The phase ids of the piece being edited: from the parsed piece, else from its `phase:` line. */
function phasesOfPiece(ctx: ValueContext, analysis: Analysis, offset: number): string[] {
  const piece = analysis.plan.pieces.find((p) => p.span.start <= offset && offset <= p.span.end);
  if (piece && piece.phases.length > 0) return piece.phases.map((ref) => ref.value);
  const written = ctx.siblings.find((sibling) => sibling.key === 'phase')?.value ?? '';
  return written.startsWith('[') ? flowItems(written) : written ? [written.replace(/^["']|["']$/g, '')] : [];
}

/** Values of a field across the pieces, most used first (ties: first written first), leaving out the one being typed. */
function usedValues(pieces: readonly Piece[], field: 'channel' | 'owner', offset: number, typing: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const piece of pieces) {
    const value = piece[field];
    // The piece being edited holds the half-typed value: it is no suggestion.
    if (!value || (value === typing && piece.span.start <= offset && offset <= piece.span.end)) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

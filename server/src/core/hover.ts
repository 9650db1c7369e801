// Hover: what a persona or phase id, a `model:` value or a `type:` value means in this plan,
// as markdown. A persona or phase named in a piece also says how full that piece's cells are.
import type { Analysis } from './analyze';
import { findContentType, phaseKindName, typicalPhases } from './contentTypes';
import { WILDCARD } from './fields';
import type { Span } from './lineIndex';
import { pieceFields } from './pieceFields';
import { cellAt, type Cell } from './matrix';
import type { Locale } from './messages';
import { findModel, KNOWN_PHASES } from './phaseModels';
import type { Origin, Persona, Phase, Piece } from './plan';
import { findPersona, findPhase, symbolAt, type SymbolOccurrence } from './symbols';
import { labels } from './completion/labels';
import { counted } from './plural';

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  /** The hovered word. */
  span: Span;
}

interface HoverLabels {
  persona: string;
  phase: string;
  pieces(count: number): string;
  servedBy(count: number): string;
  cell(count: number, min: number): string;
  gap: string;
  ignored: string;
  outsideStage: string;
  momentOfTruth: string;
  undefinedPersona: string;
  undefinedPhase: string;
  modelReplaced: string;
  typicalFor(kind: string): string;
  inThisPlan: string;
  notInThisPlan: string;
  definedIn(file: string, line: number): string;
  base: string;
  fromBase: string;
}

const en: HoverLabels = {
  persona: 'persona',
  phase: 'phase',
  pieces: (n) => counted(n, 'piece', 'pieces'),
  servedBy: (n) => (n === 0 ? 'No content serves it yet.' : `Served by ${en.pieces(n)}.`),
  cell: (n, min) => `${en.pieces(n)} (min ${min})`,
  gap: 'gap',
  ignored: 'no content expected',
  outsideStage: "outside the persona's stage: no content expected",
  momentOfTruth: 'moment of truth',
  undefinedPersona: 'Not defined under `personas:`.',
  undefinedPhase: "Not one of this plan's phases.",
  modelReplaced: "This plan's own `phases:` replace the model's.",
  typicalFor: (kind) => `Typical for ${kind}.`,
  inThisPlan: 'In this plan:',
  notInThisPlan: 'No phase of this plan is of that kind.',
  definedIn: (file, line) => `Defined in \`${file}\`, line ${line}.`,
  base: 'base',
  fromBase: 'This plan takes from it:',
};

const nl: HoverLabels = {
  persona: 'persona',
  phase: 'fase',
  pieces: (n) => counted(n, 'stuk', 'stukken'),
  servedBy: (n) => (n === 0 ? 'Nog geen content.' : `Content: ${nl.pieces(n)}.`),
  cell: (n, min) => `${nl.pieces(n)} (min. ${min})`,
  gap: 'gat',
  ignored: 'geen content nodig',
  outsideStage: 'buiten het traject van de persona: geen content nodig',
  momentOfTruth: 'moment of truth',
  undefinedPersona: 'Staat niet onder `personas:`.',
  undefinedPhase: 'Geen fase van dit plan.',
  modelReplaced: 'De eigen `phases:` van dit plan vervangen die van het model.',
  typicalFor: (kind) => `Typisch voor ${kind}.`,
  inThisPlan: 'In dit plan:',
  notInThisPlan: 'Geen fase van dit plan is van die soort.',
  definedIn: (file, line) => `Gedefinieerd in \`${file}\`, regel ${line}.`,
  base: 'basis',
  fromBase: 'Dit plan neemt eruit over:',
};

const HOVER_LABELS: Record<Locale, HoverLabels> = { en, nl };

export function hoverAt(analysis: Analysis, offset: number, locale: Locale = 'en'): HoverResult | undefined {
  const symbol = symbolAt(analysis, offset);
  if (symbol) return { markdown: symbol.kind === 'persona' ? personaHover(analysis, symbol, locale) : phaseHover(analysis, symbol, locale), span: symbol.span };
  const { plan } = analysis;
  const base = plan.extends.find((ref) => contains(ref.span, offset));
  if (base) return { markdown: baseHover(analysis, base.span, base.value, locale), span: base.span };
  if (plan.modelRef && contains(plan.modelRef.span, offset)) {
    const markdown = modelHover(plan.modelRef.value, plan.model === 'custom', locale);
    return markdown ? { markdown, span: plan.modelRef.span } : undefined;
  }
  const piece = plan.pieces.find((candidate) => contains(candidate.span, offset));
  const span = piece && pieceFields(analysis.text, piece).get('type')?.value;
  if (piece?.type && span && contains(span, offset)) {
    const markdown = typeHover(analysis, piece.type, locale);
    return markdown ? { markdown, span } : undefined;
  }
  return undefined;
}

function personaHover(analysis: Analysis, symbol: SymbolOccurrence, locale: Locale): string {
  const text = HOVER_LABELS[locale];
  const persona = findPersona(analysis, symbol.id);
  if (!persona) return `**${symbol.id}** · ${text.persona}\n\n${text.undefinedPersona}`;
  const cells = analysis.matrix.cells.filter((cell) => cell.persona.id === persona.id);
  const stage = persona.stage === 'both' ? '' : ` · ${labels(locale).personaStage[persona.stage]}`;
  const parts = [`**${persona.name}** · ${text.persona} \`${persona.id}\`${stage}`];
  if (persona.description) parts.push(persona.description);
  if (persona.origin) parts.push(definedIn(persona.origin, locale));
  parts.push(text.servedBy(servingPieces(cells)));
  const piece = pieceOf(analysis, symbol);
  if (piece) parts.push(cellLines(analysis, [persona], phasesOf(analysis, piece), locale));
  return parts.join('\n\n');
}

function phaseHover(analysis: Analysis, symbol: SymbolOccurrence, locale: Locale): string {
  const text = HOVER_LABELS[locale];
  const phase = findPhase(analysis, symbol.id);
  if (!phase) return `**${symbol.id}** · ${text.phase}\n\n${text.undefinedPhase}`;
  const cells = analysis.matrix.cells.filter((cell) => cell.phase.id === phase.id);
  const parts = [`**${phase.name}** · ${text.phase} \`${phase.id}\` · ${labels(locale).stage[phase.stage]}`];
  if (phase.description) parts.push(phase.description);
  if (phase.origin) parts.push(definedIn(phase.origin, locale));
  parts.push(text.servedBy(servingPieces(cells)));
  const piece = pieceOf(analysis, symbol);
  if (piece) parts.push(cellLines(analysis, personasOf(analysis, piece), [phase], locale));
  return parts.join('\n\n');
}

/** One line per cell: "Ivo, IT-manager × Awareness: 2 pieces (min 1)". */
function cellLines(analysis: Analysis, personas: Persona[], phases: Phase[], locale: Locale): string {
  const text = HOVER_LABELS[locale];
  const lines: string[] = [];
  for (const persona of personas) {
    for (const phase of phases) {
      const cell = cellAt(analysis.matrix, persona.id, phase.id);
      if (!cell) continue;
      const state = cell.ignoredBy === 'stage' ? ` — ${text.outsideStage}` : cell.ignored ? ` — ${text.ignored}` : cell.gap ? ` — **${text.gap}**` : '';
      const moment = cell.map.momentOfTruth ? ` · ${text.momentOfTruth}` : '';
      lines.push(`- ${persona.name} × ${phase.name}: ${text.cell(cell.count, analysis.matrix.minPerCell)}${moment}${state}`);
    }
  }
  return lines.join('\n');
}

/** Distinct pieces that fill any of the cells (retired ones fill none). */
function servingPieces(cells: Cell[]): number {
  const pieces = new Set<Piece>();
  for (const cell of cells) for (const piece of cell.pieces) if (piece.status !== 'retired') pieces.add(piece);
  return pieces.size;
}

function pieceOf(analysis: Analysis, symbol: SymbolOccurrence): Piece | undefined {
  return symbol.pieceIndex === undefined ? undefined : analysis.plan.pieces.find((piece) => piece.index === symbol.pieceIndex);
}

function personasOf(analysis: Analysis, piece: Piece): Persona[] {
  if (piece.personas.some((ref) => ref.value === WILDCARD)) return analysis.plan.personas;
  return analysis.plan.personas.filter((persona) => piece.personas.some((ref) => ref.value === persona.id));
}

function phasesOf(analysis: Analysis, piece: Piece): Phase[] {
  if (piece.phases.some((ref) => ref.value === WILDCARD)) return analysis.plan.phases;
  return analysis.plan.phases.filter((phase) => piece.phases.some((ref) => ref.value === phase.id));
}

function modelHover(id: string, replaced: boolean, locale: Locale): string | undefined {
  const model = findModel(id);
  if (!model) return undefined;
  const phases = model.phases.map((phaseId, i) => `${i + 1}. ${KNOWN_PHASES[phaseId].name[locale]} (\`${phaseId}\`) — ${KNOWN_PHASES[phaseId].stage}`);
  const parts = [`**${model.name}** · \`${model.id}\``, model.description[locale], `**${labels(locale).phases}:**\n\n${phases.join('\n')}`];
  if (replaced) parts.push(HOVER_LABELS[locale].modelReplaced);
  return parts.join('\n\n');
}

function typeHover(analysis: Analysis, written: string, locale: Locale): string | undefined {
  const text = HOVER_LABELS[locale];
  const type = findContentType(written);
  if (!type) return undefined;
  const phases = typicalPhases(type, analysis.plan.phases);
  const inPlan = phases.length > 0 ? `${text.inThisPlan} ${phases.map((phase) => `${phase.name} (\`${phase.id}\`)`).join(', ')}` : text.notInThisPlan;
  return [`**${type.id}**`, text.typicalFor(phaseKindName(type.kind, locale)), inPlan].join('\n\n');
}

/** "Defined in `team.journey`, line 12." for a persona or phase a base defines. */
function definedIn(origin: Origin, locale: Locale): string {
  return HOVER_LABELS[locale].definedIn(origin.path.split(/[\\/]/).pop() ?? origin.path, origin.lines.position(origin.idSpan.start).line + 1);
}

/** An `extends` item: the personas and phases the plan takes from that base (their spans here are the item's). */
function baseHover(analysis: Analysis, span: Span, path: string, locale: Locale): string {
  const text = HOVER_LABELS[locale];
  const from = (at: Span | undefined): boolean => at !== undefined && at.start === span.start && at.end === span.end;
  const taken = [
    ...analysis.plan.personas.filter((persona) => persona.origin && from(persona.idSpan)).map((persona) => `- ${text.persona} ${persona.name} (\`${persona.id}\`)`),
    ...analysis.plan.phases.filter((phase) => phase.origin && from(phase.idSpan)).map((phase) => `- ${text.phase} ${phase.name} (\`${phase.id}\`)`),
  ];
  const parts = [`**${path}** · ${text.base}`];
  if (taken.length > 0) parts.push(`${text.fromBase}\n\n${taken.join('\n')}`);
  return parts.join('\n\n');
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

// The plan's structure for the editor: the outline (personas, phases, content grouped by phase),
// folding ranges and smart selection ranges — all from the spans the reader kept.
import type { Analysis } from './analyze';
import type { Span } from './lineIndex';
import { pieceFields } from './pieceFields';
import type { Locale } from './messages';

export type OutlineKind = 'section' | 'persona' | 'phase' | 'piece';

export interface OutlineItem {
  name: string;
  detail?: string;
  kind: OutlineKind;
  span: Span;
  selectionSpan: Span;
  children: OutlineItem[];
}

const LABELS: Record<Locale, { personas: string; phases: string; content: string; untitled: string }> = {
  en: { personas: 'Personas', phases: 'Phases', content: 'Content', untitled: '(untitled)' },
  nl: { personas: 'Persona’s', phases: 'Fasen', content: 'Content', untitled: '(zonder titel)' },
};

export function outline(analysis: Analysis, locale: Locale = 'en'): OutlineItem[] {
  const { plan } = analysis;
  const label = LABELS[locale];
  const items: OutlineItem[] = [];
  const section = (key: 'personas' | 'phases' | 'content'): Span | undefined => {
    const field = plan.sections[key];
    return field && { start: field.key.start, end: Math.max(field.key.end, field.value.end) };
  };

  const personas = section('personas');
  if (personas) {
    items.push({
      name: label.personas,
      kind: 'section',
      span: personas,
      selectionSpan: plan.sections.personas!.key,
      children: plan.personas.filter((p) => !p.origin).map((p) => ({ name: p.name, detail: p.id, kind: 'persona', span: p.span, selectionSpan: p.idSpan, children: [] })),
    });
  }
  const phases = section('phases');
  if (phases && plan.model === 'custom') {
    items.push({
      name: label.phases,
      kind: 'section',
      span: phases,
      selectionSpan: plan.sections.phases!.key,
      children: plan.phases.flatMap((p) => (p.idSpan && p.span && !p.origin ? [{ name: p.name, detail: `${p.id} · ${p.stage}`, kind: 'phase' as const, span: p.span, selectionSpan: p.idSpan, children: [] }] : [])),
    });
  }
  const content = section('content');
  if (content) {
    // Grouped by phase in journey order; a piece for several phases shows under each.
    const groups = plan.phases.map((phase) => {
      const pieces = plan.pieces.filter((piece) => piece.phases.some((ref) => ref.value === phase.id || ref.value === '*'));
      const children = pieces.map((piece): OutlineItem => ({
        name: piece.title || label.untitled,
        detail: [piece.type, piece.status].filter(Boolean).join(' · '),
        kind: 'piece',
        span: piece.span,
        selectionSpan: piece.titleSpan ?? piece.span,
        children: [],
      }));
      return { phase, children };
    });
    items.push({
      name: label.content,
      detail: String(plan.pieces.length),
      kind: 'section',
      span: content,
      selectionSpan: plan.sections.content!.key,
      children: groups
        .filter((group) => group.children.length > 0)
        .map(({ phase, children }) => ({
          name: phase.name,
          detail: String(children.length),
          kind: 'phase' as const,
          span: around(children),
          selectionSpan: children[0].selectionSpan,
          children,
        })),
    });
  }
  return items;
}

/** The span around all the items: a loop, since a phase may hold more pieces than a call takes arguments. */
function around(items: OutlineItem[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.span.start);
    end = Math.max(end, item.span.end);
  }
  return { start, end };
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { plan, lines } = analysis;
  const ranges: FoldingRange[] = [];
  const add = (span: Span | undefined): void => {
    if (!span) return;
    const startLine = lines.position(span.start).line;
    const endLine = lines.position(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  for (const field of Object.values(plan.sections)) add({ start: field.key.start, end: field.value.end });
  // A base's personas and phases are folded in the base, not on this plan's `extends` line.
  plan.personas.filter((p) => !p.origin).forEach((p) => add(p.span));
  plan.phases.filter((p) => !p.origin).forEach((p) => add(p.span));
  plan.pieces.forEach((p) => add(p.span));
  // Runs of comment lines fold too.
  let runStart = -1;
  for (let line = 0; line <= lines.lineCount; line++) {
    const isComment = line < lines.lineCount && /^\s*#/.test(lines.lineText(line));
    if (isComment && runStart < 0) runStart = line;
    if (!isComment && runStart >= 0) {
      if (line - 1 > runStart) ranges.push({ startLine: runStart, endLine: line - 1, kind: 'comment' });
      runStart = -1;
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Spans around an offset, innermost first: value → key: value → list item → section → document. */
export function selectionSpans(analysis: Analysis, offset: number): Span[] {
  const { plan, text } = analysis;
  const spans: Span[] = [];
  const within = (span: Span): boolean => span.start <= offset && offset <= span.end;
  const add = (span: Span | undefined): void => {
    if (span && within(span) && !spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
  };
  const piece = plan.pieces.find((p) => within(p.span));
  if (piece) {
    for (const ref of [...piece.personas, ...piece.phases]) add(ref.span);
    for (const field of pieceFields(text, piece).values()) {
      add(field.key);
      add(field.value);
      add({ start: field.key.start, end: field.value.end });
    }
    add(piece.span);
  }
  const persona = plan.personas.find((p) => !p.origin && within(p.span));
  if (persona) {
    add(persona.idSpan);
    add(persona.span);
  }
  const phase = plan.phases.find((p) => p.span && !p.origin && within(p.span));
  if (phase) {
    add(phase.idSpan);
    add(phase.span);
  }
  for (const field of [...Object.values(plan.rules.fields), ...Object.values(plan.sections)]) {
    add(field.key);
    add(field.value);
    add({ start: field.key.start, end: field.value.end });
  }
  add({ start: 0, end: text.length });
  // Innermost first: each span must contain the one before it.
  const chain: Span[] = [];
  for (const span of spans.sort((a, b) => a.end - a.start - (b.end - b.start))) {
    const inner = chain[chain.length - 1];
    if (!inner || (span.start <= inner.start && span.end >= inner.end)) chain.push(span);
  }
  return chain;
}

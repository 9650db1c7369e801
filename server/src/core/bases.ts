// `extends`: a plan takes the personas, phases and rules of its bases. The core reads no files:
// the host (CLI, server) looks each base up, already read, through `PlanBases`. A base is used
// as it is read from its own text (its own plan, before its bases are merged), so one read of a
// base serves every plan that extends it, and a base's edit re-runs only this step for them.
// Chains are walked with an explicit stack (never recursion over the user's depth), each file
// once per plan, in the order the `extends` lists give: the same texts give the same answer.
import type { Analysis } from './analyze';
import type { IdKind } from './messages';
import type { LineIndex, Span } from './lineIndex';
import type { IgnoreRule, Origin, Persona, Phase, Plan, Reference } from './plan';
import type { ReadContext } from './readPlan';

/** A base as read from its own text: its own plan, before its bases are merged in. */
export interface BasePlan {
  /** The base's path, the same string for the same file whoever names it (absolute on disk). */
  path: string;
  plan: Plan;
  lines: LineIndex;
}

export type BaseProblem = 'missing' | 'not-a-plan';
export type BaseLookup = BasePlan | { path: string; problem: BaseProblem };

/** How the host supplies bases. */
export interface PlanBases {
  /** The analysed plan's own path (as `lookup` names paths); undefined for standard input. */
  path?: string;
  /** The base that the plan at `from` (undefined: standard input) names as `ref`; synchronous, so the host reads the files first. */
  lookup(from: string | undefined, ref: string): BaseLookup;
}

/** A file's analysis as a base: its own plan, or why it cannot be one. */
export function asBase(path: string, analysis: Analysis): BaseLookup {
  const plan = analysis.own?.plan ?? analysis.plan;
  const { sections } = plan;
  const planLike = sections.personas || sections.phases || sections.model || sections.rules || sections.extends || sections.journey;
  return analysis.notAnalysed || !planLike ? { path, problem: 'not-a-plan' } : { path, plan, lines: analysis.lines };
}

/** What a base brings, its own bases merged in. Personas and phases keep their spans in the file that defines them (`origin`). */
interface Layer {
  personas: Persona[];
  phases?: { model: string; phases: Phase[] };
  minPerCell?: number;
  ignore: IgnoreRule[];
  /** Set when following the base's `extends` goes round in a circle: the refs along it. */
  cycle?: string[];
}

/**
 * The plan with its bases merged in, reporting `invalid-extends` and `duplicate-id` on the
 * plan's own `extends` items (a base's own problems are reported in that base). Without bases
 * (no host), every base is missing. `own` is not changed.
 */
export function withBases(own: Plan, bases: PlanBases | undefined, ctx: ReadContext): Plan {
  const layers: { layer: Layer; item: Reference }[] = [];
  const walk = new Walk(bases);
  for (const item of own.extends) {
    const found = bases ? bases.lookup(bases.path, item.value) : { path: item.value, problem: 'missing' as const };
    // The plan itself (as the editor has it, whatever is on disk) closes a circle.
    if (found.path === bases?.path) {
      ctx.report({ code: 'invalid-extends', span: item.span, message: ctx.msg.baseCycle([item.value, item.value]) });
      continue;
    }
    if ('problem' in found) {
      const message = found.problem === 'missing' ? ctx.msg.baseMissing(item.value) : ctx.msg.baseNotAPlan(item.value);
      ctx.report({ code: 'invalid-extends', span: item.span, message });
      continue;
    }
    const layer = walk.layerOf(found, item.value);
    if (layer.cycle) ctx.report({ code: 'invalid-extends', span: item.span, message: ctx.msg.baseCycle(layer.cycle) });
    layers.push({ layer, item });
  }

  // Personas: the bases', in order, then the plan's own; the same id from two files is a duplicate.
  const personas: Persona[] = [];
  const seen = new Map<string, { persona: Persona; via: string }>();
  for (const { layer, item } of layers) {
    for (const persona of layer.personas) {
      const first = seen.get(persona.id);
      if (first) {
        if (first.persona.origin?.path !== persona.origin?.path) reportDuplicate(ctx, 'persona', persona.id, first.via, item.span);
        continue;
      }
      // Spans in this plan point at the `extends` item: diagnostics about the persona (a row without content) land there.
      const inherited: Persona = { ...persona, idSpan: item.span, span: item.span, stageSpans: undefined };
      seen.set(persona.id, { persona: inherited, via: item.value });
      personas.push(inherited);
    }
  }
  for (const persona of own.personas) {
    const first = seen.get(persona.id);
    if (first) reportDuplicate(ctx, 'persona', persona.id, first.via, persona.idSpan);
    else personas.push(persona);
  }

  // Phases: the plan's own `model` or `phases` replace the bases'; else the last base that sets them.
  let model = own.model;
  let phases = own.phases;
  if (!own.sections.model && !own.sections.phases) {
    for (const { layer, item } of layers) {
      if (!layer.phases) continue;
      model = layer.phases.model;
      phases = layer.phases.phases.map((phase) => (phase.origin ? { ...phase, idSpan: item.span, span: item.span } : phase));
    }
  }

  let minPerCell = own.rules.minPerCell;
  for (const { layer } of layers) if (own.rules.minPerCell === undefined && layer.minPerCell !== undefined) minPerCell = layer.minPerCell;
  const ignore = [...layers.flatMap(({ layer }) => layer.ignore), ...own.rules.ignore];

  if (personas.length === 0 && own.personas.length === 0 && !own.sections.personas && own.sections.extends) {
    ctx.report({ code: 'missing-field', span: own.sections.extends.key, message: ctx.msg.missingPersonas() });
  }
  return { ...own, model, phases, personas, rules: { ...own.rules, minPerCell, ignore } };
}

function reportDuplicate(ctx: ReadContext, kind: IdKind, id: string, base: string, span: Span): void {
  ctx.report({ code: 'duplicate-id', span, message: ctx.msg.duplicateIdInBase(kind, id, base), data: { [kind]: id } });
}

interface Frame {
  base: BasePlan;
  /** The ref that led here. */
  via: string;
  next: number;
  layers: Layer[];
  cycle?: string[];
}

/** The bases below one plan, each file's layer computed once (a diamond reads its shared base once). */
class Walk {
  private readonly done = new Map<string, Layer>();

  constructor(private readonly bases: PlanBases | undefined) {}

  layerOf(start: BasePlan, via: string): Layer {
    const known = this.done.get(start.path);
    if (known) return known;
    const onStack = new Set<string>();
    if (this.bases?.path !== undefined) onStack.add(this.bases.path);
    const stack: Frame[] = [{ base: start, via, next: 0, layers: [] }];
    onStack.add(start.path);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const refs = top.base.plan.extends;
      if (top.next < refs.length) {
        const ref = refs[top.next++].value;
        const found = this.bases!.lookup(top.base.path, ref);
        if (onStack.has(found.path)) {
          top.cycle ??= [...stack.map((frame) => frame.via), ref];
          continue;
        }
        if ('problem' in found) continue; // reported in that base
        const done = this.done.get(found.path);
        if (done) {
          top.layers.push(done);
          if (done.cycle) top.cycle ??= done.cycle;
          continue;
        }
        stack.push({ base: found, via: ref, next: 0, layers: [] });
        onStack.add(found.path);
        continue;
      }
      stack.pop();
      onStack.delete(top.base.path);
      const layer = combine(top.base, top.layers);
      if (top.cycle) layer.cycle = top.cycle;
      this.done.set(top.base.path, layer);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.layers.push(layer);
        if (layer.cycle) parent.cycle ??= layer.cycle;
      }
    }
    return this.done.get(start.path)!;
  }
}

/** One base's layer: its bases' layers in order, then what it writes itself (first id wins; its own file reports duplicates). */
function combine(base: BasePlan, below: Layer[]): Layer {
  const { plan } = base;
  const origin = (at: { idSpan: Origin['idSpan']; span: Origin['span'] }): Origin => ({ path: base.path, lines: base.lines, idSpan: at.idSpan, span: at.span });
  const personas: Persona[] = [];
  const ids = new Set<string>();
  const add = (persona: Persona): void => {
    if (ids.has(persona.id)) return;
    ids.add(persona.id);
    personas.push(persona);
  };
  for (const layer of below) layer.personas.forEach(add);
  for (const persona of plan.personas) add({ ...persona, origin: origin(persona) });

  let phases: Layer['phases'];
  if (plan.sections.model || plan.sections.phases) {
    phases = { model: plan.model, phases: plan.phases.map((phase) => (phase.idSpan && phase.span ? { ...phase, origin: origin({ idSpan: phase.idSpan, span: phase.span }) } : phase)) };
  } else {
    for (const layer of below) if (layer.phases) phases = layer.phases;
  }
  let minPerCell = plan.rules.minPerCell;
  for (const layer of below) if (plan.rules.minPerCell === undefined && layer.minPerCell !== undefined) minPerCell = layer.minPerCell;
  const ignore = [...below.flatMap((layer) => layer.ignore), ...plan.rules.ignore.map((rule): IgnoreRule => ({ ...rule, fromBase: true }))];
  return { personas, phases, minPerCell, ignore };
}

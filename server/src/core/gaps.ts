// Gap diagnostics: phases no piece serves, personas with no content, and single empty cells.
// The larger finding covers the smaller: an empty phase or persona is reported once, not per cell.
// A moment of truth that is a gap is always reported on its own, in place of its empty-cell.
import type { Span } from './lineIndex';
import { MAX_MATRIX_CELLS, type Matrix } from './matrix';
import type { Plan } from './plan';
import type { ReadContext } from './readPlan';

export function reportGaps(plan: Plan, matrix: Matrix, ctx: ReadContext): void {
  if (matrix.tooLarge) {
    // Instead of gaps: one finding saying why there is no matrix.
    ctx.report({ code: 'file-too-large', span: plan.sections.personas?.key ?? { start: 0, end: 0 }, message: ctx.msg.tooManyCells(plan.personas.length, plan.phases.length, MAX_MATRIX_CELLS) });
    return;
  }
  // A file without `content:` is a base (personas, phases and rules other plans extend): it has
  // no cells to fill. Writing `content:`, even empty, makes its gaps count.
  if (matrix.minPerCell <= 0 || !plan.sections.content) return;
  const { personas, phases, cells } = matrix;
  const width = phases.length;
  const columnExpected = new Array<boolean>(width).fill(false);
  const columnFilled = new Array<boolean>(width).fill(false);
  const rowExpected = new Array<boolean>(personas.length).fill(false);
  const rowFilled = new Array<boolean>(personas.length).fill(false);
  cells.forEach((cell, i) => {
    const row = Math.floor(i / width);
    const column = i % width;
    if (!cell.ignored) {
      columnExpected[column] = true;
      rowExpected[row] = true;
    }
    // A piece outside the persona's stage is shown, but serves no expected cell.
    if (cell.count > 0 && cell.ignoredBy !== 'stage') {
      columnFilled[column] = true;
      rowFilled[row] = true;
    }
  });

  const emptyPhase = phases.map((_, column) => columnExpected[column] && !columnFilled[column] && personas.length > 0);
  const emptyPersona = personas.map((_, row) => rowExpected[row] && !rowFilled[row]);

  phases.forEach((phase, column) => {
    if (!emptyPhase[column]) return;
    ctx.report({ code: 'empty-phase', span: phase.idSpan ?? modelAnchor(plan), message: ctx.msg.emptyPhase(phase.name), data: { phase: phase.id } });
  });
  personas.forEach((persona, row) => {
    if (!emptyPersona[row]) return;
    ctx.report({ code: 'persona-without-content', span: persona.idSpan, message: ctx.msg.personaWithoutContent(persona.name), data: { persona: persona.id } });
  });
  cells.forEach((cell, i) => {
    if (cell.gap && cell.map.momentOfTruth) {
      ctx.report({
        code: 'moment-of-truth-gap',
        span: cell.map.momentOfTruthAt ?? cell.persona.idSpan,
        message: ctx.msg.momentOfTruthGap(cell.persona.name, cell.phase.name, cell.count, matrix.minPerCell),
        data: { persona: cell.persona.id, phase: cell.phase.id },
      });
      return;
    }
    if (!cell.gap || emptyPersona[Math.floor(i / width)] || emptyPhase[i % width]) return;
    ctx.report({
      code: 'empty-cell',
      span: cell.persona.idSpan,
      message: ctx.msg.emptyCell(cell.persona.name, cell.phase.name, cell.count, matrix.minPerCell),
      data: { persona: cell.persona.id, phase: cell.phase.id },
    });
  });
}

/** Where to report an empty built-in phase: on `model: …`, else on the section it would be filled from. */
function modelAnchor(plan: Plan): Span {
  return plan.modelRef?.span ?? plan.sections.extends?.value ?? plan.sections.content?.key ?? plan.sections.personas?.key ?? plan.sections.journey?.key ?? { start: 0, end: 0 };
}

// The personas and phases completion offers: the analysis' plan, plus personas written in the
// text that the parser lost (an unclosed quote above swallows everything after it).
import type { Plan, Phase } from '../plan';
import type { Shapes } from './lines';
import { unquote } from './lines';
import { containerPath, ITEM, mapSiblings } from './structure';

export interface KnownPersona {
  id: string;
  name: string;
  description?: string;
}

export interface Known {
  personas: KnownPersona[];
  phases: Phase[];
}

/** Read on first use: most completions need neither. */
export function knownIds(plan: Plan, shapes: Shapes): Known {
  let personas: KnownPersona[] | undefined;
  return {
    get personas() {
      personas ??= mergePersonas(plan, shapes);
      return personas;
    },
    phases: plan.phases,
  };
}

function mergePersonas(plan: Plan, shapes: Shapes): KnownPersona[] {
  const personas: KnownPersona[] = plan.personas.map(({ id, name, description }) => ({ id, name, description }));
  const ids = new Set(personas.map((persona) => persona.id));
  for (const written of writtenPersonas(shapes)) {
    if (!ids.has(written.id)) personas.push(written);
    ids.add(written.id);
  }
  return personas;
}

/** Personas as the text writes them (`- id: x` under the top-level `personas:`), read line by line. */
function writtenPersonas(shapes: Shapes): KnownPersona[] {
  const found: KnownPersona[] = [];
  let inPersonas = false;
  for (let line = 0; line < shapes.count; line++) {
    const shape = shapes.at(line);
    if (shape.blank) continue;
    // A top-level key starts or ends the section.
    if (shape.contentCol === 0 && shape.dashes.length === 0) {
      if (inPersonas && shape.key !== 'personas') break;
      inPersonas = shape.key === 'personas';
    }
    if (!inPersonas || shape.key !== 'id' || !shape.value) continue;
    const node = { line, col: shape.contentCol, mode: 'map' as const };
    if (containerPath(shapes, node)?.join('/') !== `personas/${ITEM}`) continue;
    const name = mapSiblings(shapes, node).find((sibling) => sibling.key === 'name')?.value;
    const id = unquote(shape.value);
    found.push({ id, name: name ? unquote(name) : id });
  }
  return found;
}

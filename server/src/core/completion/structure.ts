// Where a position sits in the plan's tree, found from indentation alone: scan upward for the
// less-indented lines that enclose it. A path is a list of keys and ITEM markers from the root,
// e.g. ['content', ITEM, 'persona'] for a piece's persona list.
import type { Shapes } from './lines';

export const ITEM = '-';
export type Path = string[];

/** A mapping entry written at `col` on `line`, or a list item whose `- ` is at `col`. */
export interface Node {
  line: number;
  col: number;
  mode: 'map' | 'seq';
}

/**
 * The path of the container holding the node: for a map entry, the mapping's path (ending in ITEM
 * for a list item's mapping); for a list item, the list's path. Undefined when the lines above
 * make no sense as YAML structure (then nothing is offered rather than something wrong).
 */
export function containerPath(shapes: Shapes, node: Node): Path | undefined {
  const path: Path = [];
  let current: Node | undefined = node;
  // Each step goes up one level; the depth of a real plan is small, the bound only guards odd input.
  for (let guard = 0; current && guard < 200; guard++) {
    const step: { segment: string; parent?: Node } | 'root' | undefined = current.mode === 'map' ? mapParent(shapes, current) : seqParent(shapes, current);
    if (step === undefined) return undefined;
    if (step === 'root') return path;
    path.unshift(step.segment);
    current = step.parent;
  }
  return undefined;
}

/** The parent of a mapping entry: the list item the mapping is (ITEM) or the key it is the value of. */
function mapParent(shapes: Shapes, { line, col }: Node): { segment: string; parent: Node } | 'root' | undefined {
  const own = shapes.at(line);
  const startsItem = (shape: typeof own) => shape.dashes.length > 0 && shape.contentCol === col;
  if (startsItem(own)) return { segment: ITEM, parent: { line, col: own.dashes[own.dashes.length - 1], mode: 'seq' } };
  for (let i = line - 1; i >= 0; i--) {
    const lead = shapes.leadColumn(i);
    if (lead < 0 || lead > col) continue; // blank, or deeper: its content starts further right still
    const shape = shapes.at(i);
    if (shape.blank || shape.contentCol > col) continue;
    if (shape.contentCol === col) {
      if (startsItem(shape)) return { segment: ITEM, parent: { line: i, col: shape.dashes[shape.dashes.length - 1], mode: 'seq' } };
      continue; // a sibling entry
    }
    // A key with a value on its line has nothing nested under it: a deeper line continues that text.
    if (shape.key !== undefined) return shape.value === '' ? { segment: shape.key, parent: { line: i, col: shape.contentCol, mode: 'map' } } : undefined;
    return undefined;
  }
  return 'root';
}

/** The line of the key or list item that directly encloses a map entry, if any. */
export function enclosingLine(shapes: Shapes, node: Node): number | undefined {
  const step = mapParent(shapes, node);
  return step === undefined || step === 'root' ? undefined : step.parent.line;
}

/** The parent of a list item: the key the list is the value of (or the outer item of a nested list). */
function seqParent(shapes: Shapes, { line, col }: Node): { segment: string; parent: Node } | undefined {
  const own = shapes.at(line);
  const ownIndex = own.dashes.indexOf(col);
  if (ownIndex > 0) return { segment: ITEM, parent: { line, col: own.dashes[ownIndex - 1], mode: 'seq' } };
  if (ownIndex === 0 && shapes.contentItems?.startsItem(line, col)) return { segment: 'content', parent: shapes.contentItems.key };
  for (let i = line - 1; i >= 0; i--) {
    const lead = shapes.leadColumn(i);
    if (lead < 0 || lead > col || (lead === col && shapes.indent(i).dash)) continue; // blank, inside a sibling item, or a sibling item
    const shape = shapes.at(i);
    if (shape.blank) continue;
    const at = shape.dashes.indexOf(col);
    if (at === 0) continue; // a sibling item
    if (at > 0) return { segment: ITEM, parent: { line: i, col: shape.dashes[at - 1], mode: 'seq' } };
    const indent = shape.dashes[0] ?? shape.contentCol;
    if (indent > col) continue; // inside a sibling item
    if (shape.key !== undefined && shape.contentCol <= col && shape.value === '') return { segment: shape.key, parent: { line: i, col: shape.contentCol, mode: 'map' } };
    return undefined;
  }
  return undefined;
}

/** A key written in the same mapping as the node, with its value as written on its line. */
export interface Sibling {
  key: string;
  value: string;
  line: number;
}

/** The other entries of the mapping a map entry at (line, col) belongs to, above and below it. */
export function mapSiblings(shapes: Shapes, { line, col }: Node): Sibling[] {
  const found: Sibling[] = [];
  const own = shapes.at(line);
  const startsItem = (shape: typeof own) => shape.dashes.length > 0 && shape.contentCol === col;
  if (!startsItem(own)) {
    for (let i = line - 1; i >= 0; i--) {
      const shape = shapes.at(i);
      if (shape.blank || shape.contentCol > col) continue;
      if (shape.contentCol < col) break;
      if (shape.key !== undefined) found.unshift({ key: shape.key, value: shape.value, line: i });
      if (shape.dashes.length > 0) break; // the item's first entry
    }
  }
  for (let i = line + 1; i < shapes.count; i++) {
    const shape = shapes.at(i);
    if (shape.blank) continue;
    // A dash left of the column starts the next item of the enclosing list; one at or right of it is deeper.
    if (shape.dashes.length > 0 ? shape.dashes[0] >= col : shape.contentCol > col) continue;
    if (shape.contentCol !== col || shape.dashes.length > 0) break;
    if (shape.key !== undefined) found.push({ key: shape.key, value: shape.value, line: i });
  }
  return found;
}

/** The scalar values of the other items of the list whose `- ` is at (line, col). */
export function seqSiblings(shapes: Shapes, { line, col }: Node): string[] {
  const found: string[] = [];
  const collect = (i: number): boolean => {
    const shape = shapes.at(i);
    if (shape.blank) return true;
    if (shape.dashes[0] === col) {
      if (shape.dashes.length === 1 && shape.key === undefined && shape.value !== '') found.push(shape.value);
      return true;
    }
    return (shape.dashes[0] ?? shape.contentCol) > col;
  };
  for (let i = line - 1; i >= 0 && collect(i); i--);
  for (let i = line + 1; i < shapes.count && collect(i); i++);
  return found;
}

// What is being typed at the cursor: a key of some part of the plan, the value of a key (as a
// scalar, a block list item or a flow list item), or a new list item. Decided from the text
// around the cursor — the current line, its indentation and the less-indented lines above —
// because while typing the YAML is usually broken and the parsed tree says little.
import type { LineIndex, Span } from '../lineIndex';
import { flowItems, flowValueEnd, keysAfter, openFlows } from './flow';
import { Shapes, stripComment, wordAround } from './lines';
import { containerPath, enclosingLine, ITEM, mapSiblings, seqSiblings, type Path, type Sibling } from './structure';

/** The parts of a plan that have keys of their own. */
export type Part = 'top' | 'phase' | 'persona' | 'piece' | 'rules' | 'ignore' | 'kpi' | 'map' | 'action' | 'other';
/** The lists whose items are mappings, each with a snippet for a new item. */
export type ListKind = 'content' | 'personas' | 'phases' | 'ignore' | 'map' | 'actions';

export interface KeyContext {
  kind: 'key';
  part: Part;
  /** Keys already written in this mapping (not offered again). */
  present: string[];
  /** The partly typed key. */
  replace: Span;
  /** The key already has its colon (the cursor is inside a written key): insert the name only. */
  colonFollows: boolean;
  /** The key's column: the indentation of lines a snippet adds below it. */
  column: number;
  /** Inside `{ … }`: only one-line inserts fit. */
  flow: boolean;
  /** The key starts a new item of this list (`- |`): its item snippet fits here too. */
  newItem?: ListKind;
  /** A list key just above has no items yet: a new item of it fits here too (at `column`). */
  openList?: ListKind;
}

export interface ItemContext {
  kind: 'item';
  list: ListKind;
  replace: Span;
  /** The column of the `- ` to insert. */
  column: number;
}

export type ValueForm =
  /** `key: |` */
  | 'scalar'
  /** `- |` under the key */
  | 'block'
  /** `key: [a, |` */
  | 'flow'
  /** on a new line under `key:` without a `- ` yet: insert `- value` */
  | 'dash';

export interface ValueContext {
  kind: 'value';
  part: Part;
  key: string;
  form: ValueForm;
  /** The word at the cursor (ids, enums). */
  replace: Span;
  /** The whole value written on the line (free text such as a channel may have spaces). */
  valueSpan: Span;
  /** The cursor sits right after the colon: the value needs a space before it. */
  needsSpace: boolean;
  /** Values already in the same list (not offered again). */
  written: string[];
  /** The other entries of the mapping holding the key, as written on their lines. */
  siblings: Sibling[];
}

export type CompletionContext = KeyContext | ItemContext | ValueContext;

export function partOf(path: Path): Part {
  const p = path.join('/');
  switch (p) {
    case '': return 'top';
    case 'phases/-': return 'phase';
    case 'personas/-': return 'persona';
    case 'content/-': return 'piece';
    case 'rules': return 'rules';
    case 'rules/ignore/-': return 'ignore';
    case 'content/-/kpi': return 'kpi';
    case 'map/-': return 'map';
    case 'actions/-': return 'action';
    default: return 'other';
  }
}

export function listOf(path: Path): ListKind | undefined {
  const p = path.join('/');
  if (p === 'content' || p === 'personas' || p === 'phases' || p === 'map' || p === 'actions') return p;
  return p === 'rules/ignore' ? 'ignore' : undefined;
}

/** Keys whose value is a list of ids, written as a scalar, a block list or a flow list. */
const ID_LIST_KEYS: Partial<Record<Part, readonly string[]>> = { piece: ['persona', 'phase'], map: ['persona', 'phase'], action: ['persona', 'phase'] };

export function completionContext(lines: LineIndex, offset: number, shapes = new Shapes(lines)): CompletionContext | undefined {
  const { line, character: col } = lines.position(offset);
  const shape = shapes.at(line);
  const text = shape.text;
  const lineStart = lines.lineStart(line);
  const at = (start: number, end: number): Span => ({ start: lineStart + start, end: lineStart + end });
  const before = text.slice(0, col);
  if (stripComment(before).length < before.trimEnd().length) return undefined; // in a comment

  const entryCol = shape.blank ? col : shape.contentCol;
  if (col < entryCol) return undefined; // in the indentation, or right after a `-` with no space yet
  const afterKey = shape.key !== undefined && col > shape.colonCol!;

  // Flow collections on this line: `key: [a, |` or `- { persona: |`.
  const regionStart = afterKey ? shape.valueCol! : entryCol;
  const frames = openFlows(text, regionStart, col);
  if (frames.length > 0) {
    let path: Path | undefined;
    if (afterKey) path = withSegment(containerPath(shapes, { line, col: shape.contentCol, mode: 'map' }), shape.key!);
    else if (shape.dashes.length > 0) path = withSegment(containerPath(shapes, { line, col: shape.dashes[shape.dashes.length - 1], mode: 'seq' }), ITEM);
    if (!path) return undefined;
    for (const frame of frames.slice(0, -1)) {
      if (frame.open === '{' && frame.key === undefined) return undefined;
      path = [...path, frame.open === '[' ? ITEM : frame.key!];
    }
    const top = frames[frames.length - 1];
    const word = wordAround(text, col);
    if (top.open === '{' && top.key === undefined) {
      const present = [...top.written, ...keysAfter(text, word.end)];
      return { kind: 'key', part: partOf(path), present, replace: at(word.start, word.end), colonFollows: /^\s*:/.test(text.slice(word.end)), column: word.start, flow: true };
    }
    const valueStart = skipSpaces(text, top.fragmentStart);
    const common = {
      kind: 'value' as const,
      replace: at(word.start, word.end),
      valueSpan: at(Math.min(valueStart, col), Math.max(flowValueEnd(text, valueStart), col)),
      needsSpace: top.open === '{' && valueStart === col && text[col - 1] === ':',
      siblings: top.open === '{' ? top.written.map((key) => ({ key, value: '', line })) : [],
    };
    if (top.open === '{') return { ...common, part: partOf(path), key: top.key!, form: 'scalar', written: [] };
    const written = [...top.written, ...flowItems(text.slice(word.end))];
    return { ...common, part: partOf(path.slice(0, -1)), key: path[path.length - 1], form: 'flow', written };
  }

  // `key: |` — the value of a key on this line.
  if (afterKey) {
    if (/^[\[{|>]/.test(shape.value)) return undefined; // a closed flow collection or a block scalar
    const node = { line, col: shape.contentCol, mode: 'map' as const };
    const path = containerPath(shapes, node);
    if (!path) return undefined;
    const word = wordAround(text, Math.max(col, shape.valueCol!));
    const valueEnd = Math.max(shape.valueCol! + shape.value.length, col);
    return {
      kind: 'value',
      part: partOf(path),
      key: shape.key!,
      form: 'scalar',
      replace: at(Math.min(word.start, col), word.end),
      valueSpan: at(Math.min(shape.valueCol!, col), valueEnd),
      needsSpace: col === shape.colonCol! + 1 && col === shape.valueCol!,
      written: [],
      siblings: mapSiblings(shapes, node),
    };
  }

  // A key being typed (or edited), or a list item.
  const typedEnd = shape.key !== undefined ? shape.colonCol! : col;
  const typed = text.slice(entryCol, typedEnd).trimEnd();
  if (!/^[^\s:#]*$/.test(typed) && shape.key === undefined) return undefined; // free text, not a key
  const word = shape.key !== undefined ? { start: entryCol, end: entryCol + typed.length } : wordAround(text, col);
  const replace = at(Math.max(word.start, entryCol), word.end);
  const colonFollows = shape.key !== undefined || /^\s*:/.test(text.slice(word.end));

  if (shape.dashes.length > 0 && !shape.blank) {
    // `- |`: the first key of a new item, or a value in a block list.
    const dash = { line, col: shape.dashes[shape.dashes.length - 1], mode: 'seq' as const };
    const listPath = containerPath(shapes, dash);
    if (!listPath) return undefined;
    const list = listOf(listPath);
    if (list) {
      const node = { line, col: entryCol, mode: 'map' as const };
      return { kind: 'key', part: partOf([...listPath, ITEM]), present: keysOf(mapSiblings(shapes, node)), replace, colonFollows, column: entryCol, flow: false, newItem: list };
    }
    const key = listPath[listPath.length - 1];
    const part = partOf(listPath.slice(0, -1));
    if (shape.dashes.length > 1 || !ID_LIST_KEYS[part]?.includes(key)) return undefined;
    return valueInList(part, key, 'block', replace, seqSiblings(shapes, dash));
  }

  const node = { line, col: entryCol, mode: 'map' as const };
  const path = containerPath(shapes, node);
  if (!path) return undefined;
  const list = listOf(path);
  if (list) return itemColumnFits(shapes, node) ? { kind: 'item', list, replace, column: entryCol } : undefined;
  const last = path[path.length - 1];
  const part = partOf(path.slice(0, -1));
  if (ID_LIST_KEYS[part]?.includes(last)) return valueInList(part, last, 'dash', replace, []);
  const siblings = mapSiblings(shapes, node);
  // `content:` right above with nothing under it yet: the cursor may start its first item.
  const above = lineAbove(shapes, line);
  const keyAbove = above !== undefined ? siblings.find((sibling) => sibling.line === above && sibling.value === '') : undefined;
  const openList = keyAbove ? listOf([...path, keyAbove.key]) : undefined;
  return { kind: 'key', part: partOf(path), present: keysOf(siblings), replace, colonFollows, column: entryCol, flow: false, openList };

  function valueInList(part: Part, key: string, form: ValueForm, replace: Span, written: string[]): ValueContext {
    return { kind: 'value', part, key, form, replace, valueSpan: replace, needsSpace: false, written, siblings: [] };
  }
}

function keysOf(siblings: Sibling[]): string[] {
  return siblings.map((sibling) => sibling.key);
}

function withSegment(path: Path | undefined, segment: string): Path | undefined {
  return path && [...path, segment];
}

function skipSpaces(text: string, col: number): number {
  while (text[col] === ' ' || text[col] === '\t') col++;
  return col;
}

/** A new item goes at the column of the list's other items (any column deeper than the key for the first). */
function itemColumnFits(shapes: Shapes, node: { line: number; col: number; mode: 'map' }): boolean {
  const keyLine = enclosingLine(shapes, node);
  if (keyLine === undefined) return false;
  for (let i = keyLine + 1; i < shapes.count; i++) {
    const shape = shapes.at(i);
    if (i === node.line || shape.blank) continue;
    return shape.dashes.length > 0 ? shape.dashes[0] === node.col : true;
  }
  return true;
}

/** The nearest line above that is not blank or a comment. */
function lineAbove(shapes: Shapes, line: number): number | undefined {
  for (let i = line - 1; i >= 0; i--) if (!shapes.at(i).blank) return i;
  return undefined;
}

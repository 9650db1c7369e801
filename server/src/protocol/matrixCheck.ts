// Shape checks for a `journey/matrix` result, for the webview, which takes nothing it is sent
// on trust: a malformed message is ignored, never half drawn.
import type { MatrixHead, MatrixResult, ViewCell, ViewPiece } from './matrixView';
import { isCount, isLine, isObject, isString } from './text';

const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';
const every = <T>(list: unknown, check: (item: unknown) => item is T): list is T[] => Array.isArray(list) && list.every(check);

function isPiece(p: unknown): p is ViewPiece {
  return isObject(p) && isNullableString(p.id) && isString(p.title) && isNullableString(p.type) && isNullableString(p.status) &&
    isNullableString(p.channel) && isNullableString(p.owner) && isNullableString(p.date) && isNullableString(p.url) && (p.kpi === null || isNumbers(p.kpi)) && isLine(p.line);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumbers = (v: unknown): v is Record<string, number> => isObject(v) && Object.values(v).every(isNumber);
const isEmotion = (v: unknown): v is number | null => v === null || (Number.isInteger(v) && (v as number) >= -2 && (v as number) <= 2);
const isIds = (v: unknown): v is string[] => every(v, isString);

function isCellMap(m: unknown): boolean {
  return isObject(m) && every(m.questions, isString) && every(m.touchpoints, isString) && every(m.pains, isString) && every(m.delights, isString) &&
    isEmotion(m.emotion) && typeof m.momentOfTruth === 'boolean' && isNumbers(m.kpiTarget);
}

function isCell(c: unknown): c is ViewCell {
  return isObject(c) && typeof c.gap === 'boolean' && typeof c.ignored === 'boolean' && isCount(c.count) && every(c.pieces, isCount) &&
    (c.ignoredBy === null || c.ignoredBy === 'rule' || c.ignoredBy === 'stage') && isCellMap(c.map) && isNumbers(c.kpi);
}

function isAction(a: unknown): boolean {
  return isObject(a) && isString(a.title) && (a.term === null || a.term === 'short' || a.term === 'long') && (a.impact === null || a.impact === 'low' || a.impact === 'high') &&
    isIds(a.personas) && isIds(a.phases) && isNullableString(a.owner) && isNullableString(a.status) && isLine(a.line);
}

function isHead(m: Record<string, unknown>): m is Record<string, unknown> & MatrixHead {
  if (!isString(m.title) || !isString(m.model) || !isCount(m.minPerCell)) return false;
  if (!every(m.phases, (p): p is object => isObject(p) && isString(p.id) && isString(p.name) && (p.stage === 'buyer' || p.stage === 'customer'))) return false;
  if (!every(m.personas, (p): p is object => isObject(p) && isString(p.id) && isString(p.name) && (p.stage === 'buyer' || p.stage === 'customer' || p.stage === 'both'))) return false;
  if (!every(m.actions, (a): a is object => isAction(a))) return false;
  if (!isObject(m.coverage) || !isCount(m.coverage.filled) || !isCount(m.coverage.expected)) return false;
  if (m.today !== null && !(isString(m.today) && /^\d{4}-\d{2}-\d{2}$/.test(m.today))) return false;
  return every(m.syntaxErrors, (e): e is object => isObject(e) && isString(e.message) && isLine(e.line) && isCount(e.column));
}

/** `piecesToCome`: a whole matrix sent without its pieces (UpdateMessage) may index that many. */
export function isMatrixResult(m: unknown, piecesToCome?: number): m is MatrixResult {
  if (!isObject(m) || !isString(m.resultId) || !isHead(m)) return false;
  if (m.kind === 'full') {
    if (!every(m.pieces, isPiece) || !every(m.cells, isCell)) return false;
    if (piecesToCome !== undefined && m.pieces.length > 0) return false;
    const pieces = piecesToCome ?? m.pieces.length;
    return m.cells.length === m.personas.length * m.phases.length && m.cells.every((cell) => cell.pieces.every((i) => i < pieces));
  }
  if (m.kind !== 'delta' || !isString(m.previousResultId) || !Number.isInteger(m.lineShift)) return false;
  const splice = m.splice;
  if (!isObject(splice) || !isCount(splice.start) || !isCount(splice.deleteCount) || !every(splice.pieces, isPiece)) return false;
  return every(m.cells, (entry): entry is [number, ViewCell] => Array.isArray(entry) && entry.length === 2 && isCount(entry[0]) && isCell(entry[1]));
}

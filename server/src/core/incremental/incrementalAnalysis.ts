// Incremental analysis: each new version of a document is split into parts (header, one part
// per `content:` item, trailer — see segments.ts); parts whose text is unchanged since the
// previous version are reused (moved by the edit's length change), only the others are parsed
// and read again, and the plan-wide steps run over the reused results: duplicate ids from
// maintained id counts, reference checks cached per item while the persona and phase ids stay
// the same, the matrix's cells updated with the pieces that left and joined (counts maintained,
// not rescanned), then gaps and diagnostics. The result equals `analyze(text, options)` —
// test/core/incremental.test.ts checks that on random edit sequences — and whenever a shortcut
// cannot be sure (an unusual layout, a part with a syntax error or an alias, duplicate
// top-level keys, a text over the token budget, an exception), the version is analysed from scratch instead.
import { Document, isScalar, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { analyze, checkMatrix, DEFAULT_MAX_FILE_SIZE, DEFAULT_MIN_PER_CELL, finishDiagnostics, utf8Length, type Analysis, type AnalysisOptions } from '../analyze';
import { LineIndex, type Span } from '../lineIndex';
import { buildMatrix, type Matrix } from '../matrix';
import { messages } from '../messages';
import { MAX_TOKENS } from '../parse';
import type { Piece, Plan } from '../plan';
import { checkPieceId, readPlan, type ContentReader, type Finding, type ReadContext } from '../readPlan';
import { checkReferences } from '../references';
import { reportSchedule } from '../schedule';
import { YamlNodes } from '../yamlNodes';
import { updateLineIndex } from './lines';
import { isBareContentPair, NO_FINDINGS, readItemPart, readMapPart, type ItemPart, type MapPart } from './parts';
import { splitItems, splitPlan, type Part } from './segments';
import { shiftItemInPlace } from './shift';

interface State {
  text: string;
  options: AnalysisOptions;
  lines: LineIndex;
  header: MapPart;
  items: ItemPart[];
  trailer?: MapPart;
  itemIndent: number;
  ids: IdCounts;
  /** The matrix, and the persona and phase ids it was laid out for. */
  cells: MatrixState;
}

interface MatrixState {
  key: string;
  matrix: Matrix;
}

/** The previous matrix and which items left and joined since: enough to update its cells instead of rebuilding them. */
interface CellChanges {
  previous: MatrixState;
  /** How many items before the ones that left and joined were kept. */
  front: number;
  removed: ItemPart[];
  added: ItemPart[];
}

/** How many items carry each piece id: only ids carried more than once need the duplicate check. */
interface IdCounts {
  counts: Map<string, number>;
  duplicated: Set<string>;
}

export interface UpdateReport {
  mode: 'incremental' | 'full';
  /** Why the version was analysed from scratch. */
  reason?: string;
  /** Parts parsed and read for this version (incremental mode). */
  partsRead: number;
}

const NO_OPTIONS: AnalysisOptions = {};

/**
 * The analysis of one document across its versions. Pass the same options object while
 * settings are unchanged. An analysis it returned is superseded by its next update: the
 * pieces it shares with the next one are moved in place.
 */
export class IncrementalAnalyzer {
  private state?: State;
  /** The UTF-8 length of the last text measured (see isTooLarge). */
  private measured?: { text: string; bytes: number };
  last: UpdateReport = { mode: 'full', partsRead: 0 };

  /**
   * @param known the text's line index, when the caller keeps one (the language server's documents do).
   * @param edited how the text came from an earlier one, when the caller knows (its changes said so).
   * A plan with `extends` gets its own read here; the host combines it with its bases (`reanalyze`).
   */
  update(text: string, options: AnalysisOptions = NO_OPTIONS, known?: LineIndex, edited?: Edited): Analysis {
    const lines = known?.text === text ? known : undefined;
    // The size check and the incremental step both compare the text with the last one they saw,
    // most often the same one (2.7 MB at 10,000 pieces): compare it once, or not at all when the
    // caller says what the edit kept of that text.
    let compared: { previous: string; ends: Ends } | undefined;
    const endsSince = (previous: string): Ends => {
      if (compared?.previous !== previous) compared = { previous, ends: edited && describes(edited, previous, text) ? edited : commonEnds(previous, text) };
      return compared.ends;
    };
    if (this.state && this.state.options !== options) this.state = undefined;
    if (this.isTooLarge(text, options, endsSince)) {
      // One file-too-large diagnostic instead of an analysis; nothing worth keeping for the next version.
      this.state = undefined;
      this.last = { mode: 'full', reason: 'file too large', partsRead: 0 };
      return analyze(text, options, lines);
    }
    let outcome: Analysis | string;
    try {
      outcome = this.incremental(text, options, lines, endsSince);
    } catch (error) {
      this.state = undefined;
      outcome = `exception: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof outcome !== 'string') return outcome;
    // The parts read before stay cached: once the text is back in shape, most can be reused.
    this.last = { mode: 'full', reason: outcome, partsRead: 0 };
    return analyze(text, options, lines);
  }

  /**
   * `isTooLarge` of analyze.ts, with the UTF-8 length kept up to date from edit to edit rather
   * than measured over the whole text on every keystroke. Only the edited stretch is measured,
   * widened by a character on each side so a surrogate pair at its edge counts the same in the
   * old and the new text.
   */
  private isTooLarge(text: string, options: AnalysisOptions, endsSince: (previous: string) => Ends): boolean {
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (text.length * 3 <= maxFileSize) return false;
    const seen = this.measured;
    let bytes: number;
    if (!seen) bytes = utf8Length(text);
    else {
      const { prefix, suffix } = endsSince(seen.text);
      const from = Math.max(0, prefix - 1);
      const removed = utf8Length(seen.text.slice(from, Math.min(seen.text.length, seen.text.length - suffix + 1)));
      const added = utf8Length(text.slice(from, Math.min(text.length, text.length - suffix + 1)));
      bytes = seen.bytes - removed + added;
    }
    this.measured = { text, bytes };
    return bytes > maxFileSize;
  }

  private incremental(text: string, options: AnalysisOptions, known: LineIndex | undefined, endsSince: (previous: string) => Ends): Analysis | string {
    const old = this.state;
    const oldText = old?.text ?? '';
    const { prefix, suffix } = endsSince(oldText);
    const delta = text.length - oldText.length;
    const edit: Edit = { prefix, oldEnd: oldText.length - suffix, newEnd: text.length - suffix, delta };
    const plan = (old && this.planWithin(old, text, edit)) ?? this.planAfresh(text, edit);
    if (typeof plan === 'string') return plan;

    // Everything parsed: only now are the reused parts touched (moved), so a refusal above leaves the state as it was.
    const locale = options.locale ?? 'en';
    const msg = messages(locale);
    let partsRead = plan.header === old?.header ? 0 : 1;
    const header = plan.header;
    if (!isBareContentPair(header.pairs[header.pairs.length - 1])) return 'header';
    if (hasKey(header.pairs, 'extends')) return 'extends';
    let trailer: MapPart | undefined;
    if (plan.trailer) {
      trailer = old?.trailer && delta === 0 && old.trailer.start === plan.trailer.start && plan.trailer.start >= edit.newEnd ? old.trailer : readMapPart(text, plan.trailer);
      if (!trailer) return 'trailer';
      if (trailer !== old?.trailer) partsRead++;
    }
    if (hasDuplicateKeys([...header.pairs, ...(trailer?.pairs ?? [])])) return 'duplicate top-level key';
    if (trailer && hasKey(trailer.pairs, 'extends')) return 'extends';
    let tokens = header.tokens + (trailer?.tokens ?? 0);
    const fresh: ItemPart[] = [];
    for (const part of plan.middle) {
      const item = readItemPart(text, part, msg, locale);
      if (!item) return 'content item';
      fresh.push(item);
    }
    partsRead += fresh.length;
    for (const item of fresh) tokens += item.tokens;
    const oldItems = old?.items ?? [];
    for (let k = 0; k < plan.front; k++) tokens += oldItems[k].tokens;
    for (let k = oldItems.length - plan.back; k < oldItems.length; k++) tokens += oldItems[k].tokens;
    // The whole text over the token budget gets analyse()'s one diagnostic, as it would from scratch.
    if (tokens > (options.maxTokens ?? MAX_TOKENS)) return 'token budget';
    const seen = new Set<Span>();
    for (let k = oldItems.length - plan.back; k < oldItems.length; k++) shiftItemInPlace(oldItems[k], delta, seen);
    const items = [...oldItems.slice(0, plan.front), ...fresh, ...oldItems.slice(oldItems.length - plan.back)];
    const ids: IdCounts = old && plan.front + plan.back > 0 ? old.ids : { counts: new Map(), duplicated: new Set() };
    if (ids === old?.ids) for (const item of oldItems.slice(plan.front, oldItems.length - plan.back)) count(ids, item.piece, -1);
    for (const item of ids === old?.ids ? fresh : items) count(ids, item.piece, +1);

    const lines = known ?? (old ? updateLineIndex(old.lines, oldText, text, prefix, suffix) : new LineIndex(text));
    this.state = undefined; // until assembled: an exception there must not leave a half-updated state
    const removed = oldItems.slice(plan.front, oldItems.length - plan.back);
    const cells = old?.cells && plan.front + plan.back > 0 ? { previous: old.cells, front: plan.front, removed, added: fresh } : undefined;
    // The plan's frame is as before (the header the same, the trailer the same text, moved): only
    // the pieces and the cells they are in changed. An edit that took the trailer's first key away
    // leaves a trailer after it too, but not the same one.
    const trailerKept = old?.trailer && plan.trailer ? old.trailer.start >= edit.oldEnd && plan.trailer.start === old.trailer.start + delta : !old?.trailer && !plan.trailer;
    const frameKept = plan.header === old?.header && trailerKept;
    const { analysis, matrix } = assemble(text, lines, options, header, items, trailer, ids.duplicated, cells, frameKept ? old.lines.lineCount : undefined);
    this.state = { text, options, lines, header, items, trailer, itemIndent: plan.itemIndent, ids, cells: matrix };
    this.last = { mode: 'incremental', partsRead };
    return analysis;
  }

  /**
   * The common case, an edit inside the list: header and trailer unchanged, the items before
   * and after the edit kept, and only the stretch between them split and read again.
   */
  private planWithin(old: State, text: string, edit: Edit): Reuse | undefined {
    if (old.header.end > edit.prefix || (old.trailer && old.trailer.start < edit.oldEnd)) return undefined;
    const items = old.items;
    const front = countWhile(items.length, (k) => items[k].end <= edit.prefix);
    const back = Math.min(items.length - front, countWhile(items.length, (k) => items[items.length - 1 - k].start >= edit.oldEnd));
    const from = front > 0 ? items[front - 1].end : old.header.end;
    const to = back > 0 ? items[items.length - back].start + edit.delta : old.trailer ? old.trailer.start + edit.delta : text.length;
    // The kept item (or trailer) after the stretch must still begin a line: an edit may have joined it to the one before.
    if (to < text.length && text.charCodeAt(to - 1) !== 10) return undefined;
    const middle = splitItems(text, from, to, old.itemIndent);
    if (!middle || front + middle.length + back === 0) return undefined;
    const trailer = old.trailer && { start: old.trailer.start + edit.delta, end: text.length };
    return { header: old.header, trailer, front, back, middle, itemIndent: old.itemIndent };
  }

  /** Any other edit: split the whole text, keep the items whose text did not change. */
  private planAfresh(text: string, edit: Edit): Reuse | string {
    const layout = splitPlan(text);
    if (!layout) return 'layout';
    const old = this.state;
    const header = old && old.header.end === layout.header.end && layout.header.end <= edit.prefix ? old.header : readMapPart(text, layout.header);
    if (!header) return 'header';
    const parts = layout.items;
    const oldItems = old?.items ?? [];
    let front = 0;
    while (front < parts.length && front < oldItems.length) {
      const part = parts[front];
      const candidate = oldItems[front];
      if (part.end > edit.prefix || candidate.start !== part.start || candidate.end !== part.end) break;
      front++;
    }
    let back = 0;
    while (back < parts.length - front && back < oldItems.length - front) {
      const part = parts[parts.length - 1 - back];
      const candidate = oldItems[oldItems.length - 1 - back];
      if (part.start < edit.newEnd || candidate.start + edit.delta !== part.start || candidate.end + edit.delta !== part.end) break;
      back++;
    }
    return { header, trailer: layout.trailer, front, back, middle: parts.slice(front, parts.length - back), itemIndent: layout.itemIndent };
  }
}

interface Edit {
  /** Length of the common start of the old and new text. */
  prefix: number;
  /** Where the common end starts, in the old and in the new text. */
  oldEnd: number;
  newEnd: number;
  delta: number;
}

/** How to build the new version: `front` old items kept in place, `back` old items moved, `middle` parts to read. */
interface Reuse {
  header: MapPart;
  trailer?: Part;
  front: number;
  back: number;
  middle: Part[];
  itemIndent: number;
}

/** The plan-wide steps of `analyze`, over a document made of the parts. */
function assemble(
  text: string,
  lines: LineIndex,
  options: AnalysisOptions,
  header: MapPart,
  items: ItemPart[],
  trailer: MapPart | undefined,
  duplicated: Set<string>,
  changes: CellChanges | undefined,
  /** The line count before, when the frame of the plan was kept: then the analysis says what changed (`Analysis.changes`). */
  linesBefore: number | undefined,
): { analysis: Analysis; matrix: MatrixState } {
  const locale = options.locale ?? 'en';
  const last = items[items.length - 1];
  const list = new YAMLSeq();
  list.range = items.length > 0 ? [items[0].listStart, last.listEnd, last.listEnd] : [header.end, header.end, header.end];
  const contentKey = header.pairs[header.pairs.length - 1].key;
  const root = new YAMLMap();
  root.items = [...header.pairs.slice(0, -1), new Pair(contentKey, list), ...(trailer?.pairs ?? [])];
  root.range = [0, text.length, text.length];
  const doc = new Document() as unknown as Document.Parsed;
  doc.contents = root as unknown as YAMLMap.Parsed;

  const findings: Finding[] = [];
  const msg = messages(locale);
  const ctx: ReadContext = { nodes: new YamlNodes(doc, text), msg, locale, report: (finding) => findings.push(finding) };
  const readContent: ContentReader = (reading) => {
    // What reading each item reported, in order, with readPlan's duplicate-id check in between.
    const pieces: Piece[] = [];
    const seenIds = new Set<string>();
    for (const item of items) {
      for (const finding of item.findings) reading.report(finding);
      const piece = item.piece;
      if (!piece) continue;
      if (piece.index !== pieces.length) piece.index = pieces.length;
      if (duplicated.size > 0 && piece.id && duplicated.has(piece.id.value)) checkPieceId(reading, piece, seenIds);
      pieces.push(piece);
    }
    return pieces;
  };
  const plan = readPlan(doc, ctx, readContent);
  // Stages decide which cells a `*` reaches: a changed stage lays the matrix out anew.
  const key = `${plan.personas.map((persona) => `${persona.id}\u0001${persona.stage}`).join('\n')}\u0000${plan.phases.map((phase) => `${phase.id}\u0001${phase.stage}`).join('\n')}`;
  checkItemReferences(plan, items, key, ctx);
  const minPerCell = plan.rules.minPerCell ?? options.minPerCell ?? DEFAULT_MIN_PER_CELL;
  const touched: number[] = [];
  const updated = changes && changes.previous.key === key ? changes : undefined;
  const matrix = updated ? updateMatrix(plan, minPerCell, updated, touched) : buildMatrix(plan, minPerCell);
  checkMatrix(plan, matrix, ctx);
  reportSchedule(plan, ctx, options.today);
  // Every part parsed without an error or a warning (else the version is analysed from scratch).
  const analysis: Analysis = { text, lines, plan, matrix, diagnostics: finishDiagnostics(findings, lines, options), today: options.today, wellFormed: true };
  if (updated && linesBefore !== undefined) {
    const pieces = (list: ItemPart[]) => list.reduce((n, item) => n + (item.piece ? 1 : 0), 0);
    // The first piece after the kept items: one past the last kept item with a piece.
    let start = 0;
    for (let k = updated.front - 1; k >= 0; k--) {
      const piece = items[k].piece;
      if (piece) {
        start = piece.index + 1;
        break;
      }
    }
    const cells = [...new Set(touched)].sort((a, b) => a - b);
    analysis.changes = { since: updated.previous.matrix, start, removed: pieces(updated.removed), added: pieces(updated.added), lineShift: lines.lineCount - linesBefore, cells };
  }
  return { analysis, matrix: { key, matrix } };
}

/**
 * buildMatrix from maintained cells: the pieces of items that left are taken out of their
 * cells, those of items that joined are put in at their place (cells list pieces in plan
 * order), and the counts follow. Valid while the persona and phase ids are the ones the
 * previous matrix was laid out for; which cells a piece fills is asked of buildMatrix itself.
 * `touched` gets the index of every cell a piece left or joined.
 */
function updateMatrix(plan: Plan, minPerCell: number, changes: CellChanges, touched: number[]): Matrix {
  const cells = changes.previous.matrix.cells;
  const cellsOf = (piece: Piece): number[] =>
    buildMatrix({ ...plan, pieces: [piece], map: [], rules: { ...plan.rules, ignore: [] } }, minPerCell).cells.flatMap((cell, i) => (cell.pieces.length > 0 ? [i] : []));
  for (const item of changes.removed) {
    if (!item.piece) continue;
    for (const i of cellsOf(item.piece)) {
      touched.push(i);
      const cell = cells[i];
      const at = cell.pieces.indexOf(item.piece);
      if (at < 0) throw new Error('matrix out of step with the items'); // a bug: update() falls back to a full analysis
      cell.pieces.splice(at, 1);
      if (item.piece.status !== 'retired') cell.count--;
    }
  }
  for (const item of changes.added) {
    if (!item.piece) continue;
    for (const i of cellsOf(item.piece)) {
      touched.push(i);
      const cell = cells[i];
      cell.pieces.splice(insertionPoint(cell.pieces, item.piece.index), 0, item.piece);
      if (item.piece.status !== 'retired') cell.count++;
    }
  }
  // The frame (personas, phases, ignored cells) comes fresh from buildMatrix without pieces; the pieces and counts from above.
  const matrix = buildMatrix({ ...plan, pieces: [] }, minPerCell);
  matrix.cells.forEach((cell, i) => {
    cell.pieces = cells[i].pieces;
    cell.count = cells[i].count;
    cell.gap = !cell.ignored && cell.count < minPerCell;
  });
  return matrix;
}

/** Where a piece with this index goes in a list ordered by index. */
function insertionPoint(pieces: Piece[], index: number): number {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].index < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * checkReferences, item by item: what it reports for a piece depends only on the piece and the
 * plan's persona and phase ids (in order: suggestions pick the closest), so each item keeps
 * its findings until those ids change. The ignore rules, map entries and actions are checked
 * afresh, after the pieces.
 */
function checkItemReferences(plan: Plan, items: ItemPart[], key: string, ctx: ReadContext): void {
  // Most pieces' references are fine: they share one answer rather than keep one each.
  const clean = { key, findings: NO_FINDINGS };
  for (const item of items) {
    if (!item.piece) continue;
    if (item.references?.key !== key) {
      const found: Finding[] = [];
      // This piece alone: the ignore rules, map entries and actions are checked once, below.
      checkReferences({ ...plan, pieces: [item.piece], rules: { ...plan.rules, ignore: [] }, map: [], actions: [] }, { ...ctx, report: (finding) => void found.push(finding) });
      item.references = found.length > 0 ? { key, findings: found } : clean;
    }
    for (const finding of item.references.findings) ctx.report(finding);
  }
  checkReferences({ ...plan, pieces: [] }, ctx);
}

function count(ids: IdCounts, piece: Piece | undefined, by: number): void {
  const id = piece?.id?.value;
  if (id === undefined) return;
  const next = (ids.counts.get(id) ?? 0) + by;
  if (next > 0) ids.counts.set(id, next);
  else ids.counts.delete(id);
  if (next > 1) ids.duplicated.add(id);
  else ids.duplicated.delete(id);
}

/** How many of the first n indexes satisfy test, stopping at the first that does not. */
function countWhile(n: number, test: (k: number) => boolean): number {
  let k = 0;
  while (k < n && test(k)) k++;
  return k;
}

function hasKey(pairs: Pair[], key: string): boolean {
  return pairs.some((pair) => isScalar(pair.key) && pair.key.value === key);
}

function hasDuplicateKeys(pairs: Pair[]): boolean {
  const seen = new Set<unknown>();
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

const BLOCK = 4096;

/** Length of the common start of two texts; compares blocks natively first, then characters. */
/** How much of its start and its end a text kept through an edit. */
interface Ends {
  prefix: number;
  suffix: number;
}

/** A text came from `from` and kept its first `prefix` and last `suffix` characters (not necessarily all it shares with it). */
export interface Edited extends Ends {
  from: string;
}

/** Does `edited` say how `text` came from `previous`? (Texts of different lengths compare at once.) */
function describes(edited: Edited, previous: string, text: string): boolean {
  return edited.prefix >= 0 && edited.suffix >= 0 && edited.prefix + edited.suffix <= Math.min(previous.length, text.length) && edited.from === previous;
}

function commonEnds(before: string, after: string): Ends {
  const prefix = commonPrefix(before, after);
  return { prefix, suffix: commonSuffix(before, after, Math.min(before.length, after.length) - prefix) };
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of two texts, at most `limit` (so it never overlaps the common start). */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

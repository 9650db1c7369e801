// The nesting limit. The `yaml` library composes documents recursively (and its parser closes
// block collections recursively), so a file nested thousands of levels deep would run the
// engine out of stack — and how deep it gets before that depends on what the JIT compiled, so
// the answer would depend on the process's history, and running close to the limit can kill
// the process. Instead, the lexemes are watched on their way from the lexer to the parser, with
// an explicit stack of the open collections: whatever opens a collection deeper than
// MAX_NESTING levels (flow and block alike) is blanked, up to where that collection ends, and
// reported at its place. The parser never sees more than MAX_NESTING levels, and the rest of
// the plan is read as usual.
import { CST } from 'yaml';
import type { Span } from './lineIndex';

export const MAX_NESTING = 64;

/** An open block collection: where its indicators or keys stand. */
interface Open {
  column: number;
  kind: 'seq' | 'map';
}

/**
 * An open flow collection, and the levels the parser adds inside it: a block collection for a
 * `- ` or `? ` (an error in flow, still nested), a one-pair mapping for `key: value` in a sequence.
 */
interface OpenFlow {
  seq: boolean;
  extra: number;
  pair: boolean;
  /** Opened in a blanked stretch (or opening it): the parser never saw it, so its closing bracket is blanked too. */
  blanked: boolean;
}

const NOTHING: readonly string[] = [];

export class NestingGuard {
  /** Where a collection opened too deep: the indicator, bracket or key. */
  readonly tooDeep: Span[] = [];
  /** Lexemes seen (markers the lexer adds excluded): what the token budget counts. */
  tokens = 0;
  private offset: number;
  private column = 0;
  private atLineStart = true;
  private readonly block: Open[] = [];
  private readonly flows: OpenFlow[] = [];
  /** The levels `flows` stands for: the collections and what the parser adds inside them. */
  private flow = 0;
  /** The next lexeme is a scalar's source; `blockScalar`: a block scalar's, not a line of structure. */
  private atScalar = false;
  private blockScalar = false;
  /** Where the node being written on this line began, after the last indicator. */
  private nodeStart = -1;
  private nodeColumn = 0;
  /** The block node a flow collection is part of (a key such as `[a, b]:`), while inside it. */
  private blockNode = { start: -1, column: 0 };
  /** While blanking: the depth at which the too-deep collection is closed again, and how many flow levels the parser saw. */
  private maskedUntil = -1;
  private maskedFlow = 0;

  /** @param outer how deep the text sits in its document (a part of a plan, parsed on its own). */
  constructor(
    offset: number,
    private readonly outer = 0,
  ) {
    this.offset = offset;
  }

  /** The lexemes the parser gets in place of this one: itself, or blanks of the same length. */
  next(lexeme: string): string | readonly string[] {
    const start = this.offset;
    if (this.atScalar) {
      this.atScalar = false;
      this.blockScalar = false;
      this.advance(lexeme);
      return this.maskedUntil >= 0 ? blanks(lexeme) : lexeme;
    }
    const type = CST.tokenType(lexeme);
    switch (type) {
      case 'doc-mode':
        this.reset();
        return lexeme;
      case 'flow-error-end': {
        // The lexer left flow context (a collection was never closed): so does the guard.
        const parserFlow = this.maskedUntil >= 0 ? this.maskedFlow : this.flows.length;
        this.flows.length = 0;
        this.flow = 0;
        this.unmaskIfClosed();
        return parserFlow > 0 && this.maskedUntil < 0 ? lexeme : NOTHING;
      }
      case 'newline':
        this.advance(lexeme);
        this.nodeStart = -1;
        return lexeme;
      case 'space':
      case 'comment':
        this.advance(lexeme, true);
        return this.maskedUntil >= 0 ? blanks(lexeme) : lexeme;
      case 'byte-order-mark':
      case 'directive-line':
        this.advance(lexeme, true);
        return lexeme;
      case 'doc-start':
      case 'doc-end':
        this.reset();
        this.advance(lexeme);
        return lexeme;
    }
    // Something that is part of a node: a scalar (marker), an indicator, a bracket, a property.
    const column = this.column;
    if (this.atLineStart && this.flow === 0 && !this.blockScalar) this.closeBlocksBefore(column, type === 'seq-item-ind');
    if (this.nodeStart < 0) {
      this.nodeStart = start;
      this.nodeColumn = column;
    }
    let opened: Span | undefined;
    switch (type) {
      case 'scalar':
        this.atScalar = true;
        this.atLineStart = false;
        return this.maskedUntil >= 0 ? NOTHING : lexeme;
      case 'block-scalar-header':
        this.blockScalar = true;
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (this.flow === 0) opened = this.openBlock(type === 'seq-item-ind' ? 'seq' : 'map', column, { start, end: start + 1 });
        else opened = this.openInFlow({ start, end: start + 1 });
        this.nodeStart = -1;
        break;
      case 'map-value-ind': {
        const at = { start: this.nodeStart, end: start + 1 };
        const inFlow = this.flows[this.flows.length - 1];
        if (this.flow === 0) opened = this.openBlock('map', this.nodeColumn, at);
        else if (inFlow?.seq && !inFlow.pair) {
          inFlow.pair = true;
          opened = this.openInFlow(at);
        }
        this.nodeStart = -1;
        break;
      }
      case 'comma': {
        this.nodeStart = -1;
        const inFlow = this.flows[this.flows.length - 1];
        if (inFlow?.pair) {
          // The pair ends here, and with it a stretch it opened: the comma belongs to the list.
          inFlow.pair = false;
          inFlow.extra--;
          this.flow--;
          this.unmaskIfClosed();
        }
        break;
      }
      case 'flow-seq-start':
      case 'flow-map-start':
        if (this.maskedUntil < 0) this.maskedFlow = this.flows.length;
        if (this.flows.length === 0) this.blockNode = { start: this.nodeStart, column: this.nodeColumn };
        this.nodeStart = -1;
        this.flows.push({ seq: type === 'flow-seq-start', extra: 0, pair: false, blanked: this.maskedUntil >= 0 });
        opened = this.openInFlow({ start, end: start + 1 }, true);
        break;
      case 'flow-seq-end':
      case 'flow-map-end': {
        const closed = this.flows.pop();
        if (!closed) break;
        this.flow -= 1 + closed.extra;
        if (this.flows.length === 0) [this.nodeStart, this.nodeColumn] = [this.blockNode.start, this.blockNode.column];
        // A bracket the parser saw the opening of ends a stretch opened inside it, and is kept.
        if (!closed.blanked) this.unmaskIfClosed();
        break;
      }
    }
    if (opened && this.maskedUntil < 0) {
      // Blanked until the level it opened is closed; the parser saw the flow collections around it.
      this.maskedUntil = this.depth() - 1;
      if (type === 'flow-seq-start' || type === 'flow-map-start') this.flows[this.flows.length - 1].blanked = true;
      else this.maskedFlow = this.flows.length;
      this.tooDeep.push(opened);
    }
    this.advance(lexeme);
    if (this.maskedUntil < 0) return lexeme;
    const out = blanks(lexeme);
    if (type === 'flow-seq-end' || type === 'flow-map-end') this.unmaskIfClosed(); // after its closing bracket, blanked too
    return out;
  }

  private depth(): number {
    return this.outer + this.block.length + this.flow;
  }

  /** A line's first node at `column` closes the block collections indented deeper (and a sequence at its column, unless it is an item). */
  private closeBlocksBefore(column: number, isItem: boolean): void {
    const block = this.block;
    for (let top = block[block.length - 1]; top && (top.column > column || (top.column === column && top.kind === 'seq' && !isItem)); top = block[block.length - 1]) block.pop();
    this.unmaskIfClosed();
  }

  /** Opens a block collection at `column`, unless the innermost one is that collection; returns `at` when that goes over the limit. */
  private openBlock(kind: Open['kind'], column: number, at: Span): Span | undefined {
    const top = this.block[this.block.length - 1];
    if (top && top.column === column && top.kind === kind) return undefined;
    this.block.push({ column, kind });
    return this.depth() > MAX_NESTING ? at : undefined;
  }

  /** One level more in flow context: a flow collection (`added`, just pushed), or a level the parser adds inside the innermost one. */
  private openInFlow(at: Span, added = false): Span | undefined {
    if (!added) this.flows[this.flows.length - 1].extra++;
    this.flow++;
    return this.depth() > MAX_NESTING ? at : undefined;
  }

  private unmaskIfClosed(): void {
    if (this.maskedUntil >= 0 && this.depth() <= this.maskedUntil) this.maskedUntil = -1;
  }

  private reset(): void {
    this.block.length = 0;
    this.flows.length = 0;
    this.flow = 0;
    this.nodeStart = -1;
    this.unmaskIfClosed();
  }

  private advance(lexeme: string, blank = false): void {
    this.tokens++;
    this.offset += lexeme.length;
    const lastBreak = lexeme.lastIndexOf('\n');
    if (lastBreak < 0) this.column += lexeme.length;
    else this.column = lexeme.length - lastBreak - 1;
    // Indentation and comments leave a line where it was; anything else has started it.
    if (lastBreak === lexeme.length - 1) this.atLineStart = true;
    else if (!blank) this.atLineStart = false;
  }
}

/** The lexeme as the parser should see a blanked stretch: spaces, with its line breaks kept. */
function blanks(lexeme: string): readonly string[] {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < lexeme.length; i++) {
    const c = lexeme.charCodeAt(i);
    if (c === 10 || (c === 13 && lexeme.charCodeAt(i + 1) === 10)) {
      if (run > 0) out.push(' '.repeat(run));
      run = 0;
      if (c === 13) i++;
      out.push(c === 13 ? '\r\n' : '\n');
    } else run++;
  }
  if (run > 0) out.push(' '.repeat(run));
  return out;
}

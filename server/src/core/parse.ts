// Parsing YAML the one way the analysis does, whole text or part: the `yaml` library's lexer,
// parser and composer, with the nesting limit (nesting.ts) between lexer and parser and a
// token budget. Both limits are counts, never time or stack, so a text always parses the same.
import { Composer, Lexer, Parser, type CST, type Document } from 'yaml';
import type { Span } from './lineIndex';
import { NestingGuard } from './nesting';

/**
 * Duplicate keys are found by reportDuplicateKeys (linear) instead of the library's quadratic check.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false } as const;

/**
 * How many lexemes (keys, values, punctuation, indentation, line breaks) a text may have: the
 * analysis takes time in proportion to them, a real plan the most per lexeme (docs/security.md).
 * A plan of 10,000 pieces as the benchmark writes them has 705,000 and opens in 0.9 s; more than
 * this would keep the editor waiting over a second, so such a text gets one diagnostic instead.
 */
export const MAX_TOKENS = 800_000;

export interface Parsed {
  docs: Document.Parsed[];
  /** Where a collection opened more than MAX_NESTING levels deep (blanked for the parser). */
  tooDeep: Span[];
  /** The lexemes read; over the budget, reading stopped there and `docs` are incomplete. */
  tokens: number;
}

export interface ParseAt {
  /** Where `source` starts in the larger text it is part of: every node range is an offset in that text. */
  offset?: number;
  /** Where it ends in that text. */
  end?: number;
  /** One document even for empty text. */
  forceDoc?: boolean;
  /** How many collections deep `source` sits in its document. */
  depth?: number;
  /** Reading stops after this many lexemes (default MAX_TOKENS). */
  maxTokens?: number;
}

export function parseYaml(source: string, at: ParseAt = {}): Parsed {
  const offset = at.offset ?? 0;
  const maxTokens = at.maxTokens ?? MAX_TOKENS;
  const guard = new NestingGuard(offset, at.depth);
  const parser = new Parser();
  parser.offset = offset;
  function* tokens(): Generator<CST.Token> {
    for (const lexeme of new Lexer().lex(source)) {
      const fed = guard.next(lexeme);
      if (typeof fed === 'string') yield* parser.next(fed);
      else for (const part of fed) yield* parser.next(part);
      if (guard.tokens > maxTokens) break;
    }
    yield* parser.end();
  }
  const docs = withoutStackTraces(() => Array.from(new Composer(PARSE_OPTIONS).compose(tokens(), at.forceDoc ?? false, at.end ?? offset + source.length)));
  return { docs, tooDeep: guard.tooDeep, tokens: guard.tokens };
}

/**
 * Runs `make` with errors made without a stack trace. The library's YAML errors are Errors: a
 * trace each is most of the cost of a text that is one error after another (a million commas),
 * and says nothing about the plan.
 */
export function withoutStackTraces<T>(make: () => T): T {
  // V8's own setting (not in the DOM's ErrorConstructor: the webview type-checks the core too).
  const errors = Error as ErrorConstructor & { stackTraceLimit?: number };
  const stackTraceLimit = errors.stackTraceLimit;
  errors.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    errors.stackTraceLimit = stackTraceLimit;
  }
}

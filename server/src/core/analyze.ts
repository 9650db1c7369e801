// The analysis entry point: text in, plan + matrix + diagnostics out. Pure and synchronous;
// the language server, the CLI and (through the server) the preview all call this one function.
import { Composer, parseAllDocuments, Parser, type Document } from 'yaml';
import { DEFAULT_SEVERITY, type Diagnostic, type DiagnosticCode, type SeveritySetting } from './diagnostics';
import { reportGaps } from './gaps';
import { LineIndex } from './lineIndex';
import { buildMatrix, type Matrix } from './matrix';
import { messages, type Locale } from './messages';
import type { Plan } from './plan';
import { emptyPlan, readPlan, type Finding, type ReadContext } from './readPlan';
import { checkReferences } from './references';
import { reportSchedule } from './schedule';
import { reportDuplicateKeys } from './uniqueKeys';
import { YamlNodes } from './yamlNodes';

export interface AnalysisOptions {
  locale?: Locale;
  /** min-per-cell for plans that set none in `rules`. */
  minPerCell?: number;
  /** Per-code severity overrides; 'off' hides a code. */
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Files larger than this (UTF-8 bytes) get one `file-too-large` diagnostic instead of an analysis. */
  maxFileSize?: number;
  /**
   * Today's date, `YYYY-MM-DD`, for `overdue` and `review-due`: the server and the CLI pass the
   * local date (the CLI's `--today` another). Without it neither is reported.
   */
  today?: string;
}

export interface Analysis {
  text: string;
  lines: LineIndex;
  plan: Plan;
  matrix: Matrix;
  diagnostics: Diagnostic[];
  /** The `today` option the analysis ran with: quick fixes that write a date start from it. */
  today?: string;
}

export const DEFAULT_MIN_PER_CELL = 1;
/** 5 MB: far above any real plan, low enough that one analysis stays a matter of seconds at worst. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * How plans are parsed; the incremental analysis parses its parts the same way. Duplicate keys
 * are found by reportDuplicateKeys (linear) instead of the library's quadratic check.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false } as const;

/**
 * The documents of `source`, a stretch of a larger text that starts at `offset` and ends at `end`
 * in it: every node range is an offset in the larger text, so spans need no translating.
 */
export function parseAt(source: string, offset: number, end: number, forceDoc = false): Document.Parsed[] {
  const parser = new Parser();
  parser.offset = offset;
  return Array.from(new Composer(PARSE_OPTIONS).compose(parser.parse(source), forceDoc, end));
}

/** @param lines the text's line index, when the caller keeps one. */
export function analyze(text: string, options: AnalysisOptions = {}, lines = new LineIndex(text)): Analysis {
  const locale = options.locale ?? 'en';
  const msg = messages(locale);
  const findings: Finding[] = [];
  let plan: Plan = emptyPlan();
  if (isTooLarge(text, options)) {
    const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    findings.push({ code: 'file-too-large', span: { start: 0, end: Math.min(lines.lineEnd(0), 80) }, message: msg.fileTooLarge(utf8Length(text), maxFileSize) });
    return { text, lines, plan, matrix: buildMatrix(plan, DEFAULT_MIN_PER_CELL), diagnostics: finishDiagnostics(findings, lines, options), today: options.today };
  }
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS);
    const doc = docs[0];
    if (doc) reportDuplicateKeys(doc);
    for (const error of doc ? [...doc.errors, ...doc.warnings] : []) {
      findings.push({
        code: 'yaml-syntax',
        severity: error.name === 'YAMLWarning' ? 'warning' : 'error',
        span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
        message: msg.yamlSyntax(firstLine(error.message)),
      });
    }
    if (docs.length > 1) {
      const second = docs[1].range[0];
      findings.push({ code: 'invalid-value', span: { start: second, end: lines.lineEnd(lines.position(second).line) }, message: msg.severalDocuments(docs.length) });
    }
    const ctx: ReadContext = { nodes: doc ? new YamlNodes(doc, text) : (undefined as never), msg, locale, report: (finding) => findings.push(finding) };
    if (doc) {
      plan = readPlan(doc, ctx);
      checkReferences(plan, ctx);
    } else {
      findings.push({ code: 'missing-field', span: { start: 0, end: 0 }, message: msg.missingPersonas() });
    }
    const matrix = buildMatrix(plan, plan.rules.minPerCell ?? options.minPerCell ?? DEFAULT_MIN_PER_CELL);
    reportGaps(plan, matrix, ctx);
    reportSchedule(plan, ctx, options.today);
    return { text, lines, plan, matrix, diagnostics: finishDiagnostics(findings, lines, options), today: options.today };
  } catch (error) {
    // Nothing a user types may take the analysis down: say so in one diagnostic and carry on.
    const detail = error instanceof RangeError ? 'the file is nested too deeply' : error instanceof Error ? error.message : String(error);
    findings.push({ code: 'analysis-failed', span: { start: 0, end: lines.lineEnd(0) }, message: msg.analysisFailed(detail) });
    plan = emptyPlan();
    return { text, lines, plan, matrix: buildMatrix(plan, DEFAULT_MIN_PER_CELL), diagnostics: finishDiagnostics(findings, lines, options), today: options.today };
  }
}

/** Whether the text is above the `maxFileSize` option (UTF-8 bytes): then it gets one diagnostic, not an analysis. */
export function isTooLarge(text: string, options: AnalysisOptions): boolean {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Three UTF-8 bytes at most per UTF-16 unit: most files need no measuring at all.
  return text.length * 3 > maxFileSize && utf8Length(text) > maxFileSize;
}

/** Findings → diagnostics: severity settings applied, ranges computed, sorted by position. */
export function finishDiagnostics(findings: Finding[], lines: LineIndex, options: AnalysisOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const setting = options.severity?.[finding.code];
    if (setting === 'off') continue;
    const severity = setting ?? finding.severity ?? DEFAULT_SEVERITY[finding.code];
    const span = { start: Math.min(finding.span.start, lines.text.length), end: Math.min(finding.span.end, lines.text.length) };
    const diagnostic: Diagnostic = { code: finding.code, severity, message: finding.message, span, range: lines.range(span) };
    if (finding.data && Object.values(finding.data).some((value) => value !== undefined)) diagnostic.data = finding.data;
    diagnostics.push(diagnostic);
  }
  return diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The size of the text in UTF-8 bytes, as it would be on disk (without a byte-order mark). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function firstLine(message: string): string {
  // The parser reports a stack overflow on very deep nesting as its own error; say what it means.
  if (message.includes('Maximum call stack size exceeded')) return 'the file is nested too deeply';
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

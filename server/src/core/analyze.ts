// The analysis entry point: text in, plan + matrix + diagnostics out. Pure and synchronous;
// the language server, the CLI and (through the server) the preview all call this one function.
import { withBases, type PlanBases } from './bases';
import { DEFAULT_SEVERITY, MAX_DIAGNOSTICS, type Diagnostic, type DiagnosticCode, type SeveritySetting } from './diagnostics';
import { reportGaps } from './gaps';
import { reportKpisBelowTarget } from './kpis';
import { LineIndex } from './lineIndex';
import { buildMatrix, type Matrix } from './matrix';
import { messages, type Locale } from './messages';
import { MAX_NESTING } from './nesting';
import { MAX_TOKENS, parseYaml } from './parse';
import type { Plan } from './plan';
import { emptyPlan, readPlan, type Finding, type ReadContext } from './readPlan';
import { checkReferences } from './references';
import { reportOutsideStage } from './stages';
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
  /** Texts of more lexemes than this get one `file-too-large` diagnostic instead of an analysis (default MAX_TOKENS). */
  maxTokens?: number;
}

export interface Analysis {
  text: string;
  lines: LineIndex;
  plan: Plan;
  matrix: Matrix;
  diagnostics: Diagnostic[];
  /** The `today` option the analysis ran with: quick fixes that write a date start from it. */
  today?: string;
  /** Set when the text was too large or too dense to analyse (one file-too-large diagnostic): editor features have nothing to offer in it. */
  notAnalysed?: true;
  /**
   * Set when the text is one YAML document that parsed without an error or a warning, whatever
   * severity the settings give `yaml-syntax`: then the parsed tree's layout is the text's, and
   * completion may take a piece's place from it instead of reading the lines above.
   */
  wellFormed?: true;
  /** Set for a plan with `extends`: the plan as its own text says, before its bases were merged in (`reanalyze` starts from it). */
  own?: OwnRead;
  /** Set by an incremental update that kept the plan's frame: which pieces and cells differ from the analysis before (the preview's delta is made from it). */
  changes?: PieceChanges;
}

/**
 * How an analysis' pieces and cells differ from those of the one before it, whose matrix is
 * `since` (that analysis is superseded: only the identity of its matrix is used). Personas,
 * phases, rules and the journey map are unchanged; pieces [start, start + removed) of the one
 * before became [start, start + added) of this one, the pieces after them moved `lineShift`
 * lines, and only the cells listed changed what they hold.
 */
export interface PieceChanges {
  since: Matrix;
  start: number;
  removed: number;
  added: number;
  lineShift: number;
  cells: readonly number[];
}

/** What reading a plan's own text gave: its plan, and what reading it reported. */
export interface OwnRead {
  plan: Plan;
  findings: readonly Finding[];
}

export const DEFAULT_MIN_PER_CELL = 1;
/** 5 MB: far above any real plan, low enough that one analysis stays a matter of seconds at worst. */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/**
 * @param lines the text's line index, when the caller keeps one.
 * @param bases where the plan's `extends` are looked up; without them every base is missing.
 */
export function analyze(text: string, options: AnalysisOptions = {}, lines = new LineIndex(text), bases?: PlanBases): Analysis {
  const locale = options.locale ?? 'en';
  const msg = messages(locale);
  const findings: Finding[] = [];
  let plan: Plan = emptyPlan();
  // One file-too-large diagnostic on the first line instead of an analysis.
  const notAnalysed = (message: string): Analysis => {
    const diagnostics = finishDiagnostics([{ code: 'file-too-large', span: { start: 0, end: Math.min(lines.lineEnd(0), 80) }, message }], lines, options);
    return { text, lines, plan, matrix: buildMatrix(plan, DEFAULT_MIN_PER_CELL), diagnostics, notAnalysed: true, today: options.today };
  };
  if (isTooLarge(text, options)) return notAnalysed(msg.fileTooLarge(utf8Length(text), options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
  try {
    const maxTokens = options.maxTokens ?? MAX_TOKENS;
    const { docs, tooDeep, tokens } = parseYaml(text, { maxTokens });
    if (tokens > maxTokens) return notAnalysed(msg.tooManyTokens(maxTokens));
    for (const span of tooDeep) findings.push({ code: 'yaml-syntax', severity: 'error', span, message: msg.nestedTooDeeply(MAX_NESTING) });
    const doc = docs[0];
    if (doc) reportDuplicateKeys(doc);
    const wellFormed = docs.length === 1 && doc !== undefined && tooDeep.length === 0 && doc.errors.length === 0 && doc.warnings.length === 0;
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
      if (plan.sections.extends) return checkWithBases(text, lines, { plan, findings }, options, bases);
      checkReferences(plan, ctx);
    } else {
      findings.push({ code: 'missing-field', span: { start: 0, end: 0 }, message: msg.missingPersonas() });
    }
    const matrix = buildMatrix(plan, plan.rules.minPerCell ?? options.minPerCell ?? DEFAULT_MIN_PER_CELL);
    checkMatrix(plan, matrix, ctx);
    reportSchedule(plan, ctx, options.today);
    return { text, lines, plan, matrix, diagnostics: finishDiagnostics(findings, lines, options), today: options.today, ...(wellFormed && { wellFormed }) };
  } catch (error) {
    return analysisFailed(text, lines, findings, options, error);
  }
}

/**
 * The analysis again with the bases as they are now: only the steps after reading the text
 * (merging the bases, references, matrix, gaps) run again, over the same plan and pieces.
 * A plan without `extends` is returned as it is.
 */
export function reanalyze(previous: Analysis, options: AnalysisOptions, bases?: PlanBases): Analysis {
  if (!previous.own) return previous;
  try {
    return checkWithBases(previous.text, previous.lines, previous.own, options, bases);
  } catch (error) {
    return analysisFailed(previous.text, previous.lines, [...previous.own.findings], options, error);
  }
}

function checkWithBases(text: string, lines: LineIndex, own: OwnRead, options: AnalysisOptions, bases: PlanBases | undefined): Analysis {
  const locale = options.locale ?? 'en';
  const findings = [...own.findings];
  const ctx: ReadContext = { nodes: undefined as never, msg: messages(locale), locale, report: (finding) => findings.push(finding) };
  const plan = withBases(own.plan, bases, ctx);
  checkReferences(plan, ctx);
  const matrix = buildMatrix(plan, plan.rules.minPerCell ?? options.minPerCell ?? DEFAULT_MIN_PER_CELL);
  checkMatrix(plan, matrix, ctx);
  reportSchedule(plan, ctx, options.today);
  return { text, lines, plan, matrix, diagnostics: finishDiagnostics(findings, lines, options), today: options.today, own };
}

/** A bug, not the input (the input is bounded before it is parsed): say so in one diagnostic and carry on. */
function analysisFailed(text: string, lines: LineIndex, findings: Finding[], options: AnalysisOptions, error: unknown): Analysis {
  const detail = error instanceof Error ? error.message : String(error);
  findings.push({ code: 'analysis-failed', span: { start: 0, end: lines.lineEnd(0) }, message: messages(options.locale ?? 'en').analysisFailed(detail) });
  const plan = emptyPlan();
  return { text, lines, plan, matrix: buildMatrix(plan, DEFAULT_MIN_PER_CELL), diagnostics: finishDiagnostics(findings, lines, options), today: options.today };
}

/** The checks that read the matrix: gaps, pieces outside a persona's stage, kpis below their targets. */
export function checkMatrix(plan: Plan, matrix: Matrix, ctx: ReadContext): void {
  reportGaps(plan, matrix, ctx);
  reportOutsideStage(plan, ctx);
  reportKpisBelowTarget(matrix, ctx);
}

/** Whether the text is above the `maxFileSize` option (UTF-8 bytes): then it gets one diagnostic, not an analysis. */
export function isTooLarge(text: string, options: AnalysisOptions): boolean {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Three UTF-8 bytes at most per UTF-16 unit: most files need no measuring at all.
  return text.length * 3 > maxFileSize && utf8Length(text) > maxFileSize;
}

/** Findings → diagnostics: severity settings applied, ranges computed, sorted by position, the first MAX_DIAGNOSTICS kept. */
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
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  // One more, where the first one left out would be, saying how many are not shown.
  const hidden = diagnostics.length - MAX_DIAGNOSTICS;
  const { span, range } = diagnostics[MAX_DIAGNOSTICS];
  diagnostics.length = MAX_DIAGNOSTICS;
  const setting = options.severity?.['too-many-problems'];
  if (setting !== 'off') {
    const message = messages(options.locale ?? 'en').tooManyProblems(hidden, MAX_DIAGNOSTICS);
    diagnostics.push({ code: 'too-many-problems', severity: setting ?? DEFAULT_SEVERITY['too-many-problems'], message, span, range });
  }
  return diagnostics;
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
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

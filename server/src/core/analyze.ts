// The analysis entry point: text in, plan + matrix + diagnostics out. Pure and synchronous;
// the language server, the CLI and (through the server) the preview all call this one function.
import { parseAllDocuments } from 'yaml';
import { DEFAULT_SEVERITY, type Diagnostic, type DiagnosticCode, type SeveritySetting } from './diagnostics';
import { reportGaps } from './gaps';
import { LineIndex } from './lineIndex';
import { buildMatrix, type Matrix } from './matrix';
import { messages, type Locale } from './messages';
import type { Plan } from './plan';
import { emptyPlan, readPlan, type Finding, type ReadContext } from './readPlan';
import { checkReferences } from './references';
import { YamlNodes } from './yamlNodes';

export interface AnalysisOptions {
  locale?: Locale;
  /** min-per-cell for plans that set none in `rules`. */
  minPerCell?: number;
  /** Per-code severity overrides; 'off' hides a code. */
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
}

export interface Analysis {
  text: string;
  lines: LineIndex;
  plan: Plan;
  matrix: Matrix;
  diagnostics: Diagnostic[];
}

export const DEFAULT_MIN_PER_CELL = 1;

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const locale = options.locale ?? 'en';
  const msg = messages(locale);
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  let plan: Plan = emptyPlan();
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: false });
    const doc = docs[0];
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
    return { text, lines, plan, matrix, diagnostics: finish(findings, lines, options) };
  } catch (error) {
    // Nothing a user types may take the analysis down: say so in one diagnostic and carry on.
    const detail = error instanceof RangeError ? 'the file is nested too deeply' : error instanceof Error ? error.message : String(error);
    findings.push({ code: 'analysis-failed', span: { start: 0, end: lines.lineEnd(0) }, message: msg.analysisFailed(detail) });
    plan = emptyPlan();
    return { text, lines, plan, matrix: buildMatrix(plan, DEFAULT_MIN_PER_CELL), diagnostics: finish(findings, lines, options) };
  }
}

function finish(findings: Finding[], lines: LineIndex, options: AnalysisOptions): Diagnostic[] {
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

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

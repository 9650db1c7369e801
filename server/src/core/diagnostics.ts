// Diagnostic codes, their default severities, and the diagnostic shape the core reports.
// Codes are a public contract (docs/diagnostics.md, CLI output, settings): never rename one.
import type { Range, Span } from './lineIndex';

export const DIAGNOSTIC_CODES = [
  'yaml-syntax',
  'missing-field',
  'invalid-value',
  'unknown-model',
  'unknown-persona',
  'unknown-phase',
  'duplicate-id',
  'unknown-key',
  'empty-phase',
  'persona-without-content',
  'empty-cell',
  'overdue',
  'review-due',
  'analysis-failed',
  'file-too-large',
  'too-many-problems',
  // The journey map and the persona stages.
  'moment-of-truth-gap',
  'outside-persona-stage',
  'kpi-below-target',
  // Bases (`extends`).
  'invalid-extends',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A user's choice per code: a severity, or 'off' to hide it. */
export type SeveritySetting = Severity | 'off';

export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'yaml-syntax': 'error',
  'missing-field': 'error',
  'invalid-value': 'error',
  'unknown-model': 'error',
  'unknown-persona': 'error',
  'unknown-phase': 'error',
  'duplicate-id': 'error',
  'unknown-key': 'warning',
  'empty-phase': 'warning',
  'persona-without-content': 'warning',
  'empty-cell': 'information',
  overdue: 'warning',
  'review-due': 'warning',
  'analysis-failed': 'error',
  'file-too-large': 'warning',
  'too-many-problems': 'information',
  'moment-of-truth-gap': 'warning',
  'outside-persona-stage': 'warning',
  'kpi-below-target': 'information',
  'invalid-extends': 'error',
};

/**
 * At most this many diagnostics per file; the rest are summed up in one `too-many-problems`.
 * Past it the Problems panel is no help, and sending 40,000 of them to the editor takes seconds.
 */
export const MAX_DIAGNOSTICS = 1000;

/** The codes that report gaps in the plan (as opposed to mistakes in the file). */
export const GAP_CODES: readonly DiagnosticCode[] = ['empty-phase', 'persona-without-content', 'empty-cell', 'moment-of-truth-gap'];

/** What a quick fix needs to know about a diagnostic, carried in LSP `Diagnostic.data`. */
export interface DiagnosticData {
  /** The closest valid value, for "did you mean" replacements. */
  suggestion?: string;
  /** For unknown-persona: the id to define. For gap codes: the persona of the gap, if one. For outside-persona-stage: the persona whose stage to widen. */
  persona?: string;
  /** For gap codes: the phase of the gap, if one. */
  phase?: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  data?: DiagnosticData;
}

// What `journey lint` found, per file, in the 1-based positions every output format prints.
import type { Diagnostic } from '../core';

export interface ReportedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
}

export interface FileReport {
  file: string;
  diagnostics: ReportedDiagnostic[];
}

export function toReported(d: Diagnostic): ReportedDiagnostic {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
}

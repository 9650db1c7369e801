// Core diagnostics → LSP diagnostics. The core already counts in UTF-16 positions.
import { Diagnostic as LspDiagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Diagnostic, Severity } from '../core';
import { codeDocsUrl } from '../core/codeSummaries';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    codeDescription: { href: codeDocsUrl(diagnostic.code) },
    source: 'journey',
    message: diagnostic.message,
    data: diagnostic.data,
  };
}

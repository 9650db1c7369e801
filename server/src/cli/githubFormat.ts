// `journey lint --format github`: GitHub Actions workflow commands, which GitHub shows as
// annotations on the lines of a pull request's diff.
import type { FileReport, ReportedDiagnostic } from './lintReport';

const COMMAND: Record<ReportedDiagnostic['severity'], 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** One `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message` line per diagnostic. */
export function toGithubCommands(reports: readonly FileReport[]): string {
  let out = '';
  for (const { file, diagnostics } of reports) {
    const path = file.replace(/\\/g, '/');
    for (const d of diagnostics) {
      const properties = [
        `file=${escapeProperty(path)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.code)}`,
      ];
      out += `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return out;
}

// The escapes of GitHub's own toolkit (@actions/core): a message or value can never end the
// command early or start a second one.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

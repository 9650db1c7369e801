// `journey lint --format sarif`: a SARIF 2.1.0 log, the format code-scanning tools read (GitHub
// code scanning, Azure DevOps, SonarQube). One run; one rule per diagnostic code, in the order
// of DIAGNOSTIC_CODES, so a result's ruleIndex never changes between runs.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES, type Locale, type Severity } from '../core';
import { CODE_SUMMARIES, codeDocsUrl } from '../core/codeSummaries';
import type { FileReport } from './lintReport';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

const SRCROOT = 'SRCROOT';

export function toSarif(reports: readonly FileReport[], locale: Locale, version: string, cwd: string): Sarif.Log {
  const ruleIndex = new Map<string, number>(DIAGNOSTIC_CODES.map((code, i) => [code, i]));
  const rules: Sarif.ReportingDescriptor[] = DIAGNOSTIC_CODES.map((code) => ({
    id: code,
    shortDescription: { text: CODE_SUMMARIES[locale][code] },
    helpUri: codeDocsUrl(code),
    help: { text: `${CODE_SUMMARIES[locale][code]} ${codeDocsUrl(code)}`, markdown: `${CODE_SUMMARIES[locale][code]} [docs/diagnostics.md#${code}](${codeDocsUrl(code)})` },
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] },
  }));
  const results: Sarif.Result[] = reports.flatMap(({ file, diagnostics }) => {
    const artifactLocation = artifactOf(file, cwd);
    return diagnostics.map((d): Sarif.Result => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation,
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      }],
    }));
  });
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'journey', version, informationUri: 'https://github.com/journey-tools/journey', rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd + sep).href } },
      // Columns are UTF-16 code units, as in the editor and the other formats.
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}

/** A file under the working folder relative to it (as code scanning expects); any other as a file: URI. */
function artifactOf(file: string, cwd: string): Sarif.ArtifactLocation {
  const path = relative(cwd, resolve(cwd, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

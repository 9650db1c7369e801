// The reference answer: the texts on standard input (a JSON array) analysed from scratch by the
// core in this separate process, one JSON line per text on standard output: its diagnostics
// (as `canonical` writes them) and its matrix model. The session fuzzer and the determinism
// test compare what a long-lived server or process answered with this.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { analyze, toMatrixModel, type Diagnostic } from '../../server/src/core';
import { LspClient, type PublishedDiagnostics } from '../helpers/lspClient';

export interface Reference {
  diagnostics: string[];
  matrix: string;
}

/** A diagnostic as one comparable line: range, severity, code, message. */
export function canonical(d: Pick<Diagnostic, 'range' | 'message'> & { code: string; severity: string }): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${d.severity} ${d.code} ${d.message}`;
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'];

/** A diagnostic the server published, as the same line (LSP severities are numbers). */
export function canonicalPublished(d: PublishedDiagnostics['diagnostics'][number]): string {
  return canonical({ ...d, severity: SEVERITY_NAMES[d.severity] });
}

/** The options of a reference analysis: the day the test servers are told it is (`overdue` depends on it). */
export const REFERENCE_OPTIONS = { today: LspClient.TODAY } as const;

export function referenceOf(text: string): Reference {
  const analysis = analyze(text, REFERENCE_OPTIONS);
  return { diagnostics: analysis.diagnostics.map(canonical), matrix: JSON.stringify(toMatrixModel(analysis)) };
}

/** Runs this script in a new process on the texts. */
export function freshReferences(texts: readonly string[]): Reference[] {
  if (texts.length === 0) return [];
  const result = spawnSync(process.execPath, [__filename], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`the reference process failed (${result.status ?? result.signal}): ${result.stderr.slice(0, 2000)}`);
  return result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Reference);
}

if (require.main === module) {
  const texts = JSON.parse(readFileSync(0, 'utf8')) as string[];
  for (const text of texts) process.stdout.write(`${JSON.stringify(referenceOf(text))}\n`);
}

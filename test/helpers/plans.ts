// Small plans and helpers shared by the tests.
import { analyze, type AnalysisOptions, type Diagnostic } from '../../server/src/core';

/** A valid plan on the hubspot model with two personas, every cell filled. */
export const FULL_PLAN = `journey: Test plan
model: hubspot
personas:
  - id: it
    name: Ivo, IT-manager
  - id: cfo
    name: Carla, CFO
content:
  - title: Blog
    persona: "*"
    phase: awareness
  - title: Webinar
    persona: [it, cfo]
    phase: [consideration, decision]
`;

export function diagnosticsOf(text: string, options?: AnalysisOptions): Diagnostic[] {
  return analyze(text, options).diagnostics;
}

export function codesOf(text: string, options?: AnalysisOptions): string[] {
  return diagnosticsOf(text, options).map((d) => d.code);
}

/** The text a diagnostic's span covers. */
export function spanText(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end);
}

/** Splits `a|b` into the text without the marker and the marker's offset. */
export function caret(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | marker in the text');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

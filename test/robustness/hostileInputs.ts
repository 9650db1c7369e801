// Inputs a plan should never be, but a file can be: each with the diagnostic codes the analysis
// must answer with. Shared by the hostile-input tests and `npm run fuzz` (which times them).

export interface HostileInput {
  name: string;
  /** Made on demand: some are megabytes. */
  make(): string;
  /** Codes the analysis must report (at least these). */
  expect: string[];
}

const MB = 1024 * 1024;
const PLAN = 'journey: T\npersonas:\n  - id: a\ncontent:\n  - title: x\n    persona: a\n    phase: awareness\n';

/** "Billion laughs": nine levels of nine aliases each, ~387 million nodes if expanded. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`personas: *a${levels - 1}`, `content:`, `  - title: *a${levels - 1}`, `    persona: *a${levels - 1}`, `    phase: *a${levels - 1}`);
  return lines.join('\n') + '\n';
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'empty file', make: () => '', expect: ['missing-field'] },
  { name: 'only whitespace', make: () => '   \n\t\n  \r\n', expect: ['missing-field'] },
  { name: 'only comments', make: () => '# a plan\n# to be written\n', expect: ['missing-field'] },
  { name: 'byte-order mark', make: () => `\uFEFF${PLAN}`, expect: ['empty-phase'] },
  { name: 'CRLF line breaks', make: () => PLAN.replace(/\n/g, '\r\n'), expect: ['empty-phase'] },
  { name: 'CR-only line breaks', make: () => PLAN.replace(/\n/g, '\r'), expect: [] },
  { name: 'tab indentation', make: () => PLAN.replace(/\n  /g, '\n\t'), expect: ['yaml-syntax'] },
  { name: 'NUL and control characters', make: () => `journey: a\u0000b\u0007\npersonas: [a\u0001]\n\u0000`, expect: ['yaml-syntax'] },
  // As the CLI and VS Code decode invalid UTF-8: every bad byte becomes U+FFFD.
  { name: 'invalid UTF-8 (decoded)', make: () => Buffer.from([0x6a, 0x3a, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0xe2, 0x82, 0x0a, 0x2d, 0x20, 0xf0, 0x90]).toString('utf8'), expect: ['missing-field'] },
  { name: 'binary', make: () => Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + (i >> 3)) % 256)).toString('utf8'), expect: [] },
  { name: '5 MB single line', make: () => `journey: ${'x'.repeat(5 * MB - 'journey: '.length)}`, expect: ['missing-field'] },
  { name: 'over the size limit', make: () => `journey: ${'x'.repeat(5 * MB)}\npersonas: [a]\n`, expect: ['file-too-large'] },
  { name: '10,000-deep flow sequences', make: () => `personas: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, expect: [] },
  { name: '10,000-deep flow mappings', make: () => `personas: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, expect: [] },
  // Indented block nesting grows quadratically: 3,000 levels are 4.5 MB, 10,000 are 50 MB (over the limit).
  { name: '3,000-deep block mappings', make: () => Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), expect: ['unknown-key'] },
  { name: '10,000-deep block mappings (50 MB)', make: () => Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), expect: ['file-too-large'] },
  { name: '10,000-deep block sequences', make: () => `personas:\n  ${'- '.repeat(10_000)}x\n`, expect: ['yaml-syntax'] },
  { name: '10,000 unclosed brackets', make: () => `content: ${'['.repeat(10_000)}`, expect: ['yaml-syntax'] },
  { name: '70 levels of pairs in a list', make: () => `personas: ${'[a: '.repeat(70)}${']'.repeat(70)}\njourney: T\n`, expect: ['yaml-syntax'] },
  // Dense text: more YAML tokens than the budget, under the size limit.
  { name: '5 MB of blank lines', make: () => '\n'.repeat(5 * MB - 1), expect: ['file-too-large'] },
  { name: 'a million commas', make: () => `[${','.repeat(1_000_000)}]`, expect: ['file-too-large'] },
  { name: 'alias bomb (billion laughs)', make: () => aliasBomb(), expect: ['unknown-key'] },
  { name: '100,000 aliases to one anchor', make: () => `x: &x { title: t, persona: a, phase: awareness }\npersonas: [a]\ncontent:\n${'  - *x\n'.repeat(100_000)}`, expect: ['unknown-key'] },
  { name: 'alias to an undefined anchor', make: () => 'journey: *nothing\npersonas: [*nobody]\n', expect: ['missing-field'] },
  { name: 'self-referencing merge', make: () => 'base: &b\n  <<: *b\n  title: x\npersonas: [a]\ncontent:\n  - <<: *b\n', expect: ['unknown-key'] },
  {
    name: 'anchors and merge keys',
    make: () => 'journey: T\npersonas: [a, b]\ncontent:\n  - &first { title: One, persona: a, phase: awareness }\n  - <<: *first\n    title: Two\n  - <<: [*first]\n    persona: b\n',
    expect: ['empty-phase'],
  },
  { name: 'several documents', make: () => `${PLAN}---\njourney: Second\n---\n`, expect: ['invalid-value'] },
  { name: 'document markers only', make: () => '---\n...\n---\n', expect: ['missing-field'] },
  { name: 'scalar at the root', make: () => 'just a sentence', expect: ['invalid-value'] },
  { name: 'list at the root', make: () => '- journey: T\n- personas: [a]\n', expect: ['invalid-value'] },
  { name: 'duplicate keys', make: () => 'journey: A\njourney: B\npersonas: [a]\npersonas: [b]\ncontent:\n  - { title: x, title: y, persona: a, phase: awareness }\n', expect: ['yaml-syntax'] },
  { name: 'ids that are numbers and booleans', make: () => 'journey: T\npersonas: [1, 2.50, true, 0x1F, 1e3]\ncontent:\n  - { title: x, persona: [1, 2.50, true, 0x1F, 1e3], phase: "*" }\n', expect: [] },
  { name: 'unicode and emoji ids', make: () => 'journey: 🚀 plan\npersonas:\n  - id: 🚀\n  - id: café-é\n  - id: 中文\ncontent:\n  - { title: 👩‍💻, persona: [🚀, café-é, 中文], phase: "*" }\n', expect: [] },
  { name: 'lone surrogates', make: () => 'journey: \uD83D\npersonas: [\uDE80]\ncontent: []\n', expect: ['persona-without-content'] },
  { name: '20,000 unknown keys', make: () => Array.from({ length: 20_000 }, (_, i) => `key${i}: v`).join('\n'), expect: ['unknown-key'] },
  { name: 'a 1 MB key', make: () => `${'k'.repeat(MB)}: v\npersonas: [a]\n`, expect: ['unknown-key'] },
  { name: '500 × 500 personas and phases', make: () => `journey: T\npersonas: [${Array.from({ length: 500 }, (_, i) => `p${i}`).join(', ')}]\nphases: [${Array.from({ length: 500 }, (_, i) => `f${i}`).join(', ')}]\n`, expect: ['file-too-large'] },
  { name: '200,000 line breaks', make: () => `journey: T\n${'\n'.repeat(200_000)}personas: [a]\ncontent: []\n`, expect: ['persona-without-content'] },
  // Found by the fuzzer: a blank run after a flow mapping once sent a regular expression into exponential backtracking.
  { name: 'a flow mapping key followed by a long blank run', make: () => `{ journey: T, personas: [{ id: a }] }${' '.repeat(5_000)}: x\n`, expect: ['unknown-key'] },
  { name: 'YAML tags and directives', make: () => `%YAML 1.2\n---\njourney: !!binary aGVsbG8=\npersonas: !custom [a]\ncontent: !!set { a }\n`, expect: [] },
];

// A seeded mutation fuzzer's raw material: a small deterministic PRNG, the format's dictionary
// (keys, values, YAML punctuation, awkward characters) and mutations that turn a plan into a
// nearby broken or odd one. The same seed always gives the same cases.

/** mulberry32: tiny, fast and good enough to spread mutations; deterministic per seed. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const KEYS = [
  'journey', 'model', 'phases', 'personas', 'content', 'rules', 'id', 'name', 'stage', 'description', 'title', 'type', 'persona',
  'phase', 'channel', 'status', 'owner', 'date', 'url', 'kpi', 'notes', 'min-per-cell', 'ignore', 'reach', 'leads',
];
const VALUES = [
  'b2b', 'hubspot', 'customer-5', 'customer-3', 'aida', 'see-think-do-care', 'cain', 'buyer', 'customer', 'awareness', 'consideration',
  'purchase', 'decision', 'usage', 'loyalty', 'advocacy', 'idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'retired',
  '"*"', '*', '2026-02-10', '2026-02-30', '0000-00-00', 'https://example.com/x', 'javascript:alert(1)', 'file:///etc/passwd', '5000',
  '-1', '1e309', '0x1F', 'true', 'null', '~', 'yes', '.nan', '""', "''", '<script>alert(1)</script>', 'it-manager', 'cfo',
];
const PUNCTUATION = [
  '- ', ': ', ':', '[', ']', '{', '}', ', ', '&a ', '*a', '&b ', '*b', '<<: ', '<<: *a', '---', '...', '|', '|-', '>', '>+', '"', "'",
  '#', ' # c', '\t', '\r\n', '\r', '\n', '\n  ', '\n    - ', '\u0000', '\uFEFF', '\u2028', '\uD83D\uDE80', '\uD83D', '\uDE80', 'é', '中文',
  '?', '? ', '!!str ', '!!binary ', '!foo ', '%YAML 1.2\n', '@', '`', '\\', '  ', '    ', '\u00A0',
];

/** Tokens the mutations insert: keys (as `key: `), values and punctuation. */
export const DICTIONARY: readonly string[] = [...KEYS.map((key) => `${key}: `), ...KEYS, ...VALUES, ...PUNCTUATION];

type Mutation = (text: string, rng: Rng, seeds: readonly string[]) => string;

const at = (text: string, rng: Rng): number => rng.int(text.length + 1);
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};
/** A short span: most edits are local, as typing is. */
const span = (text: string, rng: Rng): [number, number] => {
  const start = at(text, rng);
  return [start, Math.min(text.length, start + 1 + rng.int(rng.chance(0.9) ? 12 : 400))];
};

const MUTATIONS: Mutation[] = [
  // insert a dictionary token
  (text, rng) => {
    const i = at(text, rng);
    return text.slice(0, i) + rng.pick(DICTIONARY) + text.slice(i);
  },
  // replace a span with a token
  (text, rng) => {
    const [a, b] = span(text, rng);
    return text.slice(0, a) + rng.pick(DICTIONARY) + text.slice(b);
  },
  // delete a span
  (text, rng) => {
    const [a, b] = span(text, rng);
    return text.slice(0, a) + text.slice(b);
  },
  // duplicate a span (repeated keys, items, anchors)
  (text, rng) => {
    const [a, b] = span(text, rng);
    return text.slice(0, b) + text.slice(a, b) + text.slice(b);
  },
  // one random character, any plane
  (text, rng) => {
    const i = at(text, rng);
    const code = rng.chance(0.7) ? rng.int(128) : rng.int(0x10ffff);
    const char = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
    return text.slice(0, i) + char + text.slice(i);
  },
  // change a line's indentation
  (text, rng) => {
    const starts = lineStarts(text);
    const s = rng.pick(starts);
    let e = s;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
    return text.slice(0, s) + rng.pick(['', ' ', '  ', '    ', '\t', '      ', ' '.repeat(rng.int(40))]) + text.slice(e);
  },
  // swap two lines
  (text, rng) => {
    const lines = text.split('\n');
    if (lines.length < 2) return text;
    const i = rng.int(lines.length);
    const j = rng.int(lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return lines.join('\n');
  },
  // splice in a piece of another seed
  (text, rng, seeds) => {
    const other = rng.pick(seeds);
    const [a, b] = span(other, rng);
    const i = at(text, rng);
    return text.slice(0, i) + other.slice(a, b) + text.slice(i);
  },
  // truncate (mid-thought)
  (text, rng) => text.slice(0, at(text, rng)),
  // line endings: all CRLF, all CR, or mixed
  (text, rng) => {
    const kind = rng.int(3);
    if (kind === 0) return text.replace(/\r?\n/g, '\r\n');
    if (kind === 1) return text.replace(/\r?\n/g, '\r');
    return text.replace(/\n/g, () => (rng.chance(0.5) ? '\r\n' : '\n'));
  },
  // an anchor on one line and an alias on another
  (text, rng) => {
    const starts = lineStarts(text);
    const anchorLine = rng.pick(starts);
    const colon = text.indexOf(': ', anchorLine);
    if (colon < 0) return text;
    const name = rng.pick(['a', 'b', 'x']);
    const withAnchor = text.slice(0, colon + 2) + `&${name} ` + text.slice(colon + 2);
    const aliasAt = rng.pick(lineStarts(withAnchor));
    const aliasColon = withAnchor.indexOf(': ', aliasAt);
    if (aliasColon < 0) return withAnchor;
    const end = withAnchor.indexOf('\n', aliasColon);
    return withAnchor.slice(0, aliasColon + 2) + rng.pick([`*${name}`, `<<: *${name}`, `[*${name}, *${name}]`]) + withAnchor.slice(end < 0 ? withAnchor.length : end);
  },
  // repeat a token many times (deep-ish nesting, long lines)
  (text, rng) => {
    const i = at(text, rng);
    const token = rng.pick(['[', '{', '- ', '  ', 'x', '"', ': ', '*a ', '\n']);
    return text.slice(0, i) + token.repeat(1 + rng.int(300)) + text.slice(i);
  },
];

/** One fuzz case: a seed with one to eight mutations applied. */
export function mutate(seed: string, rng: Rng, seeds: readonly string[]): string {
  let text = seed;
  const count = 1 + rng.int(rng.chance(0.8) ? 3 : 8);
  for (let i = 0; i < count; i++) text = rng.pick(MUTATIONS)(text, rng, seeds);
  return text;
}

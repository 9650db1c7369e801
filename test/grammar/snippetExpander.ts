// Expands a VS Code snippet body the way the editor does on insertion, with each tab stop left at its
// default (or a value the test picks): placeholders, choices (first option), mirrors, transforms with
// `${n:+if}` / `${n:-else}` / `${n:?if:else}` / `$n` formats, and the CURRENT_* date variables.
// Only what the Journey snippets use; anything else throws so a new construct cannot slip by untested.

export type Overrides = Record<number, string>;

interface Cursor {
  text: string;
  pos: number;
}

const DATE_VARIABLES = (date: Date): Record<string, string> => ({
  CURRENT_YEAR: String(date.getFullYear()),
  CURRENT_MONTH: String(date.getMonth() + 1).padStart(2, '0'),
  CURRENT_DATE: String(date.getDate()).padStart(2, '0'),
});

export function expandSnippet(body: string | string[], overrides: Overrides = {}, date = new Date(2026, 1, 10)): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const variables = DATE_VARIABLES(date);
  const values = new Map<number, string>(Object.entries(overrides).map(([k, v]) => [Number(k), v]));
  // Two passes: the first records each tab stop's default so mirrors written before it resolve too.
  parse({ text, pos: 0 }, values, variables, '');
  return parse({ text, pos: 0 }, values, variables, '');
}

function parse(c: Cursor, values: Map<number, string>, variables: Record<string, string>, stopAt: string): string {
  let out = '';
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos];
    if (stopAt.includes(ch)) return out;
    if (ch === '\\' && c.pos + 1 < c.text.length && '$}\\,|'.includes(c.text[c.pos + 1])) {
      out += c.text[c.pos + 1];
      c.pos += 2;
    } else if (ch === '$') {
      out += dollar(c, values, variables);
    } else {
      out += ch;
      c.pos++;
    }
  }
  if (stopAt) throw new Error(`unterminated snippet construct in ${c.text}`);
  return out;
}

function dollar(c: Cursor, values: Map<number, string>, variables: Record<string, string>): string {
  const rest = c.text.slice(c.pos);
  const simple = /^\$(\d+|[A-Z_]+)/.exec(rest);
  if (simple) {
    c.pos += simple[0].length;
    return reference(simple[1], values, variables);
  }
  const open = /^\$\{(\d+|[A-Z_]+)/.exec(rest);
  if (!open) throw new Error(`unsupported snippet syntax at ${rest}`);
  c.pos += open[0].length;
  const name = open[1];
  const next = c.text[c.pos];
  if (next === '}') {
    c.pos++;
    return reference(name, values, variables);
  }
  if (next === ':') {
    c.pos++;
    const inner = parse(c, values, variables, '}');
    c.pos++;
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (!values.has(n)) values.set(n, inner);
      return values.get(n)!;
    }
    return variables[name] ?? inner;
  }
  if (next === '|' && /^\d+$/.test(name)) {
    const end = c.text.indexOf('|}', c.pos);
    const options = c.text.slice(c.pos + 1, end).split(',');
    c.pos = end + 2;
    const n = Number(name);
    if (!values.has(n)) values.set(n, options[0]);
    return values.get(n)!;
  }
  if (next === '/' && /^\d+$/.test(name)) {
    const [regex, format, flags] = splitTransform(c);
    const input = values.get(Number(name)) ?? '';
    return input.replace(new RegExp(regex, flags), (...match: unknown[]) => applyFormat(format, match as (string | undefined)[]));
  }
  throw new Error(`unsupported snippet syntax at ${rest}`);
}

function reference(name: string, values: Map<number, string>, variables: Record<string, string>): string {
  if (/^\d+$/.test(name)) return values.get(Number(name)) ?? '';
  if (!(name in variables)) throw new Error(`unsupported snippet variable ${name}`);
  return variables[name];
}

/** `/regex/format/flags}` after `${n`; leaves the cursor after the closing brace. */
function splitTransform(c: Cursor): [string, string, string] {
  const parts: string[] = [];
  let part = '';
  let depth = 0;
  c.pos++; // the opening slash
  while (c.pos < c.text.length) {
    const ch = c.text[c.pos];
    if (ch === '\\' && c.text[c.pos + 1] === '/') {
      part += '/';
      c.pos += 2;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && depth-- === 0) break;
    if (ch === '/' && depth === 0 && parts.length < 2) {
      parts.push(part);
      part = '';
    } else part += ch;
    c.pos++;
  }
  c.pos++;
  if (parts.length !== 2) throw new Error(`malformed transform in ${c.text}`);
  return [parts[0], parts[1], part];
}

function applyFormat(format: string, match: (string | undefined)[]): string {
  return format.replace(/\$(\d+)|\$\{(\d+)(?::([+?-]?)((?:[^}:\\]|\\.)*)(?::((?:[^}\\]|\\.)*))?)?\}/g, (_all, plain, group, op, a, b) => {
    const value = match[Number(plain ?? group)];
    const has = typeof value === 'string' && value !== '';
    if (plain !== undefined || op === undefined) return has ? value : '';
    if (op === '+') return has ? a : '';
    if (op === '?') return has ? a : (b ?? '');
    return has ? value : a; // '-' or a bare default
  });
}

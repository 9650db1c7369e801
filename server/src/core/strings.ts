// Strings a long-lived analysis keeps. V8 makes a substring of 13 characters or more a view
// into the string it came from, so a title read from a plan keeps the whole text alive; a
// shorter one is a copy, but two bytes per character if the text has a single character beyond
// Latin-1 (one em dash anywhere). And every value the parser reads is a string of its own, even
// when it is the thousandth `published`. All of it costs megabytes on a large plan, and two-byte
// strings make the matrix's JSON two-byte, slower to write and to send (see docs/performance.md).

/**
 * A copy that keeps nothing else alive: a flat string of its own, not a view into a larger one,
 * and one byte per character where the characters allow. JavaScript has no direct way to ask
 * for either; a JSON round trip does both (V8's JSON parser builds fresh, one-byte-if-possible
 * strings).
 */
export function detach<T extends string | undefined>(value: T): T {
  return (value === undefined || value === '' ? value : JSON.parse(JSON.stringify(value))) as T;
}

const MAX_LENGTH = 40;
const MAX_ENTRIES = 20_000;
const table = new Map<string, string>();

/**
 * One shared copy of a short value: keys, types, channels, owners, dates, persona and phase ids.
 * The table is bounded; a plan with more distinct short values than that starts it afresh.
 */
export function intern<T extends string | undefined>(value: T): T {
  if (value === undefined || value.length > MAX_LENGTH) return value;
  const known = table.get(value);
  if (known !== undefined) return known as T;
  if (table.size >= MAX_ENTRIES) table.clear();
  const own = detach(value);
  table.set(own, own);
  return own as T;
}

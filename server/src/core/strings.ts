// Strings a long-lived analysis keeps. V8 makes a substring of 13 characters or more a view
// into the string it came from, so a title read from a plan keeps the whole text alive; and
// every value the parser reads is a string of its own, even when it is the thousandth
// `published`. Both cost megabytes on a large plan (see docs/performance.md).

/**
 * A copy that keeps nothing else alive: a flat string of its own, not a view into a larger one.
 * JavaScript has no direct way to ask for one; a JSON round trip makes one in every engine.
 */
export function detach<T extends string | undefined>(value: T): T {
  return (value === undefined || value.length < 13 ? value : JSON.parse(JSON.stringify(value))) as T;
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

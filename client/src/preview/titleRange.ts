// Where to put the cursor after "Add a content piece here" inserted a stub piece: on the value of
// its `title:` — inside the quotes of a quoted title — so typing replaces the placeholder.
// Pure (no vscode import); offsets are within the inserted text.

export function titleValueRange(newText: string): { start: number; end: number } | undefined {
  const match = /(^|[\s{,-])title:[ \t]+/.exec(newText);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const lineEnd = newText.slice(start).search(/\r?\n|$/);
  const line = newText.slice(start, start + lineEnd);
  const quote = line.charAt(0);
  if (quote === '"') {
    const close = /^"(?:[^"\\]|\\.)*"/.exec(line);
    return close ? { start: start + 1, end: start + close[0].length - 1 } : undefined;
  }
  if (quote === "'") {
    const close = /^'(?:[^']|'')*'/.exec(line);
    return close ? { start: start + 1, end: start + close[0].length - 1 } : undefined;
  }
  // A plain scalar ends at the line's end, or in a flow mapping at the next `,` or `}`.
  const flow = newText.lastIndexOf('{', start) > newText.lastIndexOf('\n', start);
  const end = flow ? line.search(/\s*[,}]|$/) : line.search(/\s+#|\s*$/);
  return { start, end: start + end };
}

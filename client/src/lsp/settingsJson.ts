// Settings as plain JSON for the server, in the shapes vscode-languageclient sends them: answers to
// `workspace/configuration` and the payload of `workspace/didChangeConfiguration`. Pure, so it is
// tested without VS Code; the caller reads the values from VS Code.

/** A deep copy with only own enumerable properties: VS Code's configuration objects are proxies. */
export function toJSONObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJSONObject);
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) result[key] = toJSONObject((value as Record<string, unknown>)[key]);
    return result;
  }
  return value;
}

/** `{ settings }` for didChangeConfiguration: each section's value placed at its dotted path. */
export function settingsOf(sections: readonly string[], read: (section: string) => unknown): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null);
  for (const section of sections) {
    const value = read(section);
    if (value === undefined) continue;
    const path = section.split('.');
    let parent = result;
    for (const key of path.slice(0, -1)) {
      const child = parent[key];
      parent = (parent[key] = child && typeof child === 'object' ? child : Object.create(null)) as Record<string, unknown>;
    }
    parent[path[path.length - 1]] = toJSONObject(value);
  }
  return result;
}

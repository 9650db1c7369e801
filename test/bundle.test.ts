// The bundles are ASCII: V8 keeps a script's source in memory, at two bytes a character as soon
// as one character is outside Latin-1 (a ’ in a regular expression was enough) — 0.4 MB more for
// the language server (see docs/performance.md). esbuild escapes strings, not regex literals.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

for (const bundle of ['dist/server.js', 'dist/cli.js', 'dist/extension.js', 'dist/webview.js']) {
  it(`${bundle} is ASCII`, () => {
    const text = readFileSync(bundle, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `non-ASCII character in ${bundle}: …${text.slice(Math.max(0, at - 40), at + 10)}…`);
  });
}

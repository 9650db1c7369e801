// The bundles as they ship. ASCII: V8 keeps a script's source in memory, at two bytes a character
// as soon as one character is outside Latin-1 (a ’ in a regular expression was enough) — 0.4 MB
// more for the language server (see docs/performance.md). esbuild escapes strings, not regex
// literals. Sized honestly: built from the product's sources (no test code), with the source map
// beside the bundle and kept out of the VSIX.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';

const BUNDLES = ['dist/server.js', 'dist/cli.js', 'dist/extension.js', 'dist/webview.js', 'dist/overview.js'];

for (const bundle of BUNDLES) {
  it(`${bundle} is ASCII`, () => {
    const text = readFileSync(bundle, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `non-ASCII character in ${bundle}: …${text.slice(Math.max(0, at - 40), at + 10)}…`);
  });

  it(`${bundle} has its source map beside it, and no test code in it`, () => {
    const text = readFileSync(bundle, 'utf8');
    assert.equal(text.trimEnd().split('\n').at(-1), `//# sourceMappingURL=${path.basename(bundle)}.map`);
    const { sources } = JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
    const ours = sources.filter((source) => !source.includes('node_modules/'));
    assert.ok(ours.some((source) => /(client|server|webview)\/src\//.test(source)), `no product sources in ${bundle}.map`);
    assert.deepEqual(ours.filter((source) => !/^(\.\.\/)?(client|server|webview)\/src\//.test(source)), [], `${bundle} bundles code from outside client/src, server/src and webview/src`);
  });
}

it('keeps the source maps out of the VSIX', () => {
  const rules = readFileSync('.vscodeignore', 'utf8').split('\n').map((line) => line.trim());
  assert.ok(rules.includes('**/*.map'), '.vscodeignore has no **/*.map');
  assert.deepEqual(rules.filter((rule) => rule.startsWith('!') && rule.includes('.map')), []);
});

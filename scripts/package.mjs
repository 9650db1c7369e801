// Packages the extension as a VSIX with @vscode/vsce, offline. vsce 4 needs Node >= 22, so it runs
// under Node 24 from npm (cached in .e2e/node24). Run after `npm run build` (npm run package does both).
// Usage: node scripts/package.mjs [--out FILE.vsix]   → prints the VSIX path on its last line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ensureNode24, repoRoot } from './node24.mjs';

const { name, version, repository } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(repoRoot, `${name}-${version}.vsix`));

for (const file of ['dist/extension.js', 'dist/server.js', 'dist/webview.js', 'dist/overview.js']) {
  if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run npm run build first`);
}
const vsce = join(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'), '..', 'vsce');
const node = join(ensureNode24(), 'bin', 'node');
// vsce rewrites README's relative links itself only for GitHub/GitLab repositories; else give the base.
const repoUrl = (typeof repository === 'string' ? repository : repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
const baseUrls = repoUrl && !/github\.com|gitlab\.com/.test(repoUrl) ? ['--baseContentUrl', `${repoUrl}/blob/main`, '--baseImagesUrl', `${repoUrl}/raw/main`] : [];
// --no-dependencies: esbuild bundles everything into dist/, so node_modules stays out of the VSIX.
execFileSync(node, [vsce, 'package', '--no-dependencies', '--out', out, ...baseUrls], {
  cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], timeout: 5 * 60_000,
});
console.log(out);

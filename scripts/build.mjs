// Bundles the five entry points with esbuild: the client (extension), the language server, the CLI,
// the preview webview and the workspace overview webview (Preact, TSX; type-checked by `tsc -p webview`, which `npm test` runs).
// Usage: node scripts/build.mjs [--watch] [--dev]   (--dev: no minification, inline source maps)
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: !dev,
  // Release builds keep their source maps beside the bundles (for stack traces); .vscodeignore keeps them out of the VSIX.
  sourcemap: dev ? 'inline' : 'linked',
  logLevel: 'warning',
  metafile: true,
  define: { JOURNEY_VERSION: JSON.stringify(version) },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The preview, and the workspace overview: two pages, two small bundles.
  ...[['webview/src/main.tsx', 'dist/webview.js'], ['webview/src/overview/main.tsx', 'dist/overview.js']].map(([entry, outfile]) => ({
    ...common,
    entryPoints: [entry],
    outfile,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'webview/tsconfig.json',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  })),
];

if (watch) {
  for (const options of builds) (await esbuild.context(options)).watch();
  console.log('esbuild: watching client/src and server/src …');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}

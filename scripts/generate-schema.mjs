// Writes schemas/journey.schema.json from server/src/core/schema.ts, which builds it from the
// validator's own definitions. Usage: node scripts/generate-schema.mjs [--check]
// (--check: write nothing, exit 1 when the committed file differs from what would be written).
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'schemas', 'journey.schema.json');

// Bundle the TypeScript module in memory (no tsc run needed) and evaluate it as CommonJS.
const { outputFiles } = await esbuild.build({
  entryPoints: [join(root, 'server/src/core/schema.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const text = module.exports.renderJourneySchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file differs
  }
  if (current !== text) {
    console.error('schemas/journey.schema.json is out of date: run npm run schema');
    process.exit(1);
  }
  console.log('schemas/journey.schema.json is up to date');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log('wrote schemas/journey.schema.json');
}

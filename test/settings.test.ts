// The settings in package.json match what the server does (codes, defaults) and are all
// documented in docs/settings.md, with their defaults, in English and in the Dutch summary.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_MAX_FILE_SIZE, DEFAULT_MIN_PER_CELL } from '../server/src/core/analyze';
import { DIAGNOSTIC_CODES } from '../server/src/core/diagnostics';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; properties?: Record<string, { enum?: string[] }> }> = manifest.contributes.configuration.properties;
const docs = readFileSync(path.join(ROOT, 'docs', 'settings.md'), 'utf8');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('settings', () => {
  it('lets every diagnostic code be given a severity, and no other', () => {
    const severity = properties['journey.diagnostics.severity'].properties ?? {};
    assert.deepEqual(Object.keys(severity).sort(), [...DIAGNOSTIC_CODES].sort());
    for (const [code, schema] of Object.entries(severity)) assert.deepEqual(schema.enum, ['error', 'warning', 'information', 'hint', 'off'], code);
  });

  it('has the defaults the server uses', () => {
    assert.equal(properties['journey.rules.minPerCell'].default, DEFAULT_MIN_PER_CELL);
    assert.equal(properties['journey.maxFileSize'].default, DEFAULT_MAX_FILE_SIZE);
  });

  it('documents every setting with its default in docs/settings.md, in English and in Dutch', () => {
    const names = Object.keys(properties);
    assert.ok(names.length >= 5);
    for (const name of names) {
      const value = `\`${JSON.stringify(properties[name].default)}\``;
      const code = `\`${name}\``;
      assert.match(docs, new RegExp(`^\\| \\[${escape(code)}\\]\\(#[a-z]+\\) \\| ${escape(value)}`, 'm'), `${name}: a row in the overview table, default ${value}`);
      assert.match(docs, new RegExp(`^## ${escape(code)}\\n\\n\\*\\*Default:\\*\\* ${escape(value)}`, 'm'), `${name}: a section that starts with its default`);
      assert.match(docs, new RegExp(`^\\| ${escape(code)} \\| ${escape(value)}`, 'm'), `${name}: a row in the Dutch table`);
    }
    const anchors = [...docs.matchAll(/\]\(#([a-z-]+)\)/g)].map((m) => m[1]);
    const headings = new Set([...docs.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[`.]/g, '').replace(/ /g, '-')));
    for (const anchor of anchors) assert.ok(headings.has(anchor), `the link #${anchor} has a heading`);
  });

  it('names every diagnostic code in docs/settings.md', () => {
    for (const code of DIAGNOSTIC_CODES) assert.ok(docs.includes(`\`${code}\``), code);
  });
});

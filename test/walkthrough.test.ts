// The "Get started with Journey" walkthrough: five steps, each with a button that does it, its
// picture shipped in the VSIX, and every text in English and Dutch.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const en: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
const nl: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.nl.json'), 'utf8'));
const key = (text: string): string => text.replace(/^%|%$/g, '');

interface Step { id: string; title: string; description: string; media: { image: string; altText: string }; completionEvents: string[] }

describe('walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];

  it('has the five steps of a first hour, in order', () => {
    assert.equal(walkthrough.id, 'journey.getStarted');
    assert.equal(en[key(walkthrough.title)], 'Get started with Journey');
    assert.equal(nl[key(walkthrough.title)], 'Aan de slag met Journey');
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['createPlan', 'seeGaps', 'openPreview', 'fillGap', 'export']);
  });

  it('each step has a button running a command, in both languages, and completes when it is used', () => {
    const ours = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
    const builtIn = new Set(['workbench.actions.view.problems', 'editor.action.quickFix']);
    for (const step of walkthrough.steps) {
      for (const texts of [en, nl]) {
        const description = texts[key(step.description)];
        const buttons = [...description.matchAll(/\[[^\]]+\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
        assert.ok(buttons.length >= 1, `${step.id}: no button`);
        for (const command of buttons) assert.ok(ours.has(command) || builtIn.has(command), `${step.id}: unknown command ${command}`);
        assert.ok(texts[key(step.title)] && texts[key(step.media.altText)], `${step.id}: title and alt text`);
      }
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':');
        assert.ok(kind === 'onView' || ours.has(id) || builtIn.has(id), `${step.id}: ${event}`);
      }
    }
  });

  it('its pictures are in media/, which the VSIX ships', () => {
    for (const step of walkthrough.steps) {
      assert.match(step.media.image, /^media\//);
      assert.ok(existsSync(path.join(ROOT, step.media.image)), step.media.image);
    }
    assert.match(readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8'), /^!media\/\*\*$/m);
  });
});

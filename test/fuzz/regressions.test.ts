// Inputs the fuzzer once found crashing, slow, breaking an edit or answered differently after
// another document (test/fixtures/regressions/), replayed: the core answers with valid
// diagnostics, every edit it can make keeps the rules, and one long-lived server, given them
// all one after another, answers each as a fresh process does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { allEdits, checkEdits } from '../robustness/editChecks';
import { invariants } from './exercise';
import { regressionFiles } from './fuzzer';
import { LspClient } from '../helpers/lspClient';
import { canonicalPublished, freshReferences } from './reference';

describe('fuzz regressions', () => {
  const files = regressionFiles();
  it('are kept', () => assert.ok(files.length > 0));
  for (const { name, text } of files) {
    it(name, () => {
      const analysis = analyze(text);
      assert.deepEqual(invariants(analysis), []);
      // A slow answer's text (a thousand diagnostics, each with its fixes) is timed by `npm run fuzz`; replaying every edit would take minutes.
      if (name.startsWith('slow-')) return;
      const failures = allEdits(analysis).map((edit) => [edit.what, checkEdits(analysis, edit.edits, edit.goal)]).filter(([, wrong]) => wrong);
      assert.deepEqual(failures, []);
    });
  }

  it('one server, all of them in turn: each answered as by a fresh process', async () => {
    const expected = freshReferences(files.map((file) => file.text)).map((reference) => reference.diagnostics);
    const client = await LspClient.start({ settings: {} });
    try {
      const published: string[][] = [];
      for (const [i, { text }] of files.entries()) {
        const uri = `file:///regressions/${i}.journey`;
        client.open(uri, text, 1);
        const { diagnostics } = await client.diagnostics(uri, 1, 30_000);
        published.push(diagnostics.map(canonicalPublished));
        client.close(uri);
      }
      assert.deepEqual(published, expected);
      assert.equal(client.process.exitCode, null);
    } finally {
      await client.stop();
    }
  });
});

// Inputs the fuzzer once found crashing, slow or breaking an edit (test/fixtures/regressions/),
// replayed: the core answers with valid diagnostics, and every edit it can make keeps the rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core';
import { allEdits, checkEdits } from '../robustness/editChecks';
import { invariants } from './exercise';
import { regressionFiles } from './fuzzer';

describe('fuzz regressions', () => {
  const files = regressionFiles();
  it('are kept', () => assert.ok(files.length > 0));
  for (const { name, text } of files) {
    it(name, () => {
      const analysis = analyze(text);
      assert.deepEqual(invariants(analysis), []);
      const failures = allEdits(analysis).map((edit) => [edit.what, checkEdits(analysis, edit.edits, edit.goal)]).filter(([, wrong]) => wrong);
      assert.deepEqual(failures, []);
    });
  }
});

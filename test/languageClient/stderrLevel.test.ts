// The server's stderr reaches the output channel at its level: Node's warnings as warnings, errors
// and their stacks as errors, the rest (console output) as information.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { stderrLevel, type StderrLevel } from '../../client/src/languageClient/stderrLevel';

const LINES: Record<StderrLevel, string[]> = {
  warn: [
    '(node:4242) [DEP0040] DeprecationWarning: The `punycode` module is deprecated.',
    '(node:4242) ExperimentalWarning: Type Stripping is an experimental feature',
    '(node:4242) Warning: Closing file descriptor 5 on garbage collection',
    '(Use `node --trace-deprecation ...` to show where the warning was created)',
  ],
  error: [
    'TypeError: Cannot read properties of undefined (reading \'length\')',
    'Error [ERR_STREAM_DESTROYED]: Cannot call write after a stream was destroyed',
    'RangeError: Maximum call stack size exceeded',
    '    at Object.<anonymous> (/ext/dist/server.js:1:2)',
    'node:internal/process/promises:391',
    'Uncaught Error: boom',
  ],
  info: ['analysed plan.journey in 3 ms', 'no errors found', 'Error handling is configured', ''],
};

for (const [level, lines] of Object.entries(LINES)) {
  it(`reads ${lines.length} kinds of lines as ${level}`, () => {
    for (const line of lines) assert.equal(stderrLevel(line), level, line);
  });
}

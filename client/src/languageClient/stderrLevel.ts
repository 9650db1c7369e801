// At which level a line the server writes to stderr goes to the output channel. The protocol runs
// over stdout and the server logs through `window/logMessage`; what reaches stderr is console
// output, Node's own warnings and, when something goes badly wrong, an error and its stack.
// vscode-languageclient logs every stderr line as an error, which cries wolf. Pure (tested in Node).

export type StderrLevel = 'error' | 'warn' | 'info';

/** Node's process warnings: "(node:1234) [DEP0040] DeprecationWarning: …", "(Use `node --trace-…` …)". */
const NODE_WARNING = /^\(node:\d+\) (\[\w+\] )?\w*Warning\b|^\(Use `node --trace-/;
/** An error line ("TypeError: …", "Error [ERR_X]: …", "Uncaught …") or a frame of its stack. */
const ERROR = /^\s*(Uncaught\b|\w*(Error|Exception)\b( \[\w+\])?:)|^\s+at \S|^\s*node:internal\//;

export function stderrLevel(line: string): StderrLevel {
  if (NODE_WARNING.test(line)) return 'warn';
  if (ERROR.test(line)) return 'error';
  return 'info';
}

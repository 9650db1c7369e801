// The `journey` command (dist/cli.js).
import { readFileSync } from 'node:fs';
import { run } from './run';

// A reader that stopped reading (`journey lint plans/ | head -3`) is no error: stop quietly, as
// Unix tools do, with the status the command already has.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
});

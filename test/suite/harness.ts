// A tiny sequential test runner for the extension-host suite (no mocha): tests are registered
// with `test(name, fn)`, run one after another with a deadline each, and reported on the console,
// which both @vscode/test-electron and the code-server runner (via the page console) show.
//
// Note: `node --test out/test/` executes every .js file below out/test, these included. So no
// suite module may touch `vscode` when it is merely loaded: the API is handed in by index.ts.

export type TestFn = () => Promise<void> | void;
export interface TestCase { name: string; fn: TestFn; timeoutMs: number }
export type Define = (name: string, fn: TestFn, timeoutMs?: number) => void;

export interface SuiteResult { passed: number; failed: number; failures: string[] }

export function collect(...groups: Array<(test: Define) => void>): TestCase[] {
  const cases: TestCase[] = [];
  const define: Define = (name, fn, timeoutMs = 30_000) => cases.push({ name, fn, timeoutMs });
  for (const group of groups) group(define);
  return cases;
}

function withDeadline<T>(promise: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${name}`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function runCases(cases: TestCase[], log: (line: string) => void = console.log): Promise<SuiteResult> {
  const result: SuiteResult = { passed: 0, failed: 0, failures: [] };
  for (const testCase of cases) {
    const started = Date.now();
    try {
      await withDeadline(Promise.resolve().then(testCase.fn), testCase.timeoutMs, testCase.name);
      result.passed++;
      log(`  ✓ ${testCase.name} (${Date.now() - started} ms)`);
    } catch (error) {
      result.failed++;
      result.failures.push(testCase.name);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  ✗ ${testCase.name} (${Date.now() - started} ms)\n${detail.replace(/^/gm, '      ')}`);
    }
  }
  log(`journey-suite: ${result.passed} passed, ${result.failed} failed`);
  return result;
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | PromiseLike<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error; // e.g. a provider not registered yet; retried until the deadline
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`waited ${timeoutMs} ms for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

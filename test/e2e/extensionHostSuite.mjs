// Runs test/suite (compiled to out/test/suite) inside code-server's extension host, the way
// @vscode/test-electron runs it in desktop VS Code: a window opened with extensionDevelopmentPath
// and extensionTestsPath (VS Code's smoke-test driver reads them from the `payload` query), which
// reports the suite's exit code through window.codeAutomationExit.

/** Extension-host console lines reach the page prefixed with styling (`%c INFO color: …`). */
export function cleanConsoleText(text) {
  return text.replace(/%c/g, '').replace(/^\s*(INFO|WARN|ERROR|LOG|DEBUG)\s+color:\s*[^ ]+\s*/i, '').replace(/^\s*color:\s*[^ ]+\s*/i, '');
}

/**
 * @param {{ context: import('playwright-core').BrowserContext, server: { url: string, port: number },
 *   workspace: string, extensionPath: string, testsPath: string, timeoutMs?: number, log: (line: string) => void }} options
 * @returns {Promise<{ exitCode: number | undefined, passed: string[], failed: string[], summary: string | undefined, lines: string[] }>}
 */
export async function runExtensionHostSuite({ context, server, workspace, extensionPath, testsPath, timeoutMs = 240_000, log }) {
  const page = await context.newPage();
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
  const lines = [];
  const result = { exitCode: undefined, passed: [], failed: [], summary: undefined, lines };
  let onExit;
  const exited = new Promise((resolve) => { onExit = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => onExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', (...args) => lines.push(args.map(String).join(' ')));
  page.on('console', (message) => {
    for (const line of cleanConsoleText(message.text()).split('\n')) {
      if (/^info\s/.test(line)) continue; // the same line again, through the extension host's log
      if (/journey-suite:|^\s*[✓✗]|^\s{6}/.test(line)) {
        lines.push(line);
        log(line);
      }
      const pass = /^\s*✓ (.*) \(\d+ ms\)$/.exec(line);
      const fail = /^\s*✗ (.*) \(\d+ ms\)$/.exec(line);
      if (pass) result.passed.push(pass[1]);
      if (fail) result.failed.push(fail[1]);
      const summary = /journey-suite: (\d+ passed, \d+ failed)/.exec(line);
      if (summary) result.summary = summary[1];
    }
  });
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') log(`extension-host suite: no exit within ${timeoutMs / 1000} s`);
  else result.exitCode = outcome;
  await page.close().catch(() => {});
  return result;
}

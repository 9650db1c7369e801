// Debian's Chromium driven by playwright-core (which never downloads a browser). The profile and
// every XDG folder live in the run folder; requests to anything but our code-server are aborted,
// so nothing waits on the network (extension gallery, fonts, telemetry).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--password-store=basic', '--use-mock-keychain'];

/**
 * @param {{ executablePath: string, runDir: string, env: NodeJS.ProcessEnv, baseUrl: string, consoleLog: string }} options
 */
export async function launchBrowser({ executablePath, runDir, env, baseUrl, consoleLog }) {
  const profile = join(runDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: ARGS, env, timeout: 60_000,
    viewport: { width: 1920, height: 1080 },
  });
  context.setDefaultTimeout(20_000);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${baseUrl}/`) || url === baseUrl || url.startsWith('blob:') || url.startsWith('data:')
      ? route.continue() : route.abort();
  });
  // Every page's console goes to one log, for reading after a failure.
  context.on('page', (page) => watchConsole(page, consoleLog));
  for (const page of context.pages()) watchConsole(page, consoleLog);
  return context;
}

function watchConsole(page, file) {
  page.on('console', (message) => appendFileSync(file, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => appendFileSync(file, `[pageerror] ${error.stack ?? error}\n`));
}

// Headless Chromium for the preview's render tests: Debian's `chromium`, installed with apt when
// missing (a fresh CI machine), driven by playwright-core. A missing browser fails the tests loudly.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.JOURNEY_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Installs Debian's chromium if it is not there; throws (never skips) when that is impossible. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const install = 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium';
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    // flock: test files run in parallel processes; only one may run apt at a time.
    execFileSync('flock', ['/tmp/journey-chromium-install.lock', 'sh', '-c', `test -x ${CHROMIUM} || (${asRoot ? install : `sudo -n sh -c '${install}'`})`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 10 * 60_000,
    });
  } catch (error) {
    throw new Error(`Chromium is missing at ${CHROMIUM} and could not be installed with apt (${(error as Error).message}). Install it: apt-get install chromium`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} does not exist`);
  return CHROMIUM;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: ARGS, headless: true });
}

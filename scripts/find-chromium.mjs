// Which Chromium the tests and the bench drive: $HEARTH_CHROMIUM, else a system
// Chromium (Debian's /usr/bin/chromium first), else Playwright's own download.
// With none, a clear message says how to get one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium() {
  const fromEnv = process.env.HEARTH_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`HEARTH_CHROMIUM=${fromEnv} does not exist`);
  }
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // playwright-core missing or no browser downloaded: fall through to the message.
  }
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'Install one of:',
      '  Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
      '  anywhere with internet: npx playwright install chromium',
      'or point HEARTH_CHROMIUM at a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

/** Launch flags: no sandbox (root in CI), no GPU, and no traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Every host name but loopback fails to resolve: a slip fails a test instead of leaving the machine.
  // The rules see an IPv6 literal without brackets: `EXCLUDE [::1]` alone leaves
  // ws://[::1]:… unresolvable (measured: net::ERR_NAME_NOT_RESOLVED), so both forms are listed.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1], EXCLUDE ::1',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

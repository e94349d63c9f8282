// The engine matrix: the demo build walked (walk.mjs) on every TV engine the project
// can run here, one engine at a time (2 cores). Run by `npm test` after the builds;
// alone: `node tests/engines/run.mjs [engine-id…]` (e.g. chromium-70, wpe-2.38).
//
// Each engine's checks either pass or appear in known-failures.mjs with the reason;
// an unexpected failure fails the run, and so does a known failure that now passes
// (so the list can only shrink). Screenshots go to test-results/engines/<engine>/.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../bench/static-server.mjs';
import { launchOldChromium } from './cdp.mjs';
import { ERROR_RECORDER } from './error-recorder.mjs';
import { OLD_CHROMIUMS, OLD_CHROMIUM_ARGS, installOldChromium } from './engines.mjs';
import { KNOWN_FAILURES } from './known-failures.mjs';
import { EnginePage } from './page.mjs';
import { walkDemo } from './walk.mjs';
import { launchWpe, wpeMissing } from './webdriver.mjs';
import { WpePage } from './wpe-page.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results', 'engines');
const log = (line) => process.stdout.write(`${line}\n`);
const only = process.argv.slice(2);

/** Starts an old headless Chromium (installing it first) and its page over DevTools. */
async function openChromium(engine) {
  const executable = installOldChromium(engine, log);
  const browser = await launchOldChromium(executable, { args: OLD_CHROMIUM_ARGS });
  const page = new EnginePage(browser.session);
  await page.start();
  const agent = await page.evaluate('navigator.userAgent');
  return {
    page,
    version: /(HeadlessChrome\/[\d.]+)/.exec(agent)?.[1] ?? agent,
    close: browser.close,
  };
}

/** Starts WPE WebKit (cog, headless) and its page over WebDriver. */
async function openWpe() {
  const missing = wpeMissing();
  if (missing) throw new Error(missing);
  const browser = await launchWpe();
  const page = new WpePage(browser.session);
  await page.start();
  return { page, version: browser.version, close: browser.close };
}

const ALL = [
  ...OLD_CHROMIUMS.map((engine) => ({ id: engine.id, open: () => openChromium(engine) })),
  { id: 'wpe-2.38', open: openWpe },
];
const engines = ALL.filter((e) => only.length === 0 || only.includes(e.id));

rmSync(OUT, { recursive: true, force: true });
// Every engine's page records its own errors too; WPE's are only known that way.
const demo = await serveStatic(join(ROOT, 'dist-demo'), { headScript: ERROR_RECORDER });
let passed = 0;
let failed = 0;
let knownFailing = 0;
const surprises = [];
try {
  for (const engine of engines) {
    const dir = join(OUT, engine.id);
    mkdirSync(dir, { recursive: true });
    let browser;
    try {
      browser = await engine.open();
    } catch (error) {
      // An engine that cannot start fails the run and says why; it is never skipped quietly.
      failed++;
      surprises.push(`${engine.id}: could not start: ${error.message.split('\n')[0]}`);
      log(`engine ${engine.id}: could not start: ${error.message}`);
      continue;
    }
    try {
      const { page } = browser;
      log(`engine ${engine.id}: ${browser.version}, demo build`);
      const results = await walkDemo(page, demo.url, {
        shot: (name) => page.screenshot(join(dir, `${name}.png`)),
        offline: (on) => demo.offline(on),
        log,
      });
      const explained = new Set();
      for (const r of results) {
        const known = KNOWN_FAILURES[engine.id]?.[r.check];
        if (r.ok && known) {
          failed++;
          surprises.push(
            `${engine.id}: "${r.check}" now passes; remove it from known-failures.mjs`,
          );
        } else if (r.ok) passed++;
        else if (known) {
          knownFailing++;
          if (!explained.has(known)) log(`  ${engine.id}, known failure (not counted): ${known}`);
          explained.add(known);
        } else {
          failed++;
          surprises.push(`${engine.id}: "${r.check}" failed: ${r.detail}`);
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await demo.close();
}
for (const line of surprises) log(`  ${line}`);
log(`engines: ${knownFailing} known failures listed with their reasons above`);
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

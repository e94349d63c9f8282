// The engine matrix: both builds walked (walk.mjs) on every TV engine the project can
// run here, in two lanes of engines side by side: the demo build (its backend in the
// service worker), then the production build an operator ships, pointed by its
// config.json at loopback servers for every area (operator-servers.ts); on the engines
// that walk the production build, the store packages' app is also started from disk
// (packaged-app.mjs), and on WPE WebKit live TV as a Lightning SDK app
// (lightning-app.mjs, dist-lightning/). Run by `npm test` after the builds; alone:
// `node tests/engines/run.mjs [engine-id…] [--build demo|production|package|lightning]`
// (e.g. chromium-70, wpe-2.38); `--every-build` walks both builds on every engine.
//
// Each engine's checks either pass or appear in known-failures.mjs with the reason;
// an unexpected failure fails the run, and so does a known failure that now passes
// (so the list can only shrink). Screenshots go to
// test-results/engines/<engine>/<build>/.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../bench/static-server.mjs';
import { launchOldChromium } from './cdp.mjs';
import { CLOCK_SHIFT } from './clock-shift.mjs';
import { ERROR_RECORDER } from './error-recorder.mjs';
import { OLD_CHROMIUMS, OLD_CHROMIUM_ARGS, installOldChromium } from './engines.mjs';
import { KNOWN_FAILURES } from './known-failures.mjs';
import { EnginePage } from './page.mjs';
import { importTypeScript } from '../../scripts/import-typescript.mjs';
import { demoSmoke, walkPortal } from './walk.mjs';
import { checkPackagedApp, stagePackagedApp } from './packaged-app.mjs';
import { walkLightningApp } from './lightning-app.mjs';
import { launchWpe, wpeMissing } from './webdriver.mjs';
import { WpePage } from './wpe-page.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results', 'engines');
const log = (line) => process.stdout.write(`${line}\n`);
const args = process.argv.slice(2);
const buildFlag = args.indexOf('--build');
const onlyBuild = buildFlag >= 0 ? args.splice(buildFlag, 2)[1] : undefined;
const everyBuildFlag = args.indexOf('--every-build');
if (everyBuildFlag >= 0) args.splice(everyBuildFlag, 1);
const only = args;

/**
 * Starts an old headless Chromium (installing it first) and its page over DevTools.
 * `fromDisk`: the page may read its own files, as webOS and Tizen let a packaged app.
 */
async function openChromium(engine, fromDisk = false) {
  const executable = installOldChromium(engine, log);
  const args = fromDisk
    ? [...OLD_CHROMIUM_ARGS, '--allow-file-access-from-files']
    : OLD_CHROMIUM_ARGS;
  const browser = await launchOldChromium(executable, { args });
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
async function openWpe(fromDisk = false) {
  const missing = wpeMissing();
  if (missing) throw new Error(missing);
  const browser = await launchWpe({
    args: fromDisk ? ['--allow-file-access-from-file-urls=true'] : [],
  });
  const page = new WpePage(browser.session);
  await page.start();
  return { page, version: browser.version, close: browser.close };
}

const ALL = [
  ...OLD_CHROMIUMS.map((engine) => ({
    id: engine.id,
    open: (fromDisk) => openChromium(engine, fromDisk),
  })),
  { id: 'wpe-2.38', open: openWpe },
];
const engines = ALL.filter((e) => only.length === 0 || only.includes(e.id));
/**
 * The default run (npm test, CI) keeps CI under its 20 minutes: it walks both builds on
 * the 2019 Chromium (70) and WPE, only the demo build on the oldest (64) and on 79, and
 * skips Chromium 67, which sits between 64 and 70 and has found nothing they did not.
 * The two builds run the same code on an engine; what the production build adds (its
 * config and loopback backends) is engine-independent once two engines have walked it.
 * Chromium 64 still starts the production build, as the packaged app from disk: its
 * walk of the production build repeated its demo walk (it plays neither stream there).
 * Naming engines, or `--every-build`, walks both builds on each (the whole matrix).
 */
const everyBuild = only.length > 0 || everyBuildFlag >= 0;
const DEMO_BUILD_ONLY = new Set(everyBuild ? [] : ['chromium-64', 'chromium-79']);
const NOT_IN_DEFAULT_RUN = new Set(everyBuild ? [] : ['chromium-67']);
/** Where the store packages' app is started from disk: the engines of TVs and boxes. */
const PACKAGED_APP_ENGINES = new Set(
  everyBuild ? ALL.map((engine) => engine.id) : ['chromium-64', 'chromium-70', 'wpe-2.38'],
);

/**
 * Live TV's household features (reminders, hiding, the lock, search, pause: the same code
 * on every engine and build) are walked on the demo build of the 2019 TV's Chromium (70)
 * and WPE in the default run, on every engine when engines are named.
 */
const HOUSEHOLD_ENGINES = new Set(
  everyBuild ? ALL.map((engine) => engine.id) : ['chromium-70', 'wpe-2.38'],
);
/** Every page of the matrix records its errors and may be switched on at a later hour. */
const HEAD_SCRIPT = ERROR_RECORDER + CLOCK_SHIFT;

rmSync(OUT, { recursive: true, force: true });
const { startOperatorServers } = await importTypeScript(
  join(ROOT, 'tests/engines/operator-servers.ts'),
);

/**
 * Each build's portal for one walk. The production build gets fresh operator servers
 * every time, so one engine's walk (its smoke alarm, its bookings) never meets the next.
 */
const BUILDS = [
  {
    name: 'demo',
    start: async () => {
      // Its own server for each walk: one engine's walk takes it offline while another runs.
      // Every engine's page records its own errors too; WPE's are only known that way.
      const demo = await serveStatic(join(ROOT, 'dist-demo'), { headScript: HEAD_SCRIPT });
      return {
        url: demo.url,
        offline: (on) => demo.offline(on),
        smoke: demoSmoke,
        close: () => demo.close(),
      };
    },
  },
  {
    name: 'production',
    start: async () => {
      const operator = await startOperatorServers(join(ROOT, 'public'));
      const portal = await serveStatic(join(ROOT, 'dist'), {
        headScript: HEAD_SCRIPT,
        extra: {
          '/config.json': { body: operator.config, type: 'application/json; charset=utf-8' },
        },
      });
      return {
        url: portal.url,
        offline: (on) => portal.offline(on),
        smoke: () => async () => operator.raiseSmoke(),
        close: async () => {
          await portal.close();
          await operator.close();
        },
      };
    },
  },
].filter((b) => !onlyBuild || b.name === onlyBuild);
// `--build package` starts only the packaged app from disk on each engine.

let passed = 0;
let failed = 0;
let knownFailing = 0;
const surprises = [];

/** Counts one walk's results against the known failures, saying each reason once. */
function tally(engineId, buildName, results, log) {
  const explained = new Set();
  for (const r of results) {
    const known = KNOWN_FAILURES[engineId]?.[r.check];
    const where = `${engineId} (${buildName})`;
    if (r.ok && known) {
      failed++;
      surprises.push(`${where}: "${r.check}" now passes; remove it from known-failures.mjs`);
    } else if (r.ok) passed++;
    else if (known) {
      knownFailing++;
      if (!explained.has(known)) log(`  ${where}, known failure (not counted): ${known}`);
      explained.add(known);
    } else {
      failed++;
      surprises.push(`${where}: "${r.check}" failed: ${r.detail}`);
    }
  }
}

/**
 * A fresh browser on the engine (`fromDisk`: allowed to read its own files), or null: an
 * engine that cannot start fails the run and says why; it is never skipped quietly.
 */
async function openEngine(engine, log, fromDisk = false) {
  try {
    return await engine.open(fromDisk);
  } catch (error) {
    failed++;
    surprises.push(`${engine.id}: could not start: ${error.message.split('\n')[0]}`);
    log(`engine ${engine.id}: could not start: ${error.message}`);
    return null;
  }
}

/**
 * The store packages' app from disk, on the engines that walk the production build:
 * one start each, in a browser allowed to read its own files (as webOS and Tizen
 * allow a packaged app).
 */
async function startFromDisk(engine, url, log) {
  const dir = join(OUT, engine.id, 'package');
  mkdirSync(dir, { recursive: true });
  const browser = await openEngine(engine, log, true);
  if (!browser) return;
  try {
    const { page } = browser;
    log(`engine ${engine.id}: ${browser.version}, the packaged app from disk`);
    const result = await checkPackagedApp(page, url, (name) =>
      page.screenshot(join(dir, `${name}.png`)),
    );
    log(`    ${result.ok ? '✓' : '✘'} ${result.check}${result.ok ? '' : `: ${result.detail}`}`);
    tally(engine.id, 'package', [result], log);
  } finally {
    await browser.close();
  }
}

/**
 * Where live TV as a Lightning SDK app is walked: the engines of boxes that run Lightning
 * apps. Its build is modern only (Chromium >= 105, WebKit of Safari 16): of the matrix's
 * engines, WPE 2.38 runs it; the current Chromium runs it in the e2e tests.
 */
const LIGHTNING_APP_ENGINES = new Set(['wpe-2.38']);

/** The Lightning app on the operator's servers, in a fresh browser. */
async function walkLightning(engine, log) {
  const dir = join(OUT, engine.id, 'lightning');
  mkdirSync(dir, { recursive: true });
  const browser = await openEngine(engine, log);
  if (!browser) return;
  const operator = await startOperatorServers(join(ROOT, 'public'));
  const app = await serveStatic(join(ROOT, 'dist-lightning'), {
    headScript: HEAD_SCRIPT,
    extra: { '/config.json': { body: operator.config, type: 'application/json; charset=utf-8' } },
  });
  try {
    const { page } = browser;
    log(`engine ${engine.id}: ${browser.version}, live TV as a Lightning SDK app`);
    const results = await walkLightningApp(page, `${app.url}/`, {
      shot: (name) => page.screenshot(join(dir, `${name}.png`)),
      log,
    });
    tally(engine.id, 'lightning', results, log);
  } finally {
    await browser.close();
    await app.close();
    await operator.close();
  }
}

const packagedApp =
  !onlyBuild || onlyBuild === 'package'
    ? await stagePackagedApp(join(ROOT, 'dist'), join(OUT, 'packaged-app'))
    : null;

/** Every walk of one engine, one after another, each in a fresh browser. */
async function walkEngine(engine, log) {
  if (NOT_IN_DEFAULT_RUN.has(engine.id)) {
    log(
      `engine ${engine.id}: not walked in the default run (\`node tests/engines/run.mjs ${engine.id}\` walks it)`,
    );
    return;
  }
  for (const build of BUILDS) {
    if (build.name === 'production' && DEMO_BUILD_ONLY.has(engine.id)) {
      log(
        `engine ${engine.id}: production build not walked in the default run (chromium-70 and wpe-2.38 walk it; \`node tests/engines/run.mjs ${engine.id}\` walks both)`,
      );
      continue;
    }
    const dir = join(OUT, engine.id, build.name);
    mkdirSync(dir, { recursive: true });
    // A fresh browser for each build: its own profile, service worker and console.
    const browser = await openEngine(engine, log);
    if (!browser) continue;
    const portal = await build.start();
    try {
      const { page } = browser;
      log(`engine ${engine.id}: ${browser.version}, ${build.name} build`);
      const results = await walkPortal(page, portal.url, {
        shot: (name) => page.screenshot(join(dir, `${name}.png`)),
        offline: portal.offline,
        raiseSmoke: portal.smoke(page),
        captions: build.name === 'demo',
        household: build.name === 'demo' && HOUSEHOLD_ENGINES.has(engine.id),
        log,
      });
      tally(engine.id, build.name, results, log);
    } finally {
      await browser.close();
      await portal.close();
    }
  }
  if (packagedApp && PACKAGED_APP_ENGINES.has(engine.id))
    await startFromDisk(engine, packagedApp, log);
  if ((!onlyBuild || onlyBuild === 'lightning') && LIGHTNING_APP_ENGINES.has(engine.id))
    await walkLightning(engine, log);
}

/**
 * Two lanes side by side: a walk mostly waits on its engine (CI's two cores were half
 * idle through the matrix when it walked one engine at a time). The old Chromiums in
 * one, WPE WebKit (the longest walks) in the other. Each line says its engine.
 */
const SECOND_LANE = new Set(['wpe-2.38']);
// The old Chromiums are fetched and unpacked first: that work blocks this process, and
// would stall the other lane's walk.
for (const engine of OLD_CHROMIUMS)
  if (engines.some((e) => e.id === engine.id) && !NOT_IN_DEFAULT_RUN.has(engine.id))
    installOldChromium(engine, log);
const lanes = [
  engines.filter((engine) => !SECOND_LANE.has(engine.id)),
  engines.filter((engine) => SECOND_LANE.has(engine.id)),
].filter((lane) => lane.length > 0);
const inLane = lanes.length > 1;
await Promise.all(
  lanes.map(async (lane) => {
    for (const engine of lane)
      await walkEngine(engine, inLane ? (line) => log(`[${engine.id}] ${line}`) : log);
  }),
);
for (const line of surprises) log(`  ${line}`);
log(`engines: ${knownFailing} known failures listed with their reasons above`);
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// `npm run bench`: take the built sites, measure everything against the DESIGN.md budgets
// in one run, print one table, and keep the raw figures in bench/results/latest.json.
// Progress goes to stderr, so stdout is the table alone.
//   node bench/run.mjs [--moves=120]
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { prepareSites } from './builds.mjs';
import { launchChromium, outsideRequests } from './chromium.mjs';
import { measureCapParse } from './cap-parse.mjs';
import { measureColdStart } from './cold-start.mjs';
import { FLOOR_HTML, FLOOR_PATH } from './floor-page.mjs';
import { GRID_PAGES, measureFocusGrid } from './focus-grid.mjs';
import { measureFormPresses } from './form-presses.mjs';
import { measureGridOpen } from './grid-open.mjs';
import { measureGridLatency, measureOperatorGridMoves } from './grid-latency.mjs';
import { measureGuideLoad } from './guide-load.mjs';
import { measureGuideParse } from './guide-parse.mjs';
import { measureHomeAlarm } from './home-alarm.mjs';
import { measureHomeDashboard } from './home-dashboard.mjs';
import { measureInitialJs } from './initial-js.mjs';
import { measureKeyLatency } from './key-latency.mjs';
import { prepareLiveTv, prepareOperatorTv } from './live-tv-fixture.mjs';
import { serveStatic } from './static-server.mjs';
import { renderTable } from './table.mjs';
import { TV_PROBE, measureTvEngines } from './tv-engines.mjs';
import { measureTvMemory } from './tv-memory.mjs';
import { measureZap } from './zap.mjs';
import { measureReminderTiming } from './reminder-timing.mjs';
import { measureLockedZap } from './locked-zap.mjs';

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const log = (line) => process.stderr.write(`${line}\n`);
const started = Date.now();
const stage = (name) => log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${name}`);

// The machine is shared: how busy it was belongs next to every figure.
const results = { machine: { cores: availableParallelism(), loadAtStart: loadavg()[0] } };
stage('copying dist/ and dist-demo/ (building them if stale), building the lab');
const sites = await prepareSites(log);
results.buildErrors = sites.errors;
let browser;
let live;
let operator;
const servers = [];
// A measure that throws is reported (and fails the run) without losing the others.
const attempt = async (key, work) => {
  try {
    results[key] = await work();
  } catch (error) {
    results.errors[key] = error.message.split('\n')[0];
    log(`  ${key} failed: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  }
};
results.errors = {};
try {
  if (sites.dirs.production) {
    stage('4. initial JavaScript');
    results.initialJs = measureInitialJs(sites.dirs.production);
    log(`  ${results.initialJs.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`);
  }
  // One guide for measures 6–7: the parsers read it in Node, the portal loads it. Its
  // programmes start yesterday, so the portal's grid shows them today.
  stage('6. guide of 1,500 channels / 200,000 programmes: Hearth, @iptv/xmltv, epg-parser (Node)');
  live = await prepareLiveTv({ log });
  operator = await prepareOperatorTv({ log });
  await attempt('guideParse', () => measureGuideParse({ log, guide: live.guide }));
  // The same three parsers on a guide of the shape real operators publish: titles,
  // a short description on a third, nothing the generated guide's peers spend time on.
  stage('6b. guide parse on the operator-shaped guide (Node)');
  await attempt('guideParseRealShape', () => measureGuideParse({ log, guide: operator.guide }));
  browser = await launchChromium();
  if (sites.dirs.lab) {
    const lab = await serveStatic(sites.dirs.lab, { isolated: true });
    servers.push(lab);
    stage(
      '1. focus move on 2,000 buttons (Hearth, WICG polyfill, js-spatial-navigation, the floor)',
    );
    results.grid = await measureFocusGrid(browser, lab.url, { moves: option('moves', 120), log });
    // Without the WICG polyfill: at 6× it takes ~3 s a move (six minutes a walk), and
    // at 1× it is already the slowest by two orders of magnitude.
    stage('1b. the same at 6× CPU (Hearth, js-spatial-navigation, the floor)');
    await attempt('gridSlow', () =>
      measureFocusGrid(browser, lab.url, {
        moves: option('moves', 120),
        rate: 6,
        skip: ['polyfill'],
        log,
      }),
    );
    stage('5. CAP feed of 500 alerts: parse + area match');
    results.capParse = await measureCapParse(browser, lab.url);
    log(`  ${results.capParse.runs.map((t) => t.toFixed(1)).join(', ')} ms`);
  }
  if (sites.dirs.demo) {
    const demo = await serveStatic(sites.dirs.demo, {
      extra: { [FLOOR_PATH]: FLOOR_HTML, ...live.extra, ...operator.extra },
    });
    servers.push(demo);
    stage('2. key press → painted focus change (settings)');
    results.latency = await measureKeyLatency(browser, demo.url, { log });
    stage('3. cold start → first focus');
    results.coldStart = await measureColdStart(browser, demo.url, { log });
    stage('7. the 38 MB guide loading in the portal: main-thread long tasks');
    await attempt('guideLoad', () => measureGuideLoad(browser, demo.url, { log }));
    stage('8–9. live TV: zap time, then JS heap after 1,000 channel changes');
    await attempt('zap', () => measureZap(browser, demo.url, { log }));
    stage('16. a programme reminder over live TV: due → painted');
    await attempt('reminderTiming', () => measureReminderTiming(browser, demo.url, { log }));
    stage('17. zapping onto a locked channel against an unlocked one');
    await attempt('lockedZap', () => measureLockedZap(browser, demo.url, { log }));
    stage('10. key press → painted change in the grid guide (Lightning canvas)');
    await attempt('gridLatency', () => measureGridLatency(browser, demo.url, { log }));
    stage('13. the grid with an operator-shaped guide: opening it, then moving in it');
    await attempt('gridOpen', () =>
      measureGridOpen(browser, demo.url, { query: operator.query, log }),
    );
    await attempt('operatorGridMoves', () =>
      measureOperatorGridMoves(browser, demo.url, { query: operator.query, log }),
    );
    stage('11. smoke alarm over live TV: hub state change → alarm painted');
    await attempt('homeAlarm', () => measureHomeAlarm(browser, demo.url, { log }));
    stage('12. key press → painted focus on My Home, 1,000 entities changing 50 a second');
    await attempt('homeDashboard', () => measureHomeDashboard(browser, demo.url, { log }));
    stage(
      '14. TV engines: cold start and key → painted focus on Chromium 70, WPE 2.38, and Chromium 70 at 6× CPU',
    );
    const probed = await serveStatic(sites.dirs.demo, { headScript: TV_PROBE });
    servers.push(probed);
    await attempt('tvEngines', () => measureTvEngines(probed.url, { log }));
    if (Object.values(results.tvEngines ?? {}).some((engine) => engine.error)) process.exitCode = 1;
    stage('18. the memory of a TV: JS heap after cold start, every area, 1,000 zaps');
    await attempt('tvMemory', () => measureTvMemory(demo.url, { log }));
    if (Object.values(results.tvMemory ?? {}).some((engine) => engine.error)) process.exitCode = 1;
  }
  if (sites.dirs.production) {
    stage(
      '15. 电视办: remote presses to fill the reference form, catalogue → receipt (production build)',
    );
    await attempt('formPresses', () => measureFormPresses({ log }));
  }
  results.outsideRequests = browser ? outsideRequests(browser) : [];
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  live?.remove();
  operator?.remove();
  sites.remove();
}
// A site that did not build still gets its rows (as not measured) and fails the run.
if (Object.keys(sites.errors).length) process.exitCode = 1;
results.machine.loadAtEnd = loadavg()[0];
stage('done');

const peerLabels = Object.fromEntries(
  GRID_PAGES.filter((p) => p.id !== 'hearth' && !p.floor).map((p) => [p.id, p.label]),
);
const table = renderTable(results, peerLabels);
const outDir = resolve(import.meta.dirname, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  resolve(outDir, 'latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      chromium: browser?.version(),
      seconds: (Date.now() - started) / 1000,
      results,
      table,
    },
    null,
    2,
  ) + '\n',
);
console.log(table);

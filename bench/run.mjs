// `npm run bench`: take the built sites, measure everything against the DESIGN.md budgets
// in one run, print one table, and keep the raw figures in bench/results/latest.json.
// Progress goes to stderr, so stdout is the table alone.
//   node bench/run.mjs [--moves=120]
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { prepareSites } from './builds.mjs';
import { launchChromium } from './chromium.mjs';
import { measureCapParse } from './cap-parse.mjs';
import { measureColdStart } from './cold-start.mjs';
import { FLOOR_HTML, FLOOR_PATH } from './floor-page.mjs';
import { GRID_PAGES, measureFocusGrid } from './focus-grid.mjs';
import { measureInitialJs } from './initial-js.mjs';
import { measureKeyLatency } from './key-latency.mjs';
import { serveStatic } from './static-server.mjs';
import { renderTable } from './table.mjs';

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
const servers = [];
try {
  if (sites.dirs.production) {
    stage('4. initial JavaScript');
    results.initialJs = measureInitialJs(sites.dirs.production);
    log(`  ${results.initialJs.files.map((f) => `${f.file} ${f.gzip} B`).join(', ')}`);
  }
  browser = await launchChromium();
  if (sites.dirs.lab) {
    const lab = await serveStatic(sites.dirs.lab, { isolated: true });
    servers.push(lab);
    stage('1. focus move on 2,000 buttons (Hearth, WICG polyfill, js-spatial-navigation)');
    results.grid = await measureFocusGrid(browser, lab.url, { moves: option('moves', 120), log });
    stage('5. CAP feed of 500 alerts: parse + area match');
    results.capParse = await measureCapParse(browser, lab.url);
    log(`  ${results.capParse.runs.map((t) => t.toFixed(1)).join(', ')} ms`);
  }
  if (sites.dirs.demo) {
    const demo = await serveStatic(sites.dirs.demo, { extra: { [FLOOR_PATH]: FLOOR_HTML } });
    servers.push(demo);
    stage('2. key press → painted focus change (settings)');
    results.latency = await measureKeyLatency(browser, demo.url, { log });
    stage('3. cold start → first focus');
    results.coldStart = await measureColdStart(browser, demo.url, { log });
  }
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  sites.remove();
}
// A site that did not build still gets its rows (as not measured) and fails the run.
if (Object.keys(sites.errors).length) process.exitCode = 1;
results.machine.loadAtEnd = loadavg()[0];
stage('done');

const peerLabels = Object.fromEntries(
  GRID_PAGES.filter((p) => p.id !== 'hearth').map((p) => [p.id, p.label]),
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

// Measure 2: key press → painted focus change in the real portal, on the settings
// screen (rows of hearth-choice-row: Up/Down between rows, Left/Right within one), and
// the same presses on a framework-free control page (floor-page.mjs).
import { throttleCpu } from './chromium.mjs';
import { FLOOR_PATH } from './floor-page.mjs';
import { latencyProbe } from './latency-probe.mjs';
import { median, p95 } from './stats.mjs';

const VIEWPORT = { width: 1920, height: 1080 };
const RATES = [1, 6];

/**
 * One cycle: in each row a step sideways and back (towards whichever neighbour the
 * focused choice has, so no press hits an edge), then a row down; four rows down,
 * then the same back up. 24 presses, each of which moves focus.
 */
async function cycle(page, press) {
  for (const vertical of ['ArrowDown', 'ArrowUp']) {
    for (let row = 0; row < 4; row++) {
      const here = await page.evaluate(() => window.__latency.where());
      const side = here.canRight ? 'ArrowRight' : 'ArrowLeft';
      await press(side);
      await press(side === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight');
      await press(vertical);
    }
  }
}

/**
 * Key → paint figures of `measured` presses (each { ts, t0, tFocus, tRaf, tPainted }, as
 * the probes record them) with the Event Timing `entries` of the page.
 */
export function summarise(measured, entries, rate) {
  const latencies = [];
  const rafOnly = [];
  // Where the time goes: waiting for the main thread, the page's handler, then the frame.
  const phases = { queued: [], handled: [], toFrame: [], frame: [] };
  let slowEntries = 0;
  let unmoved = 0;
  for (const p of measured) {
    if (p.tPainted == null) {
      unmoved++;
      continue;
    }
    const entry = entries.find((e) => Math.abs(e.startTime - p.ts) < 1);
    if (entry) slowEntries++;
    // The later of the two clocks: Event Timing runs to presentation (raster and swap
    // included), the rAF clock only to the end of the main thread's frame.
    latencies.push(Math.max(p.tPainted - p.ts, entry?.duration ?? 0));
    rafOnly.push(p.tPainted - p.ts);
    phases.queued.push(p.t0 - p.ts);
    phases.handled.push(p.tFocus - p.t0);
    phases.toFrame.push(p.tRaf - p.tFocus);
    phases.frame.push(p.tPainted - p.tRaf);
  }
  const stat = (fn) => Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, fn(v)]));
  return {
    rate,
    presses: measured.length,
    unmoved,
    p50: median(latencies),
    p95: p95(latencies),
    max: Math.max(...latencies),
    rafP50: median(rafOnly),
    rafP95: p95(rafOnly),
    eventTimingEntries: slowEntries,
    medianPhasesMs: stat(median),
    p95PhasesMs: stat(p95),
  };
}

/**
 * Cycles at 1× and 6× alternate (after one warm-up cycle at each), so both rates meet
 * the same drift in the shared machine's load.
 */
async function measurePage(browser, url, readyMark, { cycles, log, label }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(latencyProbe);
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark, {
      timeout: 30_000,
    });
    const cdp = await throttleCpu(page, 1);
    const pressCount = () => page.evaluate(() => window.__latency.presses.length);
    const runCycle = async (rate) => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const from = await pressCount();
      await cycle(page, async (key) => {
        await page.keyboard.press(key);
        await page.evaluate((t) => window.__latency.settle(t), 400 * rate);
        // A person does not press faster than the screen settles; let trailing work finish.
        await page.waitForTimeout(40);
      });
      return [from, await pressCount()];
    };
    for (const rate of RATES) await runCycle(rate); // warm-up
    const ranges = Object.fromEntries(RATES.map((rate) => [rate, []]));
    for (let i = 0; i < cycles; i++) {
      for (const rate of RATES) ranges[rate].push(await runCycle(rate));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    // Event Timing entries arrive after the paint they measure.
    await page.waitForTimeout(300);
    const { presses, entries } = await page.evaluate(() => window.__latency);

    const out = {};
    for (const rate of RATES) {
      const measured = ranges[rate].flatMap(([from, to]) => presses.slice(from, to));
      const r = summarise(measured, entries, rate);
      out[`x${rate}`] = r;
      log(
        `  ${label}, ${rate}× CPU: p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} ms ` +
          `(rAF clock alone ${r.rafP50.toFixed(1)} / ${r.rafP95.toFixed(1)}; ` +
          `${r.eventTimingEntries} of ${r.presses} presses ≥16 ms by Event Timing; ${r.unmoved} did not move)\n` +
          `    median phases: ${Object.entries(r.medianPhasesMs)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ')} ms`,
      );
    }
    return out;
  } finally {
    await context.close();
  }
}

/** The demo server must also serve the control page at FLOOR_PATH. */
export async function measureKeyLatency(browser, baseUrl, { cycles = 2, log = () => {} } = {}) {
  const app = await measurePage(browser, `${baseUrl}/#/settings`, 'hearth:first-focus', {
    cycles,
    log,
    label: 'portal settings',
  });
  const floor = await measurePage(browser, baseUrl + FLOOR_PATH, 'bench:ready', {
    cycles,
    log,
    label: 'control page',
  });
  return { app, floor };
}

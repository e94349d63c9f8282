// Measure: key press → painted change in live TV's full programme grid (Lightning on a
// canvas), at 1× and 6× CPU, with the bench's 1,500 channels and 38 MB guide. The same
// clocks as key-latency.mjs: Event Timing for presses of 16 ms or more, and for every
// press the first animation frame after the grid announced its new focus (each move
// says the focused programme into the polite live region, synchronously in the key's
// handler) plus a message posted from it. Lightning draws in its own animation-frame
// callback, which runs before the probe's in the same frame.
//
// The canvas is WebGL here through SwiftShader (the CPU stands in for the GPU): these
// figures say how the grid's JavaScript and a software rasteriser keep up, nothing about
// a TV's GPU.
import { throttleCpu } from './chromium.mjs';
import { summarise } from './key-latency.mjs';
import { canvasRenderer, openLiveTv, waitForSpoken } from './watch-page.mjs';

const RATES = [1, 6];
/** One cycle: two steps later, two channels down, two steps back, two more down. */
const CYCLE = [
  'ArrowRight',
  'ArrowRight',
  'ArrowDown',
  'ArrowDown',
  'ArrowLeft',
  'ArrowLeft',
  'ArrowDown',
  'ArrowDown',
];

/** Init script: each armed press, when the grid announced, and when that frame was done. */
export function gridProbe() {
  const presses = [];
  const entries = [];
  let pending = null;
  let observed = null;

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'keydown') continue;
      entries.push({ startTime: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  const region = () => document.querySelector('[data-speech="polite"]');
  const announced = () => {
    const press = pending;
    if (!press || press.tFocus !== null) return;
    press.tFocus = performance.now();
    press.said = region()?.textContent ?? '';
    requestAnimationFrame(() => {
      press.tRaf = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        press.tPainted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };

  addEventListener(
    'keydown',
    (event) => {
      if (!window.__grid.armed) return;
      const live = region();
      if (live && observed !== live) {
        observed = live;
        new MutationObserver(announced).observe(live, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
      pending = {
        key: event.key,
        ts: event.timeStamp,
        t0: performance.now(),
        before: live?.textContent ?? '',
        said: null,
        tFocus: null,
        tRaf: null,
        tPainted: null,
      };
      presses.push(pending);
    },
    true,
  );

  window.__grid = {
    armed: false,
    presses,
    entries,
    /** Resolve once the last press is on screen, or after `timeout` ms if nothing was said. */
    settle(timeout) {
      const press = presses.at(-1);
      const started = performance.now();
      return new Promise((done) => {
        const check = () => {
          if (press?.tPainted != null || performance.now() - started > timeout) done();
          else setTimeout(check, 5);
        };
        check();
      });
    },
  };
}

/** The programme's times in an announcement ("…, 18:00 至 20:00…"). */
const span = (text) => /(\d\d:\d\d) 至 (\d\d:\d\d)/.exec(text ?? '')?.slice(1) ?? null;

function skippedProgramme(press) {
  const from = span(press.before);
  const to = span(press.said);
  if (!from || !to || press.said === press.before) return false;
  if (press.key === 'ArrowRight') return to[0] !== from[1];
  if (press.key === 'ArrowLeft') return to[1] !== from[0];
  return false;
}

/** From live TV: OK opens the channel list, whose groups start with the guide. */
async function openGrid(page) {
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowLeft');
  await waitForSpoken(page, /^全部频道$/);
  await page.keyboard.press('ArrowUp');
  await waitForSpoken(page, /^节目指南$/);
  await page.keyboard.press('Enter');
  await waitForSpoken(page, /^CCTV-1, .+, \d\d:\d\d 至 \d\d:\d\d/);
}

async function measureGrid(
  browser,
  baseUrl,
  { canvas2d, cycles, log, query = {}, name = 'grid guide' },
) {
  const { context, page, problems } = await openLiveTv(browser, baseUrl, {
    initScripts: [gridProbe],
    query: canvas2d ? { ...query, renderer: 'canvas2d' } : query,
    log,
  });
  const label = canvas2d ? `${name}, canvas2d control` : name;
  try {
    const renderer = await canvasRenderer(page);
    log(`  canvas: ${renderer}`);
    await openGrid(page);
    await page.evaluate(() => (window.__grid.armed = true));
    const cdp = await throttleCpu(page, 1);
    const pressCount = () => page.evaluate(() => window.__grid.presses.length);
    const runCycle = async (rate) => {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const from = await pressCount();
      for (const key of CYCLE) {
        await page.keyboard.press(key);
        await page.evaluate((t) => window.__grid.settle(t), 400 * rate);
        // A person does not press faster than the screen settles; let trailing work finish.
        await page.waitForTimeout(40);
      }
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
    const { presses, entries } = await page.evaluate(() => ({
      presses: window.__grid.presses,
      entries: window.__grid.entries,
    }));
    const out = { renderer, said: presses.map((p) => `${p.key.replace('Arrow', '')}: ${p.said}`) };
    for (const rate of RATES) {
      const measured = ranges[rate]
        .flatMap(([from, to]) => presses.slice(from, to))
        // A press the grid did not answer (nothing announced) did not move anything. One
        // that announced the same words did: Left/Right with no neighbouring programme in
        // the window (a gap in the guide, the guide's end, a programme longer than the
        // two-hour window) slide the window half an hour and say the focused programme
        // again (guide-navigation.ts, stepInTime), and a row with no programmes says
        // 暂无节目信息 again. Those are painted changes and timed like any move.
        .map((p) => (p.tFocus === null ? { ...p, tPainted: null } : p));
      const r = summarise(measured, entries, rate);
      // Left/Right must land on the neighbouring programme: one that ends where the
      // focused one started, or starts where it ended. Anything else skipped a programme.
      r.skipped = measured.filter((p) => skippedProgramme(p)).length;
      r.skippedPresses = measured
        .filter((p) => skippedProgramme(p))
        .map((p) => ({ key: p.key, before: p.before, said: p.said }));
      r.unmovedPresses = measured
        .filter((p) => p.tPainted === null)
        .map((p) => ({ key: p.key, before: p.before, said: p.said, announced: p.tFocus !== null }));
      r.byKey = {};
      for (const key of new Set(CYCLE)) {
        const own = measured.filter((p) => p.key === key);
        const s = summarise(own, entries, rate);
        r.byKey[key] = { presses: own.length, p50: s.p50, p95: s.p95 };
      }
      out[`x${rate}`] = r;
      log(
        `  ${label}, ${rate}× CPU: p50 ${r.p50.toFixed(1)} / p95 ${r.p95.toFixed(1)} ms ` +
          `(rAF clock alone ${r.rafP50.toFixed(1)} / ${r.rafP95.toFixed(1)}; ` +
          `${r.eventTimingEntries} of ${r.presses} presses ≥16 ms by Event Timing; ${r.unmoved} did not move, ${r.skipped} skipped a programme)\n` +
          `    median phases: ${Object.entries(r.medianPhasesMs)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ')} ms; p95 by key: ${Object.entries(r.byKey)
            .map(([k, v]) => `${k.replace('Arrow', '')} ${v.p95.toFixed(1)}`)
            .join(', ')} ms`,
      );
    }
    out.problems = [...new Set(problems)];
    for (const problem of out.problems) log(`  page said: ${problem}`);
    return out;
  } finally {
    await context.close();
  }
}

/**
 * The grid as the portal draws it (WebGL where the browser has it), then the same presses
 * with `?renderer=canvas2d` as a control: how much of the time is this machine's software
 * WebGL (each changed frame read back for the software compositor) and not the grid.
 */
export async function measureGridLatency(browser, baseUrl, { cycles = 6, log = () => {} } = {}) {
  const app = await measureGrid(browser, baseUrl, { canvas2d: false, cycles, log });
  const canvas2d = await measureGrid(browser, baseUrl, { canvas2d: true, cycles, log });
  return { app, canvas2d };
}

/** The grid's moves with the operator-shaped guide (`query` opens the portal with it). */
export async function measureOperatorGridMoves(
  browser,
  baseUrl,
  { query, cycles = 6, log = () => {} },
) {
  return measureGrid(browser, baseUrl, {
    canvas2d: false,
    cycles,
    log,
    query,
    name: 'grid guide, operator-shaped guide',
  });
}

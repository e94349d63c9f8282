// Measures: channel changes on live TV, with the bench's 1,500 channels and 38 MB guide
// (every channel plays the demo's test pattern, served on loopback).
//  - zap time: CH+ (PageUp) → the first frame of the new channel on screen, by
//    requestVideoFrameCallback armed right after the key's handlers ran (hls.js has
//    swapped the source by then, so no frame of the old channel can answer); the portal's
//    own `hearth:zap-playing` mark ('playing' on the video) beside it. Warm-up, then one
//    zap at a time, each waited for.
//  - JS heap after 1,000 channel changes (DESIGN.md: growth ≤ 10 %): after the zaps above
//    and a warm-up pass of as many presses, paced as the measured ones, a forced GC and
//    `Performance.getMetrics`; then 1,000 CH+ presses, one every
//    40 ms (faster than anyone zaps, slow enough that each is handled: no press waits for
//    its picture); then the picture of the channel they end on, a settle, GC again and the
//    same metrics. JSHeapUsedSize is V8's heap: Blink's own objects (performance marks,
//    DevTools' record of each request) are not in it.
//    Why a whole pass of warm-up: three bounded stores fill over the first thousand or so
//    zaps and then stay level (measured: 7.4 → 8.8 → 9.1 → 9.4 → 9.6 → 9.4 MB every 400
//    presses): the guide's block cache (guide-cache.ts, at most 400 six-hour blocks,
//    about 1 MB), Lightning's text textures (freed past `memoryPressure`,
//    create-watch-app.ts) and the JIT's optimised code for the zap path. Measured from
//    a cold start, their filling read as a 23 % "leak"; after it, what still grows is.
import { median, p95 } from './stats.mjs';
import { openLiveTv, spoken, waitForPicture } from './watch-page.mjs';

/** Init script: each armed CH+ press and when its first new frame was presented. */
export function zapProbe() {
  const zaps = [];
  window.__zap = { zaps, armed: false };
  addEventListener(
    'keydown',
    (event) => {
      if (!window.__zap.armed || event.key !== 'PageUp') return;
      const zap = { ts: event.timeStamp, zapMark: null, frame: null, expected: null, media: null };
      zaps.push(zap);
      // After the portal's own keydown handlers: the new stream is attached by now.
      setTimeout(() => {
        zap.zapMark = performance.getEntriesByName('hearth:zap').at(-1)?.startTime ?? null;
        const { video } = window.__watchParts();
        video?.requestVideoFrameCallback((_now, meta) => {
          zap.frame = meta.presentationTime;
          zap.expected = meta.expectedDisplayTime;
          zap.media = meta.mediaTime;
        });
      }, 0);
    },
    true,
  );
}

/** Channel number the live region names first ("24 CCTV-24, …"). */
const channelNumber = (text) => Number(/^(\d+)/.exec(text)?.[1] ?? NaN);

async function zapOnce(page) {
  await page.keyboard.press('PageUp');
  await page.waitForFunction(() => window.__zap.zaps.at(-1)?.frame != null, null, {
    timeout: 15_000,
    polling: 10,
  });
}

async function measureZapTime(page, { warmUp, zaps, log }) {
  await page.evaluate(() => (window.__zap.armed = true));
  for (let i = 0; i < warmUp; i++) await zapOnce(page);
  for (let i = 0; i < zaps; i++) {
    // Someone looking at the new channel before the next press.
    await page.waitForTimeout(600);
    await zapOnce(page);
  }
  await page.evaluate(() => (window.__zap.armed = false));
  const measured = await page.evaluate((n) => {
    const playing = performance.getEntriesByName('hearth:zap-playing').map((e) => e.startTime);
    return window.__zap.zaps.slice(-n).map((z) => ({
      ...z,
      playing: playing.find((t) => t > z.ts) ?? null,
    }));
  }, zaps);
  const frameMs = measured.map((z) => z.frame - z.ts);
  const playingMs = measured.filter((z) => z.playing !== null).map((z) => z.playing - z.ts);
  const result = {
    zaps: measured.length,
    p50: median(frameMs),
    p95: p95(frameMs),
    max: Math.max(...frameMs),
    playingP50: median(playingMs),
    playingP95: p95(playingMs),
    // A first frame far into its stream would be the old channel's: none should be.
    lateFrames: measured.filter((z) => z.media > 1).length,
    runs: frameMs.map((v) => Math.round(v)),
  };
  log(
    `  zap, CH+ → first new frame: p50 ${result.p50.toFixed(0)} / p95 ${result.p95.toFixed(0)} ms ` +
      `(max ${result.max.toFixed(0)}; ${result.lateFrames} first frames > 1 s into their stream; 'playing' mark p50 ${result.playingP50.toFixed(0)} / p95 ${result.playingP95.toFixed(0)} ms)\n` +
      `    ${result.runs.join(', ')} ms`,
  );
  return result;
}

async function heapMetrics(cdp) {
  // Twice: the first pass can leave garbage that only a second one frees (weak maps).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return {
    heapUsed: m.JSHeapUsedSize,
    heapTotal: m.JSHeapTotalSize,
    nodes: m.Nodes,
    listeners: m.JSEventListeners,
  };
}

/** `count` CH+ presses, one every `everyMs` (or as fast as the page takes them). */
async function pressMany(page, count, everyMs) {
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const at = Date.now();
    await page.keyboard.press('PageUp');
    const left = everyMs - (Date.now() - at);
    if (left > 0) await page.waitForTimeout(left);
  }
  return (Date.now() - started) / 1000;
}

async function measureZapHeap(page, { presses, everyMs, log }) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await pressMany(page, presses, everyMs);
    await waitForPicture(page, 20_000);
    await page.waitForTimeout(3000);
    const fromChannel = channelNumber(await spoken(page));
    const before = await heapMetrics(cdp);
    const pressSeconds = await pressMany(page, presses, everyMs);
    // The channel they end on must play; then let timers, requests and the guide settle.
    let stuck = false;
    try {
      await waitForPicture(page, 20_000);
    } catch {
      stuck = true;
    }
    await page.waitForTimeout(3000);
    const toChannel = channelNumber(await spoken(page));
    const after = await heapMetrics(cdp);
    const entries = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').length,
      resources: performance.getEntriesByType('resource').length,
    }));
    const channels = 1500;
    const expected = ((fromChannel - 1 + presses) % channels) + 1;
    const result = {
      presses,
      everyMs,
      pressSeconds,
      before,
      after,
      growth: (after.heapUsed - before.heapUsed) / before.heapUsed,
      stuck,
      fromChannel,
      toChannel,
      expectedChannel: expected,
      performanceEntries: entries,
    };
    log(
      `  heap: ${(before.heapUsed / 1048576).toFixed(1)} → ${(after.heapUsed / 1048576).toFixed(1)} MB ` +
        `(${(result.growth * 100).toFixed(1)} %) after ${presses} CH+ in ${pressSeconds.toFixed(0)} s; ` +
        `DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}; ` +
        `channel ${fromChannel} → ${toChannel} (expected ${expected})${stuck ? '; THE PICTURE DID NOT COME BACK' : ''}; ` +
        `${entries.marks} performance marks, ${entries.resources} resource entries held`,
    );
    return result;
  } finally {
    await cdp.detach();
  }
}

export async function measureZap(
  browser,
  baseUrl,
  { warmUp = 3, zaps = 20, presses = 1000, everyMs = 40, log = () => {} } = {},
) {
  const { context, page, problems } = await openLiveTv(browser, baseUrl, {
    initScripts: [zapProbe],
    log,
  });
  try {
    const time = await measureZapTime(page, { warmUp, zaps, log });
    const heap = await measureZapHeap(page, { presses, everyMs, log });
    const said = [...new Set(problems)];
    for (const problem of said.slice(0, 10)) log(`  page said: ${problem}`);
    if (said.length > 10) log(`  … and ${said.length - 10} more`);
    return { time, heap, problems: said };
  } finally {
    await context.close();
  }
}

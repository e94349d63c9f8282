// Measures: zapping onto locked channels (频道锁) against zapping onto the same channels
// unlocked, on the demo build's live TV: two runs of one lap of CH+ through the demo list,
// one with every channel but the first locked (an init script keeps the locks in
// localStorage before the page loads, as Settings → 频道锁 would), one with none. One CH+
// at a time, each waited for and looked at for 600 ms. Two runs rather than alternate
// channels: a zap onto a locked channel from a playing one also tears that playback down,
// and a zap from a locked one has nothing to tear down, which would blur the comparison.
// Two clocks from the keydown's timestamp:
//  - what the household sees: an unlocked channel's first new video frame
//    (requestVideoFrameCallback, as zap.mjs), a locked channel's lock screen painted (the
//    first animation frame after the key, and a message posted from it, which runs once
//    that frame is painted: Lightning draws the lock in that frame's own rAF);
//  - the zap's own work: keydown → the end of the portal's key handlers (its hearth-key
//    event reaching window, after every listener on its way), where the lock check is.
// Issue #18's claim: a locked channel zaps no slower than an unlocked one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, p95 } from './stats.mjs';
import { WATCH_VIEWPORT, waitForPicture } from './watch-page.mjs';

/**
 * The demo list's channels after the first (which plays at the start), by key: the demo's
 * own ids (its playlist's tvg-id), read from its source so a new demo channel is locked too.
 */
const AFTER_FIRST = [
  ...new Set(
    readFileSync(resolve(import.meta.dirname, '../src/demo/channels/channel-list.ts'), 'utf8')
      .match(/'demo-[a-z-]+'/g)
      .map((quoted) => quoted.slice(1, -1)),
  ),
].filter((id) => id !== 'demo-zonghe');
/** One lap's worth of zaps that stay among the locked channels: 2 … 22. */
const ZAPS = 21;

/** Init script: the locks, and per armed CH+ when it was handled and seen. */
export function lockedZapProbe(locked) {
  localStorage.setItem('hearth.channelLock', JSON.stringify({ channels: locked, groups: [] }));
  const zaps = [];
  window.__lockedZap = { zaps, armed: false };
  const video = () =>
    document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')
      ?.shadowRoot?.querySelector('video') ?? null;
  window.__watchParts = () => ({ video: video() });
  const channel = new MessageChannel();
  let painting = null;
  channel.port1.onmessage = () => {
    if (painting) painting.seen = performance.now();
    painting = null;
  };
  // The portal's key handlers are done when its hearth-key event has passed every
  // listener on its way up: this one, on window, hears it last. (A task queued from the
  // keydown ran after them too, but a frame could come first, and its commit, 35–45 ms
  // of software compositing here, was counted as the zap's.)
  addEventListener('hearth-key', (event) => {
    const zap = zaps.at(-1);
    if (zap && zap.handled === null && event.detail.key === 'ChannelUp') {
      zap.handled = performance.now();
    }
  });
  addEventListener(
    'keydown',
    (event) => {
      if (!window.__lockedZap.armed || event.key !== 'PageUp') return;
      const zap = { ts: event.timeStamp, handled: null, locked: null, seen: null };
      zaps.push(zap);
      setTimeout(() => {
        const v = video();
        zap.locked = v?.getAttribute('src') === null;
        if (zap.locked) {
          painting = zap;
          requestAnimationFrame(() => channel.port2.postMessage(0));
        } else v?.requestVideoFrameCallback((_now, meta) => (zap.seen = meta.presentationTime));
      }, 0);
    },
    true,
  );
}

async function oneRun(browser, baseUrl, locked, zaps) {
  const context = await browser.newContext({ viewport: WATCH_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(lockedZapProbe, locked);
    await page.goto(`${baseUrl}/#/watch`);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length);
    // A key press lets the video play with sound, as on a TV; then the picture runs.
    await page.keyboard.press('Shift');
    await waitForPicture(page, 20_000);
    await page.evaluate(() => (window.__lockedZap.armed = true));
    for (let i = 0; i < zaps; i++) {
      await page.waitForTimeout(600);
      await page.keyboard.press('PageUp');
      await page.waitForFunction(() => window.__lockedZap.zaps.at(-1)?.seen != null, null, {
        timeout: 15_000,
        polling: 10,
      });
    }
    const measured = await page.evaluate(() => window.__lockedZap.zaps);
    const wrong = measured.filter((z) => z.locked !== locked.length > 0).length;
    const seen = measured.map((z) => z.seen - z.ts);
    const handled = measured.map((z) => z.handled - z.ts);
    return {
      zaps: measured.length,
      wrong,
      seenP50: median(seen),
      seenP95: p95(seen),
      handledP50: median(handled),
      handledP95: p95(handled),
      runs: seen.map((v) => Math.round(v)),
    };
  } finally {
    await context.close();
  }
}

export async function measureLockedZap(browser, baseUrl, { zaps = ZAPS, log = () => {} } = {}) {
  const result = {
    locked: await oneRun(browser, baseUrl, AFTER_FIRST, zaps),
    unlocked: await oneRun(browser, baseUrl, [], zaps),
  };
  for (const [name, s] of Object.entries(result)) {
    log(
      `  ${name}: CH+ → seen p50 ${s.seenP50.toFixed(0)} / p95 ${s.seenP95.toFixed(0)} ms; ` +
        `handlers p50 ${s.handledP50.toFixed(1)} / p95 ${s.handledP95.toFixed(1)} ms ` +
        `(${s.zaps} zaps${s.wrong ? `, ${s.wrong} NOT AS EXPECTED` : ''})\n` +
        `    ${s.runs.join(', ')} ms`,
    );
  }
  return result;
}

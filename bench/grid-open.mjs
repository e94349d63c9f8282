// Measure: OK on 节目指南 → the programme grid on screen with its programmes, with a guide
// of the shape real operators publish (operator-guide.mjs: 1,500 channels, about 200,000
// programmes, one-minute fillers, overlaps, duplicates, gaps; served gzipped). Such a
// guide froze the page at this very press (issue: "The programme guide freezes the TV").
//
// Each opening starts from a channel far from the last (typed as a number), so the rows
// the grid needs are not yet held on the page and must come from the guide worker: the
// cold case a household meets. Clock: the OK's keydown timestamp to the end of the first
// animation frame after the grid announced a programme (or that the row has none) in the
// live region, plus a posted message, as grid-latency.mjs measures moves. Openings at 1×
// and 6× CPU alternate, after one warm-up at each.
import { throttleCpu } from './chromium.mjs';
import { median, p95 } from './stats.mjs';
import { openLiveTv, spoken, waitForSpoken } from './watch-page.mjs';

const RATES = [1, 6];

/** Init script: the armed press and when the grid said what it shows, then painted it. */
export function gridOpenProbe() {
  let pending = null;
  let observed = null;
  const region = () => document.querySelector('[data-speech="polite"]');
  const shown = () => {
    const press = pending;
    const said = region()?.textContent ?? '';
    if (!press || press.tShown !== null) return;
    // A programme with its times, or a row with none: not "loading".
    if (!/\d\d:\d\d 至 \d\d:\d\d|暂无节目信息/.test(said)) return;
    press.tShown = performance.now();
    press.said = said;
    requestAnimationFrame(() => {
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
      if (!window.__gridOpen.armed) return;
      window.__gridOpen.armed = false;
      const live = region();
      if (live && observed !== live) {
        observed = live;
        new MutationObserver(shown).observe(live, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      }
      pending = { ts: event.timeStamp, tShown: null, tPainted: null, said: null };
      window.__gridOpen.presses.push(pending);
    },
    true,
  );
  window.__gridOpen = { armed: false, presses: [] };
}

/** Type a channel number on the remote's digits and wait for the zap to be said. */
async function tuneNumber(page, number) {
  for (const digit of String(number)) await page.keyboard.press(digit);
  // The fourth digit tunes by itself; fewer wait for OK.
  if (String(number).length < 4) await page.keyboard.press('Enter');
  await waitForSpoken(page, new RegExp(`^${number} `), 10_000);
}

/** Channel list → its groups → up to 节目指南, ready for OK. */
async function reachGuideEntry(page) {
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 12 && (await spoken(page)) !== '节目指南'; i++) {
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(60);
  }
  await waitForSpoken(page, /^节目指南$/);
}

/**
 * Opens the grid `opens` times at each rate from channels spread over the list. `query`
 * picks the operator config (`{ config: path }`).
 */
export async function measureGridOpen(browser, baseUrl, { query, opens = 6, log = () => {} }) {
  const { context, page, guide, problems } = await openLiveTv(browser, baseUrl, {
    initScripts: [gridOpenProbe],
    query,
    log,
  });
  try {
    const cdp = await throttleCpu(page, 1);
    const channels = guide.stats?.channels ?? 1500;
    const numbers = [];
    for (let i = 0; i < (opens + 1) * RATES.length; i++) {
      // Far apart (more than a screenful of rows), never the same twice.
      numbers.push(20 + ((i * 211) % Math.max(1, Math.min(channels, 1400) - 40)));
    }
    const byRate = Object.fromEntries(RATES.map((rate) => [rate, []]));
    let n = 0;
    for (let round = 0; round <= opens; round++) {
      for (const rate of RATES) {
        await tuneNumber(page, numbers[n++]);
        await reachGuideEntry(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.evaluate(() => (window.__gridOpen.armed = true));
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__gridOpen.presses.at(-1)?.tPainted != null, null, {
          timeout: 20_000 * rate,
          polling: 20,
        });
        const press = await page.evaluate(() => window.__gridOpen.presses.at(-1));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (round > 0) byRate[rate].push({ ms: press.tPainted - press.ts, said: press.said });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
      }
    }
    await cdp.detach();
    const out = { problems: [...new Set(problems)] };
    for (const rate of RATES) {
      const times = byRate[rate].map((o) => o.ms);
      out[`x${rate}`] = {
        rate,
        opens: times.length,
        p50: median(times),
        p95: p95(times),
        max: Math.max(...times),
        said: byRate[rate].map((o) => o.said),
      };
      log(
        `  grid opening, operator guide, ${rate}× CPU: p50 ${median(times).toFixed(0)} / p95 ${p95(times).toFixed(0)} ms (${times.length} openings)`,
      );
    }
    return out;
  } finally {
    await context.close();
  }
}

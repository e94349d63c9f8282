// Measure 18: the memory of a TV. The JS heap (after a full garbage collection) after a
// cold start on the home screen, after opening every area once, and after 1,000 channel
// changes in live TV, on the current Chromium and on Chromium 70 (a 2019 TV's engine),
// each in a fresh browser driven over DevTools as the engine matrix drives it. DESIGN's
// budget: 80 MB of JS heap for the whole portal (Cobalt gives a JS engine 80–100 MB).
// WPE WebKit has no heap figure over WebDriver, so it is not in this row.
import { launchOldChromium } from '../tests/engines/cdp.mjs';
import { OLD_CHROMIUMS, OLD_CHROMIUM_ARGS, installOldChromium } from '../tests/engines/engines.mjs';
import { EnginePage } from '../tests/engines/page.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';

const AREAS = `Array.prototype.map.call(document.querySelector('hearth-app').shadowRoot.querySelector('hearth-home').shadowRoot.querySelectorAll('button[data-area]'), function (b) { return b.dataset.area; })`;
const HOSTS = `(function () {
  var el = document.activeElement; var hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) { hosts.push(el.tagName); el = el.shadowRoot.activeElement; }
  return hosts;
})()`;
const SPOKEN = `(document.querySelector('[data-speech="polite"]') || {}).textContent || ''`;

/** The used JS heap after two full collections, in bytes. */
async function heapUsed(page) {
  await page.session.send('HeapProfiler.collectGarbage');
  await page.session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await page.session.send('Runtime.getHeapUsage');
  return usedSize;
}

/** CH+ (PageUp, 33 in every key table) `count` times, one every `everyMs`. */
async function zap(page, count, everyMs) {
  const key = {
    key: 'PageUp',
    code: 'PageUp',
    windowsVirtualKeyCode: 33,
    nativeVirtualKeyCode: 33,
  };
  for (let i = 0; i < count; i++) {
    await page.session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await page.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

async function walk(page, base, { zaps, everyMs }) {
  await page.goto(`${base}/`);
  await page.waitFor(
    `performance.getEntriesByName('hearth:first-focus').length > 0`,
    'no first focus',
    60_000,
  );
  // Let the first screen settle (the clock's first draw, the lazy overlays).
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const coldStart = await heapUsed(page);
  const areas = await page.evaluate(AREAS);
  for (const area of areas) {
    await page.goto(`${base}/#/${area}`);
    await page.waitFor(
      `(function () { var h = ${HOSTS}; return h.length > 1 && h[1] !== 'HEARTH-HOME'; })()`,
      `nothing in ${area} took focus`,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  await page.goto(`${base}/#/`);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const everyArea = await heapUsed(page);
  await page.goto(`${base}/#/watch`);
  await page.waitFor(`/^\\d+ /.test(${SPOKEN})`, 'live TV named no channel', 30_000);
  await zap(page, zaps, everyMs);
  // The last channel plays and is named; then the heap is read.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const afterZaps = await heapUsed(page);
  return { coldStart, everyArea, afterZaps, areas: areas.length, zaps };
}

/** `base` serves the demo build. Per engine: one walk in a fresh browser. */
export async function measureTvMemory(base, { zaps = 1000, everyMs = 40, log = () => {} } = {}) {
  const chromium70 = OLD_CHROMIUMS.find((e) => e.id === 'chromium-70');
  const engines = [
    { id: 'current', label: 'current Chromium', executable: () => findChromium() },
    { id: 'chromium70', label: 'Chromium 70', executable: () => installOldChromium(chromium70) },
  ];
  const out = {};
  for (const engine of engines) {
    const browser = await launchOldChromium(engine.executable(), { args: OLD_CHROMIUM_ARGS });
    try {
      const page = new EnginePage(browser.session);
      await page.start();
      const result = await walk(page, base, { zaps, everyMs });
      out[engine.id] = { label: engine.label, ...result };
      const mb = (v) => `${(v / 1048576).toFixed(1)} MB`;
      log(
        `  ${engine.label}: heap after cold start ${mb(result.coldStart)}, after ${result.areas} areas ${mb(result.everyArea)}, after ${zaps} zaps ${mb(result.afterZaps)}`,
      );
    } catch (error) {
      out[engine.id] = { label: engine.label, error: error.message.split('\n')[0] };
      log(`  ${engine.label}: ${error.message}`);
    } finally {
      await browser.close();
    }
  }
  return out;
}

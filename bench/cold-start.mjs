// Measure 3: cold start → first focused item. Every run gets a new browser context
// (empty HTTP and code caches, no storage) and reads the portal's own mark.
import { throttleCpu } from './chromium.mjs';
import { median } from './stats.mjs';

/**
 * Init script: a promise of the portal's first-focus mark. Waiting on it costs the page
 * nothing until the mark: Playwright's waitForFunction first evaluates its own injected
 * script in the page (~80 ms on the main thread at 6× CPU, traced), and that landed in
 * the middle of the start being measured.
 */
function firstFocusProbe() {
  window.__firstFocus = new Promise((resolve) => {
    const seen = () => performance.getEntriesByName('hearth:first-focus')[0];
    new PerformanceObserver(() => {
      const mark = seen();
      if (mark) resolve(mark.startTime);
    }).observe({ type: 'mark' });
  });
}

async function once(browser, baseUrl, rate) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(firstFocusProbe);
    // Set before navigating: DevTools keeps the emulation across the renderer swap.
    if (rate !== 1) await throttleCpu(page, rate);
    await page.goto(`${baseUrl}/`);
    // Awaited here, not returned: the finally below closes the context.
    return await page.evaluate(() =>
      Promise.race([
        window.__firstFocus,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no first focus')), 60_000)),
      ]),
    );
  } finally {
    await context.close();
  }
}

const RATES = [1, 6];

/** Runs at 1× and 6× alternate, so both meet the same drift in the machine's load. */
export async function measureColdStart(browser, baseUrl, { runs = 5, log = () => {} } = {}) {
  const times = Object.fromEntries(RATES.map((rate) => [rate, []]));
  for (let i = 0; i < runs; i++) {
    for (const rate of RATES) times[rate].push(await once(browser, baseUrl, rate));
  }
  const out = {};
  for (const rate of RATES) {
    out[`x${rate}`] = { runs: times[rate], median: median(times[rate]) };
    log(`  ${rate}× CPU: ${times[rate].map((t) => t.toFixed(0)).join(', ')} ms`);
  }
  return out;
}

// Measure 3: cold start → first focused item. Every run gets a new browser context
// (empty HTTP and code caches, no storage) and reads the portal's own mark.
import { throttleCpu } from './chromium.mjs';
import { median } from './stats.mjs';

async function once(browser, baseUrl, rate) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    // Set before navigating: DevTools keeps the emulation across the renderer swap.
    if (rate !== 1) await throttleCpu(page, rate);
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName('hearth:first-focus').length > 0,
      null,
      { timeout: 60_000, polling: 50 },
    );
    // Awaited here, not returned: the finally below closes the context.
    return await page.evaluate(
      () => performance.getEntriesByName('hearth:first-focus')[0].startTime,
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

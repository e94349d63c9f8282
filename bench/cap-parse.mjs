// Measure 5: a CAP feed of 500 alerts (Atom index + 500 bilingual CAP 1.2
// documents) parsed and area-matched by Hearth's alert layer in Chromium.
// One warm-up pass, then the median of 7.
import { median } from './stats.mjs';

export async function measureCapParse(browser, labUrl, { runs = 7 } = {}) {
  const page = await browser.newPage();
  try {
    await page.goto(`${labUrl}/cap-parse.html`);
    await page.waitForFunction(() => window.capBench !== undefined);
    const { count, bytes } = await page.evaluate(() => ({
      count: window.capBench.count,
      bytes: window.capBench.bytes,
    }));
    await page.evaluate(() => window.capBench.run());
    const times = [];
    let covering = 0;
    for (let i = 0; i < runs; i++) {
      const result = await page.evaluate(() => window.capBench.run());
      times.push(result.ms);
      covering = result.covering;
    }
    return { count, bytes, covering, median: median(times), runs: times };
  } finally {
    await page.close();
  }
}

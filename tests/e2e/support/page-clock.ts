/**
 * Tests that would otherwise wait out a poll, a time limit or hours of quiet
 * run the portal on Playwright's fake clock and move it on: the portal sees the
 * same times pass, the test does not wait for them.
 */
import { expect, type Page } from '@playwright/test';
import { focused } from './focus.js';

/**
 * Opens the portal with the fake clock installed. The fake clock replaces
 * `performance`, so this waits for a focused element rather than the
 * first-focus mark `openHearth` waits for.
 */
export async function openHearthOnPageClock(page: Page, path = '/'): Promise<void> {
  await page.clock.install();
  await page.goto(path);
  await expect.poll(async () => (await focused(page)) !== null, { timeout: 15_000 }).toBe(true);
}

/** The page's time, in ms since the epoch. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

/**
 * Moves the page clock on `stepMs` at a time until `probe` is true, and gives
 * how much page time that took. Each step leaves the network (which keeps real
 * time) a moment to answer what the portal asked in it.
 */
export async function pageTimeUntil(
  page: Page,
  probe: () => Promise<boolean>,
  { stepMs = 1_000, realTimeoutMs = 20_000 } = {},
): Promise<number> {
  const start = await pageNow(page);
  const deadline = Date.now() + realTimeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) {
      throw new Error(`not so after ${(await pageNow(page)) - start} ms of page time`);
    }
    await page.clock.fastForward(stepMs);
    await page.waitForTimeout(20);
  }
  return (await pageNow(page)) - start;
}

import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';
import { startCountingServer, type CountingServer } from '../support/counting-server.js';
import { queueSubmission, stopServiceWorkers, waitForController } from './support.js';

// A submission sent while the TV cannot reach the server waits in the outbox
// and reaches the server exactly once, whatever happens in between.
test.describe('outbox', () => {
  let server: CountingServer;
  test.beforeEach(async () => {
    server = await startCountingServer();
  });
  test.afterEach(async () => {
    await server.stop();
  });

  const indicator = (page: import('@playwright/test').Page) =>
    page.locator('hearth-outbox-indicator').locator('button');

  test('offline: the top bar says it waits, and it goes out once when the network is back', async ({
    page,
    context,
  }, info) => {
    await openHearth(page);
    await waitForController(page);
    await context.setOffline(true);
    await queueSubmission(page, server.url);
    await expect(indicator(page)).toContainText('1 个等待发送');
    await page.screenshot({ path: info.outputPath('outbox-waiting.png') });
    await page.waitForTimeout(500);
    expect(server.requests).toBe(0);
    await context.setOffline(false);
    await expect.poll(() => server.stored.size, { timeout: 15_000 }).toBe(1);
    await expect(indicator(page)).toHaveCount(0);
    expect(server.stored.size).toBe(1);
  });

  test('server stopped: nothing is lost, and it is delivered once the server is back', async ({
    page,
  }) => {
    await openHearth(page);
    await waitForController(page);
    await server.stop();
    await queueSubmission(page, server.url);
    await expect(indicator(page)).toContainText('1 个等待发送');
    await server.start();
    await expect.poll(() => server.stored.size, { timeout: 20_000 }).toBe(1);
    await expect(indicator(page)).toHaveCount(0);
  });

  test('a 500 first is retried, and the data is stored once', async ({ page }) => {
    server.failFirst = 1;
    await openHearth(page);
    await waitForController(page);
    await queueSubmission(page, server.url);
    await expect.poll(() => server.stored.size, { timeout: 20_000 }).toBe(1);
    expect(server.requests).toBe(2);
    await expect(indicator(page)).toHaveCount(0);
  });

  test('a connection dropped after the server saved is retried without a duplicate', async ({
    page,
  }) => {
    server.dropAfterSave = 1;
    await openHearth(page);
    await waitForController(page);
    await queueSubmission(page, server.url);
    await expect.poll(() => server.requests, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await expect(indicator(page)).toHaveCount(0, { timeout: 20_000 });
    expect(server.stored.size).toBe(1);
  });

  test('the service worker stopped in the middle of a try loses nothing and sends once', async ({
    page,
    context,
  }) => {
    // The wait for the cut-off try to count as dead is part of what is tested.
    test.setTimeout(60_000);
    server.hangFirst = 1;
    await openHearth(page);
    await waitForController(page);
    await queueSubmission(page, server.url);
    // The try has reached the server, which holds it: the browser stops the
    // worker now, as it may do at any moment (or the TV is switched off).
    await expect.poll(() => server.requests, { timeout: 10_000 }).toBe(1);
    await stopServiceWorkers(context, page);
    await page.reload();
    await expect(indicator(page)).toContainText('1 个等待发送');
    // The next start takes the item up again once the dead try's claim runs
    // out (15 s), not a minute later.
    await expect.poll(() => server.stored.size, { timeout: 25_000 }).toBe(1);
    await expect(indicator(page)).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(server.stored.size).toBe(1);
    expect(server.requests).toBe(2);
  });

  test('the household sees a refused item and gives it up with the remote', async ({
    page,
    dpad,
  }, info) => {
    server.refuse = 1;
    await openHearth(page);
    await waitForController(page);
    await queueSubmission(page, server.url, '被拒绝的申请');
    await expect(indicator(page)).toContainText('1 个未送达');
    // Up from the home tiles reaches the indicator in the top bar; OK opens the list.
    await dpad.press('Up');
    await expect.poll(async () => (await focused(page))?.data.outboxCount).toBe('1');
    await dpad.press('Ok');
    await expect(page).toHaveURL(/#\/outbox$/);
    const list = page.locator('hearth-outbox');
    await expect(list).toContainText('被拒绝的申请');
    await expect(list).toContainText('HTTP 422');
    await page.screenshot({ path: info.outputPath('outbox-refused.png') });
    await expect.poll(async () => (await focused(page))?.data.action).toBe('retry');
    await dpad.press('Right');
    await dpad.press('Ok');
    await expect.poll(async () => (await focused(page))?.data.action).toBe('keep');
    await dpad.press('Right');
    await dpad.press('Ok');
    await expect(list).toContainText('没有等待发送');
    await expect(indicator(page)).toHaveCount(0);
    expect(server.stored.size).toBe(0);
  });
});

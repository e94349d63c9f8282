import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { test, expect, isLoopbackUrl } from '../support/fixtures.js';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { startCountingServer } from '../support/counting-server.js';
import { queueSubmission, waitForController } from './support.js';

/** A browser with a profile on disk, as a TV keeps one across power cycles. */
async function launchTv(profile: string, baseURL: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    baseURL,
    viewport: { width: 1280, height: 720 },
  });
  await context.route('**/*', (route) =>
    isLoopbackUrl(route.request().url()) ? route.fallback() : route.abort('blockedbyclient'),
  );
  return context;
}

test('a queued submission survives the browser being closed and goes out once after', async ({
  baseURL,
}) => {
  test.setTimeout(60_000);
  const server = await startCountingServer();
  const profile = mkdtempSync(join(tmpdir(), 'hearth-tv-'));
  try {
    await server.stop();
    let tv = await launchTv(profile, baseURL ?? '');
    let page = tv.pages()[0] ?? (await tv.newPage());
    await page.goto('/');
    await waitForController(page);
    await queueSubmission(page, server.url, '关机前的申请');
    await expect(page.locator('hearth-outbox-indicator').locator('button')).toContainText('1');
    await tv.close(); // the TV is switched off

    await server.start();
    tv = await launchTv(profile, baseURL ?? '');
    page = tv.pages()[0] ?? (await tv.newPage());
    await page.goto('/');
    await expect.poll(() => server.stored.size, { timeout: 20_000 }).toBe(1);
    await expect(page.locator('hearth-outbox-indicator').locator('button')).toHaveCount(0);
    await page.waitForTimeout(1000);
    expect(server.stored.size).toBe(1);
    await tv.close();
  } finally {
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
});

import { cpSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focused } from '../support/focus.js';
import { serveStatic } from '../../../bench/static-server.mjs';
import { waitForController } from './support.js';

/** Serve a copy of the demo build whose worker can be changed into a "new version". */
async function serveCopy(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-update-'));
  cpSync('dist-demo', dir, { recursive: true });
  const site = await serveStatic(dir);
  return {
    url: site.url,
    dir,
    close: async () => {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function publishNewVersion(page: Page, dir: string): Promise<void> {
  appendFileSync(join(dir, 'sw-demo.js'), `\n// version ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
}

test('a new version while nobody is editing is taken at once', async ({ page }) => {
  const site = await serveCopy();
  try {
    await page.goto(site.url);
    await waitForController(page);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    const reloaded = page.waitForEvent('load');
    await publishNewVersion(page, site.dir);
    await reloaded;
    await expect(page.locator('hearth-home')).toBeVisible();
  } finally {
    await site.close();
  }
});

test('a new version while someone is editing asks first, and Later keeps the page', async ({
  page,
  dpad,
}, info) => {
  const site = await serveCopy();
  try {
    await page.goto(site.url);
    await waitForController(page);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await page.evaluate(() => window.hearthDemo?.setEditing('test-form', true));
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
    await publishNewVersion(page, site.dir);
    const prompt = page.locator('hearth-update-prompt');
    await expect(prompt.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
    await expect.poll(async () => (await focused(page))?.data.action).toBe('later');
    await page.screenshot({ path: info.outputPath('update-prompt.png') });
    await dpad.press('Ok');
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'still here',
    );
    // Editing is over: the waiting version is taken without asking again.
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.hearthDemo?.setEditing('test-form', false));
    await reloaded;
    expect(
      await page.evaluate(() => (window as unknown as { marker?: string }).marker),
    ).toBeUndefined();
  } finally {
    await site.close();
  }
});

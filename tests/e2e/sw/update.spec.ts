import { test, expect } from '../support/fixtures.js';
import { focused } from '../support/focus.js';
import { publishNewVersion, serveCopy, waitForController } from './support.js';

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

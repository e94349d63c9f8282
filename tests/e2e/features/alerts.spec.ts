import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focused, focusTile, openHearth } from '../support/focus.js';
import { waitForController } from '../sw/support.js';
import { raiseWarning as raise, readTheWarning } from '../support/alerts.js';

const takeover = (page: Page) => page.locator('hearth-alert-overlay').getByRole('alertdialog');

test('a severe warning takes over the screen, is read out, and OK acknowledges it', async ({
  page,
  dpad,
}, info) => {
  await openHearth(page, '/#/settings');
  await waitForController(page);
  await raise(page, { severity: 'Severe', kind: 'rainstorm' });
  await expect(takeover(page)).toBeVisible({ timeout: 10_000 });
  await expect
    .poll(() => page.locator('[data-speech="assertive"]').textContent())
    .toMatch(/预警|警/);
  await expect.poll(async () => (await focused(page))?.data.action).toBe('acknowledge');
  await page.screenshot({ path: info.outputPath('alert-takeover.png') });
  // Every key belongs to the warning until it is acknowledged.
  await dpad.press('Back');
  await dpad.press('Up');
  await expect(takeover(page)).toBeVisible();
  expect((await focused(page))?.data.action).toBe('acknowledge');
  await readTheWarning(page);
  await dpad.press('Ok');
  await expect(takeover(page)).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.hosts).toContain('HEARTH-SETTINGS');
  // Acknowledged stays acknowledged across a reload.
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  await page.waitForTimeout(1500);
  await expect(takeover(page)).toHaveCount(0);
});

test('a cancel removes the warning from the screen', async ({ page }) => {
  await openHearth(page);
  await waitForController(page);
  await raise(page, { severity: 'Extreme', kind: 'earthquake' });
  await expect(takeover(page)).toBeVisible({ timeout: 10_000 });
  const identifier = await page
    .locator('hearth-alert-overlay')
    .locator('[data-identifier]')
    .getAttribute('data-identifier');
  expect(identifier).toBeTruthy();
  await raise(page, { cancel: identifier ?? '' });
  await expect(takeover(page)).toHaveCount(0, { timeout: 10_000 });
});

test('a moderate warning is a banner, and the list shows current and past warnings', async ({
  page,
  dpad,
}, info) => {
  await openHearth(page);
  await waitForController(page);
  await raise(page, { severity: 'Moderate', kind: 'rainstorm' });
  const banner = page.locator('hearth-alert-overlay').locator('.banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(takeover(page)).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('alert-banner.png') });
  await focusTile(page, dpad, 'alerts');
  await dpad.press('Ok');
  await expect(page).toHaveURL(/#\/alerts$/);
  const list = page.locator('hearth-alert-list');
  await expect(list).toContainText('正在生效');
  await page.screenshot({ path: info.outputPath('alert-list.png') });
});

import { test, expect } from '../support/fixtures.js';
import { focusWithin } from '../support/focus.js';
import { enterPinWithDigits, openBehindNewPin } from '../support/pin.js';
import { walkTo } from '../support/walk.js';
import type { Page } from '@playwright/test';
import type { Dpad } from '../support/dpad.js';
import { raiseWarning } from '../support/alerts.js';
import { waitForController } from '../sw/support.js';

const row = (page: Page, pointer: string) =>
  page.locator(`hearth-service-form [data-field="${pointer}"]`);
const editor = (page: Page) => page.locator('hearth-field-editor');

/** From the service's detail: apply, choose 报修 on the first step, go on to the second. */
async function startCableTvForm(page: Page, dpad: Dpad): Promise<void> {
  await walkTo(page, dpad, page.locator('hearth-service-detail [data-action="apply"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, row(page, '/requestType'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('hearth-choice-list [data-value="repair"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');
}

test('a form takes a region from the province → city → county picker and a date from the dials, and keeps both in its draft', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  await openBehindNewPin(page, dpad, '/#/services');
  await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
  await walkTo(page, dpad, page.locator('[data-category="broadcasting"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-service="cable-tv-service"]'));
  await dpad.press('Ok');
  await expect(page.locator('hearth-service-detail')).toContainText('不需要准备材料');
  await page.screenshot({ path: info.outputPath('detail.png') });
  await startCableTvForm(page, dpad);
  await expect(page.locator('hearth-service-form')).toContainText('第 2 步，共 2 步');

  // The region: 上海市 / 浦东新区, with arrows and OK only (a municipality's
  // districts come straight after it).
  await walkTo(page, dpad, row(page, '/address/region'));
  await dpad.press('Ok');
  const picker = editor(page).locator('hearth-region-picker');
  await expect(picker).toBeVisible();
  await walkTo(page, dpad, picker.locator('[data-code="310000"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, picker.locator('[data-code="310115"]'));
  await dpad.press('Ok');
  await expect(editor(page)).toHaveCount(0);
  await expect(row(page, '/address/region')).toContainText('浦东新区');

  // The date: the remote's number keys fill the dials in turn, Down turns
  // the day back one, and OK on the dials says it is done.
  await walkTo(page, dpad, row(page, '/preferredDate'));
  await dpad.press('Ok');
  await expect(editor(page).locator('hearth-date-picker')).toBeVisible();
  await focusWithin(page, 'HEARTH-DATE-PICKER');
  for (const digit of '20271204') await dpad.press(`Digit${digit}` as 'Digit0');
  await dpad.press('Down');
  await page.screenshot({ path: info.outputPath('date.png') });
  await dpad.press('Ok');
  await expect(editor(page)).toHaveCount(0);
  await expect(row(page, '/preferredDate')).toContainText('2027-12-03');

  // Switched off and on: the draft has both.
  await page.waitForTimeout(600); // the autosave writes within 300 ms of the last change
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  await enterPinWithDigits(dpad, '246802');
  await walkTo(page, dpad, page.locator('[data-action="drafts"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-draft="cable-tv-service"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');
  await expect(row(page, '/address/region')).toContainText('浦东新区');
  await expect(row(page, '/preferredDate')).toContainText('2027-12-03');
  // Opened again, the picker shows where the household left it.
  await walkTo(page, dpad, row(page, '/address/region'));
  await dpad.press('Ok');
  await expect(picker.locator('[data-code="310115"]')).toHaveAttribute('aria-selected', 'true');
  await expect(picker.locator('[data-code="310000"]')).toHaveAttribute('aria-selected', 'true');
  await dpad.press('Back');
  await expect(editor(page)).toHaveCount(0);
  await expect(row(page, '/address/region')).toContainText('浦东新区');
});

test('a tall dialog keeps clear of a warning banner, which stays readable below it', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBehindNewPin(page, dpad, '/#/services');
  await waitForController(page);
  await raiseWarning(page, { severity: 'Moderate', kind: 'rainstorm' });
  const banner = page.locator('hearth-alert-overlay .banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await walkTo(page, dpad, page.locator('[data-category="broadcasting"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-service="cable-tv-service"]'));
  await dpad.press('Ok');
  await startCableTvForm(page, dpad);
  await walkTo(page, dpad, row(page, '/address/region'));
  await dpad.press('Ok');
  await expect(editor(page).locator('hearth-region-picker')).toBeVisible();
  const panel = await editor(page).locator('.panel').boundingBox();
  const bannerBox = await banner.boundingBox();
  expect(panel && bannerBox && panel.y + panel.height).toBeLessThanOrEqual(bannerBox?.y ?? 0);
  await page.screenshot({ path: info.outputPath('picker-over-banner-720.png') });
});

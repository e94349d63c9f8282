/**
 * axe-core on the screens where the household types personal data: the PIN
 * pad, the services catalogue, a form step with its field editor open, and
 * the booking menu and its departments. WCAG 2.1 A/AA rules; any violation fails with its rule id
 * and the elements involved.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focusWithin } from '../support/focus.js';
import { openBehindNewPin } from '../support/pin.js';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

test('the PIN pad and the services screens pass axe', async ({ page, dpad }) => {
  // Four axe passes over large shadow trees: about 25 s on a 2-core machine, more when
  // the other worker is busy. A longer limit, not a timing assertion.
  test.setTimeout(60_000);
  await page.goto('/#/services');
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  expect(await violations(page)).toEqual([]);

  await openBehindNewPin(page, dpad, '/#/services');
  await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
  expect(await violations(page)).toEqual([]);

  await dpad.press('Down', 2);
  await dpad.press('Right');
  await dpad.press('Ok');
  await expect(page.locator('hearth-service-detail')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await focusWithin(page, 'HEARTH-SERVICE-DETAIL');
  await dpad.press('Ok');
  await expect(page.locator('hearth-service-form')).toBeVisible();
  await focusWithin(page, 'HEARTH-SERVICE-FORM');
  await dpad.press('Ok');
  await expect(page.locator('hearth-field-editor hearth-keyboard')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the telehealth menu and the departments pass axe', async ({ page, dpad }) => {
  await openBehindNewPin(page, dpad, '/#/health');
  const screen = page.locator('hearth-health .screen');
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  expect(await violations(page)).toEqual([]);
  await dpad.press('Ok');
  await expect(screen).toHaveAttribute('data-screen', 'departments', { timeout: 15_000 });
  await expect(screen).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  expect(await violations(page)).toEqual([]);
});

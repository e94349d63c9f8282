/**
 * A catalogue as a government gateway publishes it (issue #17;
 * tests/fixtures/services/gateway-catalogue.json): Chinese only, no $schema, no
 * steps, materials as text, and one service without a submitUrl. It runs on the
 * production build (what operators deploy), its config.json naming the
 * catalogue, with a loopback gateway. The household applies with the remote and
 * gets a receipt, in few presses; the broken service is counted in its theme;
 * the operator reads why, by pointer, in About.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../../bench/static-server.mjs';
import type { CountingServer } from '../support/counting-server.js';
import type { Dpad } from '../support/dpad.js';
import { test, expect } from '../support/gateway-fixture.js';
import { focusWithin } from '../support/focus.js';
import { openBehindNewPin } from '../support/pin.js';
import { chooseInRow, formRow, typeIntoRowByKeyboard } from '../support/service-form.js';
import { holdsFocus, walkTo } from '../support/walk.js';

const FIXTURE = new URL('../../fixtures/services/gateway-catalogue.json', import.meta.url);

/**
 * The budget for the reference form (the residence permit, 8 fields),
 * from the catalogue to the receipt, not counting the keys that type the text.
 * `npm run bench` prints the count this test records.
 */
const PRESS_BUDGET = 50;

/** dist/ served on loopback, its config.json pointing 电视办 at the gateway's catalogue. */
async function serveProductionWith(gateway: CountingServer) {
  const catalogue = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    services: { submitUrl?: string; statusUrl: string }[];
  };
  for (const service of catalogue.services) {
    if (service.submitUrl) service.submitUrl = gateway.url;
    service.statusUrl = `${gateway.url}/{receipt}`;
  }
  const config = JSON.parse(readFileSync('dist/config.json', 'utf8')) as Record<string, unknown>;
  config.features = ['services', 'settings'];
  config.sources = { services: { catalogUrl: '/gateway-catalogue.json' } };
  const json = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' });
  return serveStatic('dist', {
    extra: { '/config.json': json(config), '/gateway-catalogue.json': json(catalogue) },
  });
}

/** The household opens 电视办 for the first time: it chooses its PIN, and the catalogue shows. */
async function openCatalogue(page: Page, dpad: Dpad, siteUrl: string) {
  await openBehindNewPin(page, dpad, `${siteUrl}/#/services`);
  const catalogue = page.locator('hearth-services-catalogue');
  await expect(catalogue).toBeVisible({ timeout: 15_000 });
  return catalogue;
}

test.describe("a gateway's own catalogue, on the production build", () => {
  test('the reference form: from the catalogue to the receipt within the press budget, the date by digits', async ({
    page,
    dpad,
    gateway,
  }, info) => {
    test.setTimeout(120_000);
    const site = await serveProductionWith(gateway);
    try {
      const catalogue = await openCatalogue(page, dpad, site.url);
      const before = dpad.presses;

      await walkTo(page, dpad, catalogue.locator('[data-service="residence-permit"]'));
      await dpad.press('Ok');
      const detail = page.locator('hearth-service-detail');
      await expect(detail).toContainText('本人居民身份证');
      await expect(detail).not.toContainText('谁可以申请'); // the gateway gave no eligibility
      await walkTo(page, dpad, detail.locator('[data-action="apply"]'));
      await dpad.press('Ok');
      const form = page.locator('hearth-service-form');
      await expect(form.locator('h2')).toHaveText('居住证申领');
      await expect(form).toContainText('第 1 步，共 2 步');

      await typeIntoRowByKeyboard(page, dpad, '/name', [
        ['li', '李'],
        ['si', '四'],
      ]);
      await typeIntoRowByKeyboard(page, dpad, '/idNumber', '110105195001010039');
      await typeIntoRowByKeyboard(page, dpad, '/mobile', '13912345678');
      await chooseInRow(page, dpad, '/gender', '女'); // a oneOf title, never the code "2"
      await walkTo(page, dpad, page.locator('[data-action="next"]'));
      await dpad.press('Ok');
      await expect(form).toContainText('第 2 步，共 2 步');
      // A new step starts at its first row, not on 下一步 below the last.
      await expect.poll(() => holdsFocus(formRow(page, '/arrivalDate'))).toBe(true);

      // The date by digits on the dials.
      await dpad.press('Ok');
      await focusWithin(page, 'HEARTH-DATE-PICKER');
      for (const digit of '20250315') await dpad.press(`Digit${digit}` as 'Digit0');
      await page.screenshot({ path: info.outputPath('date-by-digits.png') });
      await dpad.press('Ok');
      await expect(formRow(page, '/arrivalDate')).toContainText('2025-03-15');
      await typeIntoRowByKeyboard(page, dpad, '/address', [
        ['wang', '王'],
        ['jia', '家'],
        ['cun', '村'],
      ]);
      await chooseInRow(page, dpad, '/reason', '务工'); // an anyOf title
      await walkTo(page, dpad, page.locator('[data-action="next"]'));
      await dpad.press('Ok');

      const review = page.locator('hearth-service-review');
      await expect(review.locator('h2')).toHaveText('居住证申领');
      await page.screenshot({ path: info.outputPath('review.png') });
      await walkTo(page, dpad, review.locator('[data-action="submit"]'));
      await dpad.press('Ok');
      const application = page.locator('hearth-service-applications .row').first();
      await expect(application.locator('.status')).toHaveText('已受理');
      const presses = dpad.presses - before;
      info.annotations.push({ type: 'presses', description: String(presses) });
      console.log(`reference form: ${presses} presses from the catalogue to the receipt`);
      expect(presses).toBeLessThanOrEqual(PRESS_BUDGET);

      expect(gateway.stored.size).toBe(1);
      const [sent] = [...gateway.stored.values()] as {
        serviceId: string;
        data: Record<string, string>;
      }[];
      expect(sent?.serviceId).toBe('residence-permit');
      expect(sent?.data).toEqual({
        name: '李四',
        idNumber: '110105195001010039',
        mobile: '13912345678',
        gender: '2',
        arrivalDate: '2025-03-15',
        address: '王家村',
        reason: 'work',
      });
    } finally {
      await site.close();
    }
  });

  test('counts the broken service in its theme, and tells the operator why by pointer', async ({
    page,
    dpad,
    gateway,
  }, info) => {
    test.setTimeout(90_000);
    const site = await serveProductionWith(gateway);
    try {
      const catalogue = await openCatalogue(page, dpad, site.url);
      // The theme whose only service is broken says so instead of looking empty.
      await walkTo(page, dpad, page.locator('[data-category="social-security"]'));
      await expect(catalogue.locator('.hidden-here')).toHaveText('1 项服务暂时无法显示');
      await page.screenshot({ path: info.outputPath('theme-with-hidden-service.png') });
      await walkTo(page, dpad, page.locator('[data-category="civil-affairs"]'));
      await dpad.press('Right');
      await expect
        .poll(() => holdsFocus(catalogue.locator('[data-service="residence-permit"]')))
        .toBe(true);

      // The operator: Settings → About → 服务目录诊断 lists the broken service by pointer.
      await page.goto(`${site.url}/#/settings/about`);
      const open = page.locator('hearth-settings-about [data-action="catalogue-diagnostics"]');
      await walkTo(page, dpad, open);
      await dpad.press('Ok');
      const diagnostics = page.locator('hearth-catalogue-diagnostics');
      await expect(diagnostics).toContainText('1 项服务可以办理，1 项未显示', { timeout: 15_000 });
      const broken = diagnostics.locator('[data-entry="service-1"]');
      await expect(broken).toContainText('高龄津贴申请');
      await expect(broken.locator('[data-pointer="/services/1"]')).toContainText('submitUrl');
      await page.screenshot({ path: info.outputPath('diagnostics.png') });
    } finally {
      await site.close();
    }
  });
});

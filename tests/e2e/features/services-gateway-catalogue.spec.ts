/**
 * A catalogue as a government gateway publishes it (issue #17;
 * tests/fixtures/services/gateway-catalogue.json): Chinese only, no $schema, no
 * steps, materials as text, and one service without a submitUrl. The household
 * applies with the remote and gets a receipt from a loopback gateway; the broken
 * service is counted in its theme; the operator reads why, by pointer, in About.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { CountingServer } from '../support/counting-server.js';
import { test, expect } from '../support/gateway-fixture.js';
import { focusWithin } from '../support/focus.js';
import { openBehindNewPin } from '../support/pin.js';
import { chooseInRow, formRow, typeChineseIntoRow, typeIntoRow } from '../support/service-form.js';
import { holdsFocus, walkTo } from '../support/walk.js';

const FIXTURE = new URL('../../fixtures/services/gateway-catalogue.json', import.meta.url);

async function serveGatewayCatalogue(context: BrowserContext, gateway: CountingServer) {
  const catalogue = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
    services: { submitUrl?: string; statusUrl: string }[];
  };
  for (const service of catalogue.services) {
    if (service.submitUrl) service.submitUrl = gateway.url;
    service.statusUrl = `${gateway.url}/{receipt}`;
  }
  await context.route(
    (url) => url.pathname === '/gateway-catalogue.json',
    (route) => route.fulfill({ json: catalogue }),
  );
  await context.route(
    (url) => url.pathname === '/operator-config.json',
    (route) =>
      route.fulfill({
        json: { sources: { services: { catalogUrl: '/gateway-catalogue.json' } } },
      }),
  );
}

test.describe("a gateway's own catalogue", () => {
  test('renders and submits its Chinese-only form, counts the broken service in its theme, and tells the operator why', async ({
    page,
    context,
    dpad,
    gateway,
  }, info) => {
    test.setTimeout(150_000);
    await serveGatewayCatalogue(context, gateway);
    await openBehindNewPin(page, dpad, '/?config=/operator-config.json#/services');
    const catalogue = page.locator('hearth-services-catalogue');
    await expect(catalogue).toBeVisible({ timeout: 15_000 });

    // The theme whose only service is broken says so instead of looking empty.
    await walkTo(page, dpad, page.locator('[data-category="social-security"]'));
    await expect(catalogue.locator('.hidden-here')).toHaveText('1 项服务暂时无法显示');
    await page.screenshot({ path: info.outputPath('theme-with-hidden-service.png') });

    // The usable one, from plain JSON Schema.
    await walkTo(page, dpad, page.locator('[data-category="civil-affairs"]'));
    await dpad.press('Right');
    const card = catalogue.locator('[data-service="residence-permit"]');
    await expect.poll(() => holdsFocus(card)).toBe(true);
    await dpad.press('Ok');
    const detail = page.locator('hearth-service-detail');
    await expect(detail).toContainText('本人居民身份证');
    await expect(detail).not.toContainText('谁可以申请'); // the gateway gave no eligibility
    await walkTo(page, dpad, detail.locator('[data-action="apply"]'));
    await dpad.press('Ok');
    const form = page.locator('hearth-service-form');
    await expect(form.locator('h2')).toHaveText('居住证申领');
    await expect(form).toContainText('第 1 步，共 2 步');

    await typeChineseIntoRow(page, dpad, '/name', [
      ['li', '李'],
      ['si', '四'],
    ]);
    await typeIntoRow(page, dpad, '/idNumber', '11010519491231002X');
    await typeIntoRow(page, dpad, '/mobile', '13912345678');
    await chooseInRow(page, dpad, '/gender', '女'); // a oneOf title, never the code "2"
    await walkTo(page, dpad, page.locator('[data-action="next"]'));
    await dpad.press('Ok');
    await expect(form).toContainText('第 2 步，共 2 步');

    // The date by digits on the dials.
    await walkTo(page, dpad, formRow(page, '/arrivalDate'));
    await dpad.press('Ok');
    await focusWithin(page, 'HEARTH-DATE-PICKER');
    for (const digit of '20250315') await dpad.press(`Digit${digit}` as 'Digit0');
    await page.screenshot({ path: info.outputPath('date-by-digits.png') });
    await dpad.press('Ok');
    await expect(formRow(page, '/arrivalDate')).toContainText('2025-03-15');
    await typeChineseIntoRow(page, dpad, '/address', [
      ['wang', '王'],
      ['wu', '五'],
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
    expect(gateway.stored.size).toBe(1);
    const [sent] = [...gateway.stored.values()] as {
      serviceId: string;
      data: Record<string, string>;
    }[];
    expect(sent?.serviceId).toBe('residence-permit');
    expect(sent?.data).toMatchObject({ gender: '2', reason: 'work', arrivalDate: '2025-03-15' });

    // The operator: Settings → About → 服务目录诊断 lists the broken service by pointer.
    await page.goto('/?config=/operator-config.json#/settings/about');
    const open = page.locator('hearth-settings-about [data-action="catalogue-diagnostics"]');
    await walkTo(page, dpad, open);
    await dpad.press('Ok');
    const diagnostics = page.locator('hearth-catalogue-diagnostics');
    await expect(diagnostics).toContainText('1 项服务可以办理，1 项未显示', { timeout: 15_000 });
    const broken = diagnostics.locator('[data-entry="service-1"]');
    await expect(broken).toContainText('高龄津贴申请');
    await expect(broken.locator('[data-pointer="/services/1"]')).toContainText('submitUrl');
    await page.screenshot({ path: info.outputPath('diagnostics.png') });
  });
});

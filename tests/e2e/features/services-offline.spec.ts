/**
 * An application submitted while the TV is offline waits in the outbox and
 * reaches the gateway exactly once when the network is back. The gateway here
 * is a real loopback server that counts what reaches it, named by an operator
 * catalogue (the demo's own, with library-card sent there).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CountingServer } from '../support/counting-server.js';
import { test, expect } from '../support/gateway-fixture.js';
import { openBehindNewPin } from '../support/pin.js';
import { formRow, typeChineseIntoRow, typeIntoRow } from '../support/service-form.js';
import { holdsFocus, walkTo } from '../support/walk.js';
import type { Dpad } from '../support/dpad.js';
import { buildServiceCatalog } from '@src/demo/services/catalog.js';
import { waitForController } from '../sw/support.js';

const SERVICE = 'library-card';

/** The demo catalogue with library-card sent to `gateway`, opened from an operator config. */
async function openWithGateway(
  page: Page,
  context: BrowserContext,
  dpad: Dpad,
  gateway: CountingServer,
) {
  const catalog = buildServiceCatalog();
  const operatorCatalog = {
    ...catalog,
    services: catalog.services.map((service) =>
      service.id === SERVICE
        ? { ...service, submitUrl: gateway.url, statusUrl: `${gateway.url}/{receipt}` }
        : service,
    ),
  };
  await context.route(
    (url) => url.pathname === '/operator-catalog.json',
    (route) => route.fulfill({ json: operatorCatalog }),
  );
  await context.route(
    (url) => url.pathname === '/operator-config.json',
    (route) =>
      route.fulfill({
        json: { sources: { services: { catalogUrl: '/operator-catalog.json' } } },
      }),
  );
  await openBehindNewPin(page, dpad, '/?config=/operator-config.json#/services');
  await waitForController(page);
  await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
}

/** From the catalogue to the review of a filled-in library card, with the remote. */
async function fillLibraryCard(page: Page, dpad: Dpad): Promise<void> {
  const card = page.locator(`hearth-services-catalogue [data-service="${SERVICE}"]`);
  await walkTo(page, dpad, page.locator('[data-category="culture-sports"]'));
  // Right from a theme goes to its services (Up/Down would change the theme).
  await dpad.press('Right');
  await expect.poll(() => holdsFocus(card)).toBe(true);
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('hearth-service-detail [data-action="apply"]'));
  await dpad.press('Ok'); // 开始办理
  await typeChineseIntoRow(page, dpad, '/name', [
    ['wang', '王'],
    ['wu', '五'],
  ]);
  await typeIntoRow(page, dpad, '/idNumber', '11010519491231002X');
  await typeIntoRow(page, dpad, '/mobile', '13912345678');
  await walkTo(page, dpad, formRow(page, '/ageGroup'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('hearth-choice-list [data-value="adult"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');
  await expect(page.locator('hearth-service-review')).toBeVisible();
}

test.describe('government services offline', () => {
  test('submitted offline, it waits on the TV and reaches the gateway once when back online', async ({
    page,
    context,
    dpad,
    gateway,
  }) => {
    test.setTimeout(120_000);
    await openWithGateway(page, context, dpad, gateway);
    await fillLibraryCard(page, dpad);

    await context.setOffline(true);
    await walkTo(page, dpad, page.locator('[data-action="submit"]'));
    await dpad.press('Ok');
    const receiptPanel = page.locator('hearth-service-applications .receipt');
    await expect(receiptPanel).toContainText('网络断开，申请已保存在这台电视上');
    const application = page.locator('hearth-service-applications .row').first();
    await expect(application).toHaveAttribute('data-state', 'queued');
    await expect(page.locator('hearth-outbox-indicator')).toContainText('1 个等待发送');
    await page.waitForTimeout(1000);
    expect(gateway.requests).toBe(0);

    await context.setOffline(false);
    await expect(application).toHaveAttribute('data-state', 'submitted', { timeout: 20_000 });
    await expect(application).toContainText('受理编号');
    expect(gateway.requests).toBe(1);
    expect(gateway.stored.size).toBe(1);
    const [sent] = [...gateway.stored.values()] as { serviceId: string; data: { name: string } }[];
    expect(sent?.serviceId).toBe(SERVICE);
    expect(sent?.data.name).toBe('王五');
    // Nothing is sent twice later on either.
    await page.waitForTimeout(1500);
    expect(gateway.requests).toBe(1);
  });

  test('a gateway that answers 503 is named as not answering, not the network, and gets the application once it is back', async ({
    page,
    context,
    dpad,
    gateway,
  }, info) => {
    test.setTimeout(120_000);
    await openWithGateway(page, context, dpad, gateway);
    await fillLibraryCard(page, dpad);

    gateway.unavailableFirst = 1;
    await walkTo(page, dpad, page.locator('[data-action="submit"]'));
    await dpad.press('Ok');
    const receiptPanel = page.locator('hearth-service-applications .receipt');
    await expect(receiptPanel).toContainText('办理系统暂时没有响应');
    await expect(receiptPanel).not.toContainText('网络断开');
    // When it is tried again, in the portal's clock.
    await expect(receiptPanel.locator('.next-try')).toHaveText(/下次自动提交：\d\d:\d\d/);
    await expect(page.locator('hearth-service-applications .row').first()).toContainText(
      '等待办理系统响应',
    );
    await page.screenshot({ path: info.outputPath('gateway-down.png') });
    await expect(page.locator('hearth-top-bar')).toContainText('已联网');

    // The gateway is back after its Retry-After: the outbox delivers it, once.
    const application = page.locator('hearth-service-applications .row').first();
    await expect(application).toHaveAttribute('data-state', 'submitted', { timeout: 30_000 });
    await expect(application.locator('.status')).toHaveText('已受理');
    expect(gateway.stored.size).toBe(1);
    await page.waitForTimeout(1500);
    expect(gateway.requests).toBe(2); // the refused one and the delivered one
  });
});

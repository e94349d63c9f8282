import { test, expect } from '../support/fixtures.js';
import { focused, openHearth, spoken, focusTile } from '../support/focus.js';

test.describe('home screen and router', () => {
  test('boot lands with a home tile focused and plainly highlighted', async ({ page }, info) => {
    await openHearth(page);
    const now = await focused(page);
    // The first tile in reading order.
    const first = await page
      .locator('hearth-home')
      .locator('button[data-area]')
      .first()
      .getAttribute('data-area');
    expect(now?.data.area).toBe(first);
    expect(now?.hosts).toEqual(['HEARTH-APP', 'HEARTH-HOME']);
    // The focus ring is drawn: a box-shadow in the focus colour around the tile.
    const shadow = await page
      .locator('hearth-home')
      .locator(`button[data-area="${first}"]`)
      .evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).not.toBe('none');
    await page.screenshot({ path: info.outputPath('home-zh.png') });
  });

  test('every tile opens with OK and Back returns to it with focus restored', async ({
    page,
    dpad,
  }) => {
    await openHearth(page);
    const tiles = await page
      .locator('hearth-home button[data-area]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.area ?? ''));
    expect(tiles.length).toBeGreaterThan(0);
    for (const area of tiles) {
      // Walk to the tile with arrows only.
      await focusTile(page, dpad, area);
      expect((await focused(page))?.data.area).toBe(area);
      await dpad.press('Ok');
      await expect(page).toHaveURL(new RegExp(`#/${area}$`));
      await dpad.press('Back');
      await expect(page).toHaveURL(/#\/$/);
      await expect.poll(async () => (await focused(page))?.data.area).toBe(area);
    }
  });

  test('a deep link opens the screen and Back climbs one level at a time', async ({
    page,
    dpad,
  }) => {
    await openHearth(page, '/#/settings/about');
    await expect(page.locator('hearth-settings-about')).toBeVisible();
    await dpad.press('Back');
    await expect(page).toHaveURL(/#\/settings$/);
    await expect(page.locator('hearth-settings')).toBeVisible();
    await dpad.press('Back');
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('hearth-home')).toBeVisible();
  });

  test('an unknown deep link lands on home and says so', async ({ page }) => {
    await openHearth(page, '/#/nowhere');
    await expect(page.locator('hearth-home')).toBeVisible();
    await expect(page.locator('hearth-app').locator('.toast')).toContainText('nowhere');
    expect(await spoken(page)).toContain('首页');
  });

  test('Back on home asks before leaving; Stay keeps Hearth, Leave calls the platform exit', async ({
    page,
    dpad,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { closeCalls: number }).closeCalls = 0;
      window.close = () => {
        (window as unknown as { closeCalls: number }).closeCalls++;
      };
    });
    await openHearth(page);
    await dpad.press('Back');
    const dialog = page.locator('hearth-exit-dialog');
    await expect(dialog.getByRole('alertdialog')).toBeVisible();
    await expect.poll(async () => (await focused(page))?.data.action).toBe('stay');
    // Back inside the dialog is "stay".
    await dpad.press('Back');
    await expect(dialog).toHaveCount(0);
    // Focus is back on the tile it left.
    await expect
      .poll(async () => (await focused(page))?.hosts)
      .toEqual(['HEARTH-APP', 'HEARTH-HOME']);

    await dpad.press('Back');
    await expect.poll(async () => (await focused(page))?.data.action).toBe('stay');
    // Focus is trapped in the dialog: Up goes nowhere outside it.
    await dpad.press('Up');
    expect((await focused(page))?.data.action).toBe('stay');
    await dpad.press('Right');
    expect((await focused(page))?.data.action).toBe('leave');
    await dpad.press('Ok');
    expect(
      await page.evaluate(() => (window as unknown as { closeCalls: number }).closeCalls),
    ).toBe(1);
    // A browser ignores window.close() for a page it did not open: the dialog says what to do.
    await expect(dialog.getByRole('alert')).toBeVisible();
  });
});

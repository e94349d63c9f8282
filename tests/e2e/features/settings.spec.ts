import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';
import { choose, openSettings } from '../support/settings.js';

test.describe('settings', () => {
  test('rows across shadow roots are reached with Up/Down and choices with Left/Right', async ({
    page,
    dpad,
  }) => {
    await openSettings(page);
    const first = await focused(page);
    expect(first?.hosts).toEqual(['HEARTH-APP', 'HEARTH-SETTINGS', 'HEARTH-CHOICE-ROW']);
    expect(first?.role).toBe('radio');
    // Down through every row (the demo build adds one) to the buttons below.
    for (let i = 0; i < 12 && (await focused(page))?.data.action !== 'about'; i++) {
      await dpad.press('Down');
    }
    expect((await focused(page))?.data.action).toBe('about');
    await dpad.press('Right');
    expect((await focused(page))?.data.action).toBe('pin');
    await dpad.press('Right');
    expect((await focused(page))?.data.action).toBe('reset');
  });

  test('English on request changes what is on screen and persists', async ({
    page,
    dpad,
  }, info) => {
    await openSettings(page);
    await expect(page.locator('hearth-top-bar')).toContainText('设置');
    await choose(page, dpad, 'settings.language', 'en');
    await expect(page.locator('hearth-top-bar')).toContainText('Settings');
    await expect(page.locator('hearth-settings')).toContainText('Text size');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.screenshot({ path: info.outputPath('settings-en.png') });
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect(page.locator('hearth-settings')).toContainText('Text size');
  });

  test('?lang=en forces English from the first screen', async ({ page }) => {
    await openHearth(page, '/?lang=en');
    await expect(page.locator('hearth-home')).toContainText('Settings');
    await expect(page.locator('hearth-network-status')).toContainText('Online');
  });

  test('text size grows the text and the layout still holds at the largest', async ({
    page,
    dpad,
  }, info) => {
    await openSettings(page);
    const label = page.locator('hearth-choice-row').first().locator('.label');
    const before = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await choose(page, dpad, 'settings.textSize', 'largest');
    await expect
      .poll(() => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBeCloseTo(before * 1.4, 0);
    // Every item is still reachable, and shown inside the title-safe area when focused.
    for (let i = 0; i < 12 && (await focused(page))?.data.action !== 'about'; i++) {
      await dpad.press('Down');
    }
    await dpad.press('Right', 2);
    expect((await focused(page))?.data.action).toBe('reset');
    const safe = await page.locator('hearth-app').locator('.safe').boundingBox();
    const reset = await page
      .locator('hearth-settings')
      .locator('[data-action="reset"]')
      .boundingBox();
    expect(
      safe && reset && reset.y >= safe.y && reset.y + reset.height <= safe.y + safe.height,
    ).toBe(true);
    await page.screenshot({ path: info.outputPath('settings-largest.png') });
    await dpad.press('Back');
    await page.screenshot({ path: info.outputPath('home-largest.png') });
  });

  test('high contrast switches the palette', async ({ page, dpad }, info) => {
    await openSettings(page);
    await choose(page, dpad, 'settings.contrast', 'on');
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast');
    const bg = await page
      .locator('hearth-app')
      .locator('.stage')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(0, 0, 0)');
    await page.screenshot({ path: info.outputPath('settings-contrast.png') });
  });

  test('read-aloud speaks each focused item', async ({ page, dpad }) => {
    await page.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        said.push(u.text);
      };
    });
    await openSettings(page);
    await choose(page, dpad, 'settings.readAloud', 'on');
    await dpad.press('Up');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.at(-1)))
      .toMatch(/开|关/);
  });

  test('reset asks first, then clears the household data', async ({ page, dpad }) => {
    await openSettings(page);
    await choose(page, dpad, 'settings.textSize', 'large');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('hearth.settings')))
      .toContain('large');
    for (let i = 0; i < 12 && (await focused(page))?.data.action !== 'about'; i++) {
      await dpad.press('Down');
    }
    await dpad.press('Right', 2);
    expect((await focused(page))?.data.action).toBe('reset');
    await dpad.press('Ok');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expect.poll(async () => (await focused(page))?.data.action).toBe('cancel');
    await dpad.press('Back');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('hearth.settings'))).toContain('large');
    await dpad.press('Ok');
    await expect.poll(async () => (await focused(page))?.data.action).toBe('cancel');
    await dpad.press('Right');
    const reloaded = page.waitForEvent('load');
    await dpad.press('Ok');
    await reloaded;
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect(page).toHaveURL(/#\/$/);
    expect(await page.evaluate(() => localStorage.getItem('hearth.settings'))).toBeNull();
  });
});

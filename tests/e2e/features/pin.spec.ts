import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';
import { enterPinWithArrows, enterPinWithDigits } from '../support/pin.js';
import type { Dpad } from '../support/dpad.js';
import type { Page } from '@playwright/test';

/** Down the settings rows to the PIN button and open it. */
async function openPinDialog(page: Page, dpad: Dpad): Promise<void> {
  for (let i = 0; i < 10 && (await focused(page))?.data.action !== 'about'; i++) {
    await dpad.press('Down');
  }
  await dpad.press('Right');
  expect((await focused(page))?.data.action).toBe('pin');
  await dpad.press('Ok');
}

const pad = (page: Page) => page.locator('hearth-pin-pad');

test.describe('household PIN in Settings', () => {
  test('is set twice over with arrows and OK, and a mismatch is said and starts over', async ({
    page,
    dpad,
  }) => {
    await openHearth(page, '/#/settings');
    await expect(page.locator('[data-action="pin"]')).toHaveText('设置家庭密码…');
    await openPinDialog(page, dpad);
    await expect(pad(page)).toContainText('请设置 6 位数字的家庭密码');

    await enterPinWithArrows(page, dpad, '258025');
    await expect(pad(page)).toContainText('请再输入一次新密码');
    await enterPinWithArrows(page, dpad, '258026');
    await expect(pad(page)).toContainText('两次输入的密码不一样');

    await enterPinWithArrows(page, dpad, '258025');
    await enterPinWithArrows(page, dpad, '258025');
    await expect(page.locator('hearth-dialog')).toHaveCount(0);
    await expect(page.locator('[data-action="pin"]')).toHaveText('修改家庭密码…');
    const stored = await page.evaluate(() => localStorage.getItem('hearth.pin') ?? '');
    expect(stored).not.toContain('258025');
  });

  test('changing it asks for the current one first, and a wrong one counts down the tries', async ({
    page,
    dpad,
  }) => {
    await openHearth(page, '/#/settings');
    await openPinDialog(page, dpad);
    await enterPinWithDigits(dpad, '111111');
    await enterPinWithDigits(dpad, '111111');
    await expect(page.locator('hearth-dialog')).toHaveCount(0);

    await dpad.press('Ok');
    await expect(pad(page)).toContainText('请输入现在的家庭密码');
    await enterPinWithDigits(dpad, '999999');
    await expect(pad(page)).toContainText('密码不对，还可以再试 2 次');
    await enterPinWithDigits(dpad, '111111');
    await expect(pad(page)).toContainText('请设置 6 位数字的家庭密码');
    // Back closes without changing anything.
    await dpad.press('Back');
    await expect(page.locator('hearth-dialog')).toHaveCount(0);
    expect((await focused(page))?.data.action).toBe('pin');
  });
});

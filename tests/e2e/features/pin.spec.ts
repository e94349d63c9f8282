import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';
import {
  enterPinWithArrows,
  enterPinWithDigits,
  openBehindNewPin,
  TEST_PIN,
} from '../support/pin.js';
import type { Dpad } from '../support/dpad.js';
import type { Page } from '@playwright/test';

/** Down the settings rows to the PIN button and open it. */
async function openPinDialog(page: Page, dpad: Dpad): Promise<void> {
  for (let i = 0; i < 12 && (await focused(page))?.data.action !== 'about'; i++) {
    await dpad.press('Down');
  }
  await dpad.press('Right');
  expect((await focused(page))?.data.action).toBe('pin');
  await dpad.press('Ok');
  await waitForPad(page);
}

/** A person sees the pad take focus before pressing digits (on a busy machine the dialog opens late). */
async function waitForPad(page: Page): Promise<void> {
  await expect.poll(async () => (await focused(page))?.data.key).toBeTruthy();
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
    await waitForPad(page);
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

test.describe('areas behind the household PIN', () => {
  const gate = (page: Page) => page.locator('hearth-pin-gate');

  test('shows nothing of the area until the PIN is given; a wrong one is said and counted', async ({
    page,
    dpad,
  }) => {
    await openBehindNewPin(page, dpad, '/#/health');
    await expect(page.locator('hearth-health')).toBeVisible();

    // A new start (the lock never survives a reload): the PIN is asked first.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect(gate(page).locator('hearth-pin-pad')).toContainText('请输入家庭密码');
    await expect(page.locator('hearth-health')).toHaveCount(0);
    await enterPinWithArrows(page, dpad, '135791');
    await expect(gate(page)).toContainText('密码不对，还可以再试 2 次');
    await expect(page.locator('[data-speech="assertive"]')).toContainText('密码不对');
    await enterPinWithDigits(dpad, TEST_PIN);
    await expect(page.locator('hearth-health')).toBeVisible();
  });

  test('three wrong tries make the household wait, even across a reload', async ({
    page,
    dpad,
  }) => {
    await openBehindNewPin(page, dpad, '/#/services');
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    for (const wrong of ['000001', '000002', '000003']) await enterPinWithDigits(dpad, wrong);
    await expect(gate(page)).toContainText(/错误次数太多，请 \d+ 秒后再试/);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect(gate(page)).toContainText(/请 \d+ 秒后再试/);
    // The right PIN is not even tried while waiting.
    await enterPinWithDigits(dpad, TEST_PIN);
    await expect(page.locator('hearth-services')).toHaveCount(0);
  });

  test('left idle, the area locks over what was on screen and opens again where it was', async ({
    page,
    dpad,
  }) => {
    await page.clock.install();
    // (The fake clock replaces `performance`, so wait for the pad, not for the first-focus mark.)
    await page.goto('/#/services');
    await expect.poll(async () => (await focused(page))?.data.key).toBe('5');
    await enterPinWithDigits(dpad, TEST_PIN);
    await enterPinWithDigits(dpad, TEST_PIN);
    await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
    // Press once the highlight is on the first category, as a person would.
    await expect.poll(async () => (await focused(page))?.data.category).toBe('education');
    await dpad.press('Down', 2);
    const before = (await focused(page))?.data.category;
    expect(before).toBe('social-security');

    await page.clock.fastForward('05:01');
    const cover = gate(page).locator('.cover');
    await expect(cover).toBeVisible();
    await expect(cover).toContainText('请输入家庭密码');
    // The screen underneath is kept, but cannot be reached or read.
    await expect(gate(page).locator('.content')).toHaveAttribute('inert', '');

    await enterPinWithDigits(dpad, TEST_PIN);
    await expect(cover).toHaveCount(0);
    expect((await focused(page))?.data.category).toBe(before);
  });
});

/**
 * 频道锁 with the remote: the household locks a channel in Settings (behind
 * its PIN); live TV then shows the channel's name and asks for the PIN, with
 * no picture and no sound (the video has no source) and no programme titles,
 * until the PIN is given.
 */
import { test, expect } from '../support/fixtures.js';
import { focused, spoken } from '../support/focus.js';
import { enterPinWithDigits, openBehindNewPin, TEST_PIN } from '../support/pin.js';
import { videoSource, waitForPicture } from '../support/video.js';
import { walkTo } from '../support/walk.js';

test('a channel locked in Settings plays nothing and hides its programmes until the PIN is given', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await openBehindNewPin(page, dpad, '/#/settings/channel-lock');
  const row = page.locator('hearth-channel-lock-settings [data-lock="channel:demo-caijing"]');
  await walkTo(page, dpad, row);
  await expect(row).toContainText('未加锁');
  await dpad.press('Ok');
  await expect(row).toContainText('已加锁');
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: info.outputPath('channel-lock-settings.png') });

  // Another day: live TV, and CH+ onto the locked channel.
  await page.goto('/#/watch');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  await waitForPicture(page);
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经，已加锁/);
  await expect.poll(() => videoSource(page)).toEqual({ src: null, ready: 0 });
  await page.screenshot({ path: info.outputPath('channel-locked.png') });

  // The mini guide names the channel but none of its programmes.
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/演示财经，已加锁/);
  await page.screenshot({ path: info.outputPath('channel-locked-guide.png') });
  await dpad.press('Back');
  await expect.poll(() => videoSource(page)).toEqual({ src: null, ready: 0 });

  // OK asks for the PIN; Back gives up, and the channel stays locked.
  await dpad.press('Ok');
  const dialog = page.locator('hearth-channel-unlock hearth-pin-pad');
  await expect(dialog).toBeVisible();
  await dpad.press('Back');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('hearth-watch canvas')).toBeFocused();
  expect(await videoSource(page)).toEqual({ src: null, ready: 0 });

  // A wrong PIN keeps it locked; the right one plays it, with its programme.
  await dpad.press('Ok');
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: info.outputPath('channel-unlock.png') });
  await enterPinWithDigits(dpad, '111111');
  await expect(page.locator('hearth-channel-unlock')).toContainText('密码不对');
  await enterPinWithDigits(dpad, TEST_PIN);
  await expect(page.locator('hearth-channel-unlock')).toHaveCount(0);
  await waitForPicture(page);
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经, /);
  expect((await focused(page))?.hosts).toContain('HEARTH-WATCH');
});

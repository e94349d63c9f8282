/**
 * The appointment reminder, with the page's clock moved on: N minutes before a
 * booked appointment it shows over whatever is on screen. By then the PIN has
 * locked again (idle), so it says only when, until the PIN is given.
 */
import { test, expect } from '../support/fixtures.js';
import { focused } from '../support/focus.js';
import { focusTimeAhead, moveTo, onScreen, slotStart } from '../support/health.js';
import { enterPinWithDigits, TEST_PIN } from '../support/pin.js';

test('a booking’s reminder shows N minutes before it, and names the doctor once the PIN is given', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await page.clock.install();
  // (The fake clock replaces `performance`: wait for the PIN pad, not the first-focus mark.)
  await page.goto('/#/health');
  await expect.poll(async () => (await focused(page))?.data.key).toBe('5');
  await enterPinWithDigits(dpad, TEST_PIN);
  await enterPinWithDigits(dpad, TEST_PIN);

  await onScreen(page, 'menu');
  await dpad.press('Ok');
  await onScreen(page, 'departments');
  await dpad.press('Ok');
  await onScreen(page, 'doctors');
  await moveTo(page, dpad, 'Right', 'doctor', 'Practitioner/practitioner-li-xiuying');
  await dpad.press('Ok');
  await onScreen(page, 'days');
  await dpad.press('Ok');
  await onScreen(page, 'times');
  const slot = await focusTimeAhead(page, dpad);
  await dpad.press('Ok');
  await onScreen(page, 'confirm');
  await dpad.press('Ok');
  await onScreen(page, 'booked');

  const start = await slotStart(page, slot);
  const now = await page.evaluate(() => Date.now());
  // To 14 minutes before (the demo's reminder is 15 minutes ahead).
  await page.clock.fastForward(start - 14 * 60_000 - now);

  const reminder = page.locator('hearth-appointment-reminder [role="alertdialog"]');
  await expect(reminder).toBeVisible({ timeout: 15_000 });
  await expect(reminder).toContainText('分钟后看医生');
  // Locked again by then: when, but not with whom.
  await expect(reminder).not.toContainText('李秀英');
  await page.screenshot({ path: info.outputPath('reminder-locked.png') });
  await enterPinWithDigits(dpad, TEST_PIN);
  await expect(reminder).toContainText('李秀英');
  await page.screenshot({ path: info.outputPath('reminder-open.png') });
  await dpad.press('Back');
  await expect(reminder).toHaveCount(0);
});

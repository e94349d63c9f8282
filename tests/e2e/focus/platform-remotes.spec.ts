import { test, expect } from '../support/fixtures.js';
import { focusTile, focused, openHearth } from '../support/focus.js';
import { PLATFORM_IDS, type PlatformId } from '@src/focus/platform.js';

// Each platform's remote sends its own codes for the same buttons (webOS Back
// is 461, Tizen 10009, Chinese IPTV middleware 8…). The portal must understand
// every one of them through its key tables.
const platforms: readonly PlatformId[] = PLATFORM_IDS;

for (const platform of platforms) {
  test(`a ${platform} remote opens settings with OK and comes back with its Back key`, async ({
    page,
    dpad,
  }) => {
    dpad.platform = platform;
    await openHearth(page, `/?platform=${platform}`);
    expect(await page.evaluate(() => document.documentElement.dataset.platform)).toBe(platform);
    await focusTile(page, dpad, 'settings');
    await dpad.press('Ok');
    await expect(page).toHaveURL(/#\/settings$/);
    await expect.poll(async () => (await focused(page))?.hosts).toContain('HEARTH-SETTINGS');
    await dpad.press('Down');
    expect((await focused(page))?.hosts.at(-1)).toBe('HEARTH-CHOICE-ROW');
    await dpad.press('Back');
    await expect(page).toHaveURL(/#\/$/);
    await expect.poll(async () => (await focused(page))?.data.area).toBe('settings');
  });
}

test('Home on the remote goes straight back to the home screen', async ({ page, dpad }) => {
  await openHearth(page, '/#/settings/about');
  await dpad.press('Home');
  await expect(page).toHaveURL(/#\/$/);
  await expect
    .poll(async () => (await focused(page))?.hosts)
    .toEqual(['HEARTH-APP', 'HEARTH-HOME']);
});

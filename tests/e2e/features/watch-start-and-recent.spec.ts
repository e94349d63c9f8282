/**
 * Live TV as the household's own: the channels it watched last (最近观看), and a
 * TV that starts into live broadcast (开机进入直播) when the operator or the
 * household says so. Driven with the remote; what the canvas shows is read
 * from the speech bridge, as a screen reader would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/fixtures.js';
import { focused, focusWithin, liveTvFocused, openHearth, spoken } from '../support/focus.js';
import { choose, openSettings } from '../support/settings.js';
import { openChannelGroups } from '../support/channel-groups.js';
import { serveCopy } from '../sw/support.js';

/**
 * A copy of the demo build with an operator config that starts into live TV:
 * a real file (not a route of the page), as the service worker fetches it too.
 */
async function operatorStartsInLiveTv(): Promise<{ start: string; close: () => Promise<void> }> {
  const site = await serveCopy();
  const config = JSON.parse(readFileSync(join(site.dir, 'config.json'), 'utf8')) as object;
  writeFileSync(
    join(site.dir, 'live-start.json'),
    JSON.stringify({ ...config, startInLiveTv: true }),
  );
  return { start: `${site.url}/?config=/live-start.json`, close: site.close };
}

test('最近观看 lists the channels just watched, most recent first, and OK there tunes', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(60_000);
  await openHearth(page, '/#/watch');
  await liveTvFocused(page);
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
  await dpad.press('Digit1');
  await dpad.press('Digit3');
  await expect.poll(() => spoken(page), { timeout: 5000 }).toMatch(/^13 演示新闻/);

  await openChannelGroups(page, dpad);
  // Past 我的收藏 and ＋ 新建收藏列表.
  await dpad.press('Down', 3);
  await expect.poll(() => spoken(page)).toBe('最近观看');
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/^13, 演示新闻/);
  await page.screenshot({ path: info.outputPath('recent.png') });
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^2, 演示财经/);
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^1, 演示综合/);
  await dpad.press('Up');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
});

test('a TV the operator starts into live TV opens on the last channel; the household can turn it off', async ({
  page,
  dpad,
}) => {
  const site = await operatorStartsInLiveTv();
  try {
    // Switched on: no link to a screen.
    await page.goto(site.start);
    await liveTvFocused(page);
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
    await dpad.press('ChannelUp');
    await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);

    // Switched on again: the channel watched last.
    await page.goto(site.start);
    await liveTvFocused(page);
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^2 演示财经/);
    // Back goes to the home screen, not out of the portal.
    await dpad.press('Back');
    await expect(page.locator('hearth-watch')).toHaveCount(0);
    await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain('HEARTH-HOME');

    // The household turns it off; the next start stays on the home screen.
    await page.goto(`${site.start}#/settings`);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect(page.locator('[row-id="settings.startInLive"]')).toBeVisible();
    await focusWithin(page, 'HEARTH-SETTINGS');
    await choose(page, dpad, 'settings.startInLive', 'off');
    await page.goto(site.start);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain('HEARTH-HOME');
    await expect(page.locator('hearth-watch')).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test('the household can start into live TV without the operator, and a link to a screen keeps it', async ({
  page,
  dpad,
}, info) => {
  await openSettings(page);
  await choose(page, dpad, 'settings.startInLive', 'on');
  await page.screenshot({ path: info.outputPath('settings-start-in-live.png') });
  await page.goto('/');
  await liveTvFocused(page);
  await page.goto('/#/settings');
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  await expect(page.locator('hearth-settings')).toBeVisible();
  await expect(page.locator('hearth-watch')).toHaveCount(0);
});

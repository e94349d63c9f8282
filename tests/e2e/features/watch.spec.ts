/**
 * Live TV on the demo backend, driven with the remote only: the picture is a
 * canvas, so what it shows is read from the speech bridge's live region (as a
 * screen reader would), and the streams from the network requests.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { openHearth, spoken } from '../support/focus.js';
import { waitForPicture } from '../support/video.js';
import { openFromChannelGroups } from '../support/channel-groups.js';

async function openLiveTv(page: Page, dpad: { press: (k: 'Ok') => Promise<void> }): Promise<void> {
  await openHearth(page);
  // Live TV is the first tile on the home screen.
  await dpad.press('Ok');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 10_000 });
  await waitForPicture(page);
}

/** Wait until the guide has loaded: announcements then carry programme times. */
async function waitForGuide(page: Page): Promise<void> {
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/\d\d:\d\d 至 \d\d:\d\d/);
}

test('live TV plays at once, zaps with CH+ and a typed number, and says what is on', async ({
  page,
  dpad,
}, info) => {
  await openLiveTv(page, dpad);
  await expect.poll(() => spoken(page)).toMatch(/^1 演示综合/);
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
  await dpad.press('ChannelDown');
  await dpad.press('ChannelDown');
  // Below the first channel comes the last one.
  await expect.poll(() => spoken(page)).toMatch(/^92 演示音乐广播/);
  await dpad.press('Digit1');
  await dpad.press('Digit3');
  await expect.poll(() => spoken(page), { timeout: 5000 }).toMatch(/^13 演示新闻/);
  await waitForGuide(page);
  await waitForPicture(page);
  await page.screenshot({ path: info.outputPath('banner.png') });
  // A number nobody carries is said so, and the channel stays.
  await dpad.press('Digit8');
  await dpad.press('Digit8');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('没有 88 频道');
  // Left goes back to the channel before.
  await dpad.press('Left');
  await expect.poll(() => spoken(page)).toMatch(/^92 演示音乐广播/);
});

test('the guide moves a day ahead and plays a past programme as the playlist says', async ({
  page,
  dpad,
}, info) => {
  // About 22 s of presses and playback alone; more beside the other worker's big guide.
  test.setTimeout(60_000);
  const streams: string[] = [];
  const media: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().includes('/demo/hls/')) media.push(request.url());
    if (request.url().includes('/demo/hls/channel.m3u8')) streams.push(request.url());
  });
  await openLiveTv(page, dpad);
  await waitForGuide(page);
  await openFromChannelGroups(page, dpad, '节目指南');
  await expect.poll(() => spoken(page)).toMatch(/^演示综合, .+, \d\d:\d\d 至 \d\d:\d\d/);
  await page.screenshot({ path: info.outputPath('guide.png') });
  // Up from the first channel reaches the days; Right is tomorrow.
  await dpad.press('Up');
  await expect.poll(() => spoken(page)).toBe('今天');
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toBe('明天');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^演示综合, /);
  await page.screenshot({ path: info.outputPath('guide-tomorrow.png') });
  // Two days back is yesterday: its programmes can be replayed.
  await dpad.press('Up');
  await dpad.press('Left');
  await dpad.press('Left');
  await expect.poll(() => spoken(page)).toBe('昨天');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/可以回看$/);
  const described = await spoken(page);
  const [, startText] = /, (\d\d:\d\d) 至 (\d\d:\d\d)/.exec(described) ?? [];
  const before = streams.length;
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^回看：演示综合/);
  await expect.poll(() => streams.length).toBeGreaterThan(before);
  const replay = new URL(streams.at(-1) ?? '');
  // The demo playlist's catch-up-source is `…?playseek={utc:YmdHMS}-{utcend:YmdHMS}` (UTC).
  const playseek = replay.searchParams.get('playseek') ?? '';
  expect(playseek).toMatch(/^\d{14}-\d{14}$/);
  const startUtc = playseek.slice(0, 14);
  const [hh, mm] = (startText ?? '00:00').split(':').map(Number);
  const localHour = (Number(startUtc.slice(8, 10)) + 8) % 24;
  expect([localHour, Number(startUtc.slice(10, 12))]).toEqual([hh, mm]);
  const yesterday = new Date(Date.now() - 86_400_000 + 8 * 3_600_000);
  expect(Math.abs(Number(startUtc.slice(6, 8)) - yesterday.getUTCDate())).toBeLessThanOrEqual(1);
  await waitForPicture(page);
  await page.screenshot({ path: info.outputPath('catch-up.png') });
  // Back returns to live TV, and Back again leaves it cleanly.
  await dpad.press('Back');
  await expect.poll(() => spoken(page)).toMatch(/^1 演示综合/);
  await dpad.press('Back');
  await expect(page.locator('hearth-watch')).toHaveCount(0);
  // Leaving stops the stream: no more playlist or segment requests (one already
  // in flight as Back was pressed may still be reported: let it settle first).
  await page.waitForTimeout(500);
  const after = media.length;
  await page.waitForTimeout(2500);
  expect(media.length).toBe(after);
});

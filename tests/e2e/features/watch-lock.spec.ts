/**
 * 频道锁 with the remote: the household locks a channel in Settings (behind
 * its PIN); live TV then shows the channel's name and asks for the PIN, with
 * no picture and no sound (the video has no source) and no programme titles,
 * until the PIN is given; and a programme the guide rates for the chosen age
 * (按节目分级) is locked the same way while it airs.
 */
import { test, expect } from '../support/fixtures.js';
import { focused, focusWithin, spoken } from '../support/focus.js';
import { enterPinWithDigits, openBehindNewPin, TEST_PIN } from '../support/pin.js';
import { videoSource, waitForPicture } from '../support/video.js';
import { walkTo } from '../support/walk.js';
import { DEMO_CHANNELS } from '@src/demo/channels/channel-list.js';
import { programmesBetween } from '@src/demo/channels/programmes.js';

/** Two days of the demo schedule: a rated film always airs in them. */
const TWO_DAYS_MS = 2 * 24 * 3_600_000;

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

/** The first film on 演示电影 that the demo guide rates 辅12级 or 辅15级, starting after `after`. */
function ratedFilm(after: number): { title: string; start: number } {
  const channel = DEMO_CHANNELS.find((c) => c.id === 'demo-dianying');
  const film = channel
    ? programmesBetween(channel, after, after + TWO_DAYS_MS).find(
        (p) => p.start > after && /^辅1[25]级$/.test(p.rating ?? ''),
      )
    : undefined;
  if (!film) throw new Error('the demo guide rates no film on 演示电影 in the next two days');
  return { title: film.title, start: film.start };
}

test('按节目分级: a film rated for 12 and over is locked while it airs, its title hidden, until the PIN', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await openBehindNewPin(page, dpad, '/#/settings/channel-lock');
  const twelve = page.locator('hearth-choice-row[row-id="channelLock.rating"] [data-value="12"]');
  await walkTo(page, dpad, twelve);
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('分级 12 岁以上的节目已加锁');
  await expect(twelve).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: info.outputPath('rating-lock-settings.png') });

  // A rated film on 演示电影, from the demo backend's own schedule (the guide it serves).
  const film = ratedFilm(Date.now());
  // Five minutes into the film: live TV, and 6 on the remote.
  await page.clock.install({ time: film.start + 5 * 60_000 });
  await page.goto('/#/watch');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合, /);
  await dpad.press('Digit6');
  await dpad.press('Ok');
  await expect
    .poll(() => spoken(page), { timeout: 10_000 })
    .toBe('6 演示电影，正在播出的节目按分级已加锁。按确定键，输入家庭密码观看。');
  await expect.poll(() => videoSource(page)).toEqual({ src: null, ready: 0 });
  // The mini guide keeps the film's times, not its title.
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/^演示电影, 已加锁, \d\d:\d\d 至 /);
  expect(await spoken(page)).not.toContain(film.title);
  await page.screenshot({ path: info.outputPath('rating-locked.png') });
  await dpad.press('Back');

  // OK asks for the PIN; the PIN plays the film, named.
  await dpad.press('Ok');
  await expect(page.locator('hearth-channel-unlock hearth-pin-pad')).toBeVisible();
  // Digits go to the pad once it holds focus, as a person sees it.
  await focusWithin(page, 'HEARTH-PIN-PAD');
  await enterPinWithDigits(dpad, TEST_PIN);
  await expect(page.locator('hearth-channel-unlock')).toHaveCount(0);
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toContain(film.title);
  await expect.poll(async () => (await videoSource(page))?.src).not.toBe(null);
});

/**
 * 搜索节目 with the remote: from the channel list, type the pinyin initials of
 * a title on the on-screen keyboard, read the programmes found (on now and to
 * come first), and OK on one on now tunes its channel. What the canvas shows
 * is read from the speech bridge, as a screen reader would.
 */
import { test, expect } from '../support/fixtures.js';
import { focused, openHearth, spoken } from '../support/focus.js';
import { holdsFocus, typeOnScreen } from '../support/walk.js';
import { openFromChannelGroups } from '../support/channel-groups.js';

test('find a programme by its pinyin initials and tune to it from the results', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  await openHearth(page, '/#/watch');
  const canvas = page.locator('hearth-watch canvas');
  await expect(canvas).toBeFocused({ timeout: 15_000 });
  // The guide is read: the channel's programme is said with its times.
  await expect.poll(() => spoken(page), { timeout: 20_000 }).toMatch(/^1 演示综合, .+ 至 /);

  await openFromChannelGroups(page, dpad, '搜索节目');
  const search = page.locator('hearth-programme-search');
  await expect(search.locator('hearth-keyboard')).toBeVisible();

  // 新闻: "xinw" (xin, then w for 闻), letter by letter with the arrows and OK.
  await typeOnScreen(page, dpad, 'xinw');
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^找到 \d+ 个节目$/);
  const results = search.locator('button.result');
  await expect(results.first()).toContainText('新闻');
  await expect(results.first()).toHaveAttribute(
    'aria-label',
    /^(今天|明天) \d\d:\d\d \S*新闻\S* · \d+ 演示\S+/,
  );
  await expect(results.first()).toBeInViewport();
  await page.screenshot({ path: info.outputPath('programme-search.png') });

  // Right to the results, up to the first: what is on now comes first, if anything
  // of the kind is on (it nearly always is); OK watches it, or offers a reminder.
  for (let i = 0; i < 10 && !(await focused(page))?.data.programme; i++) await dpad.press('Right');
  for (let i = 0; i < 10 && !(await holdsFocus(results.first())); i++) await dpad.press('Up');
  expect(await holdsFocus(results.first())).toBe(true);
  const text = (await focused(page))?.label ?? '';
  const [, title, channel] = /^\S+ \d\d:\d\d (\S+) · (\d+ \S+)/.exec(text) ?? [];
  await dpad.press('Ok');
  await expect(search).toHaveCount(0);
  if (text.includes('正在播出')) {
    await expect(canvas).toBeFocused();
    await expect.poll(() => spoken(page)).toMatch(new RegExp(`^${channel}, ${title}, `));
  } else {
    // Still to come (nothing of the kind on now): the grid's own choices, 提醒我 first.
    await expect.poll(() => spoken(page)).toContain('提醒我');
    await dpad.press('Back');
  }

  // Back in the search closes it without changing the channel.
  await openFromChannelGroups(page, dpad, '搜索节目');
  await expect(search.locator('hearth-keyboard')).toBeVisible();
  await dpad.press('Back');
  await expect(search).toHaveCount(0);
  await expect(canvas).toBeFocused();
});

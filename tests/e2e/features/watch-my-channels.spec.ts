/**
 * 我的频道 with the remote alone: favourites added from the channel list
 * (Yellow, and Menu → 加入我的收藏), a channel hidden (CH+ skips it), a
 * favourite moved, a named list made on the on-screen pinyin keyboard, and
 * the operator's list restored. What the canvas
 * shows is read from the speech bridge, as a screen reader would.
 */
import { test, expect } from '../support/fixtures.js';
import { focusWithin, openHearth, spoken } from '../support/focus.js';
import { pickCandidate, pressScreenKey } from '../support/walk.js';

test('the household edits its channel list: favourites, a hidden channel, a move, a named list', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(90_000);
  const canvas = page.locator('hearth-watch canvas');
  await openHearth(page, '/#/watch');
  await expect(canvas).toBeFocused({ timeout: 15_000 });
  await expect.poll(() => spoken(page), { timeout: 20_000 }).toMatch(/^1 演示综合, .+ 至 /);

  // 全部频道: Yellow on 演示综合, Menu → 加入我的收藏 on 演示财经, Menu → 隐藏频道 on 演示综艺.
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^1, 演示综合/);
  await dpad.press('Yellow');
  await expect.poll(() => spoken(page)).toBe('已把 演示综合 加入我的收藏');
  await dpad.press('Down');
  await dpad.press('Menu');
  await expect.poll(() => spoken(page)).toBe('演示财经. 加入我的收藏');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('已把 演示财经 加入我的收藏');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^3, 演示综艺/);
  await dpad.press('Menu');
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toBe('隐藏频道');
  await page.screenshot({ path: info.outputPath('channel-options.png') });
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^已隐藏 演示综艺/);

  // 我的收藏: 演示财经 picked up and carried to the top.
  await dpad.press('Left');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toBe('我的收藏');
  await dpad.press('Right');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^2, 演示财经/);
  await dpad.press('Menu');
  await expect.poll(() => spoken(page)).toBe('演示财经. 移动位置');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^正在移动 演示财经：第 2 位，共 2 个/);
  await dpad.press('Up');
  await expect.poll(() => spoken(page)).toMatch(/^正在移动 演示财经：第 1 位/);
  await page.screenshot({ path: info.outputPath('moving.png') });
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('演示财经 放在第 1 位');

  // Zapping skips the hidden channel: 1 → 2 → 4.
  await dpad.press('Back');
  await expect(canvas).toBeFocused();
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^4 演示中文国际/);

  // The list opens again on 我的收藏 in its new order (a reload keeps it too: the unit
  // tests read it back); then a new list gets a name.
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^2, 演示财经/);
  await dpad.press('Left');
  await expect.poll(() => spoken(page)).toBe('我的收藏');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toBe('＋ 新建收藏列表');
  await dpad.press('Ok');
  const naming = page.locator('hearth-list-name');
  await expect(naming.locator('hearth-keyboard')).toBeVisible();
  // As a person sees the focus on the keyboard before typing (CI once typed 'x' before it had it).
  await focusWithin(page, 'HEARTH-KEYBOARD');
  await page.keyboard.type('xi');
  await pickCandidate(page, dpad, '喜');
  await page.keyboard.type('huan');
  await pickCandidate(page, dpad, '欢');
  await page.screenshot({ path: info.outputPath('list-name.png') });
  await pressScreenKey(page, dpad, 'done');
  await expect(naming).toHaveCount(0);
  await expect(canvas).toBeFocused();
  await expect.poll(() => spoken(page)).toMatch(/^已新建收藏列表 喜欢/);
  await dpad.press('Right');
  // An empty list says how to fill it; focus stays on the group.
  await page.screenshot({ path: info.outputPath('new-list.png') });

  // 已隐藏的频道 is the last group; the operator's list comes back from Menu on a group.
  await dpad.press('Up');
  await expect.poll(() => spoken(page)).toBe('我的收藏');
  await dpad.press('Menu');
  await expect.poll(() => spoken(page)).toBe('我的收藏. 重命名');
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toBe('恢复运营商的频道表');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^恢复运营商的频道表？/);
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('已恢复运营商的频道表');
  await dpad.press('Back');
  await expect(canvas).toBeFocused();
  await dpad.press('ChannelDown');
  await expect.poll(() => spoken(page)).toMatch(/^3 演示综艺/);
});

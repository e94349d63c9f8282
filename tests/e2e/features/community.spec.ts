/**
 * 社区 on the demo build: the tile counts unread notices, the list opens each
 * notice with OK as plain text (the feed's HTML and script reduced to words),
 * and what was read stays read.
 */
import { test, expect } from '../support/fixtures.js';
import { focused, focusTile, focusWithin, openHearth } from '../support/focus.js';
import { holdsFocus, walkTo } from '../support/walk.js';

test('the 社区 tile counts unread notices; OK opens one as plain text, Back returns, and it stays read', async ({
  page,
  dpad,
}, info) => {
  await openHearth(page);
  const tile = page.locator('hearth-home [data-area="community"]');
  await expect(tile).toContainText('3 条未读 · 1 个快递待取', { timeout: 15_000 });
  await focusTile(page, dpad, 'community');
  await page.screenshot({ path: info.outputPath('home-with-community.png') });
  await dpad.press('Ok');

  const screen = page.locator('hearth-community');
  const water = screen.locator('[data-notice="urn:hearth-demo:notice:water-cut"]');
  await expect.poll(() => holdsFocus(water)).toBe(true);
  await expect(water).toHaveClass(/unread/);
  await expect(water).toHaveClass(/urgent/);
  // The parcel waiting in a locker, its pickup code large above the notices.
  await expect(screen.locator('[data-parcel="demo-parcel-1"] .code')).toHaveText('482913');
  await page.screenshot({ path: info.outputPath('community-notices.png') });

  const party = screen.locator('[data-notice="urn:hearth-demo:notice:double-ninth"]');
  await walkTo(page, dpad, party);
  await dpad.press('Ok');
  const open = screen.locator('article');
  await expect(open.locator('h2')).toHaveText('重阳节敬老茶话会');
  await expect(open.locator('.text')).toContainText('“重阳敬老” 茶话会');
  await expect(open.locator('.text')).toContainText('· 地点：社区活动室');
  await expect(open).not.toContainText('alert');
  await page.screenshot({ path: info.outputPath('community-notice.png') });

  await dpad.press('Back');
  await expect.poll(() => holdsFocus(party)).toBe(true);
  await expect(party).toHaveClass(/read/);
  await expect(screen.getByRole('heading', { name: /物业通知/ })).toContainText('2 条未读');

  // Back again leaves the area; the tile says 2, and after a reload still 2.
  await dpad.press('Back');
  await focusWithin(page, 'HEARTH-HOME');
  await expect(tile).toContainText('2 条未读 · 1 个快递待取');
  await page.reload();
  await expect(tile).toContainText('2 条未读 · 1 个快递待取', { timeout: 15_000 });
  expect((await focused(page))?.data.area).toBeDefined();
});

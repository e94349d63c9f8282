/**
 * 社区 on the demo build: the tile counts unread notices, the list opens each
 * notice with OK as plain text (the feed's HTML and script reduced to words),
 * and what was read stays read.
 */
import { test, expect } from '../support/fixtures.js';
import { focused, focusTile, focusWithin, openHearth } from '../support/focus.js';
import { enterPinWithDigits, TEST_PIN } from '../support/pin.js';
import { chooseInRow, formRow, typeIntoRowByKeyboard } from '../support/service-form.js';
import { holdsFocus, walkTo } from '../support/walk.js';

test('the 社区 tile counts unread notices; OK opens one as plain text, Back returns, and it stays read', async ({
  page,
  dpad,
}, info) => {
  await openHearth(page);
  const tile = page.locator('hearth-home [data-area="community"]');
  const counts = tile.locator('hearth-community-unread .badge');
  await expect(counts).toHaveText(['3 条未读', '1 个快递待取'], { timeout: 15_000 });
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
  await expect(counts).toHaveText(['2 条未读', '1 个快递待取']);
  await page.reload();
  await expect(counts).toHaveText(['2 条未读', '1 个快递待取'], { timeout: 15_000 });
  expect((await focused(page))?.data.area).toBeDefined();
});

test('a repair request from 社区: the visit window on the dials, the address filled in from the config, a receipt', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  await openHearth(page);
  await focusTile(page, dpad, 'community');
  await dpad.press('Ok');
  const entry = page.locator('hearth-community [data-action="community-services"]');
  await walkTo(page, dpad, entry);
  await dpad.press('Ok');
  // Services at home carry personal details: the household PIN first.
  await focusWithin(page, 'HEARTH-PIN-PAD');
  await enterPinWithDigits(dpad, TEST_PIN);
  await enterPinWithDigits(dpad, TEST_PIN);
  const catalogue = page.locator('hearth-services-catalogue');
  await expect(catalogue).toBeVisible({ timeout: 15_000 });
  await walkTo(page, dpad, catalogue.locator('[data-service="community-repair"]'));
  await dpad.press('Ok');
  await walkTo(page, dpad, page.locator('hearth-service-detail [data-action="apply"]'));
  await dpad.press('Ok');
  const form = page.locator('hearth-service-form');
  await expect(form.locator('h2')).toHaveText('水电报修');
  await chooseInRow(page, dpad, '/kind', '下水堵塞');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');

  // Step 2: the address is already there; the visit: a day by digits, OK, then 下午.
  await expect(formRow(page, '/address')).toContainText('朝阳区幸福里小区 3 号楼 1 单元 1201');
  await expect.poll(() => holdsFocus(formRow(page, '/visit'))).toBe(true);
  // OK, and the day's first digit at once, before the picker has been drawn (a
  // household typing as soon as it pressed OK): it goes into the picker.
  const day = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 2);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
  });
  const typedBeforeAFrame = await form.evaluate(async (host, digit) => {
    const press = (key: string) =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    type Rendering = Element & { updateComplete: Promise<boolean> };
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    press('Enter');
    // Rendered (the form, its editor, the picker), all before the next frame.
    const inside = (root: Element, tag: string): Rendering | null => {
      for (const el of root.shadowRoot?.querySelectorAll('*') ?? []) {
        if (el.localName === tag) return el as Rendering;
        const found = inside(el, tag);
        if (found) return found;
      }
      return null;
    };
    await (host as HTMLElement & Rendering).updateComplete;
    for (const tag of ['hearth-field-editor', 'hearth-visit-window-editor', 'hearth-date-picker']) {
      await inside(host, tag)?.updateComplete;
    }
    press(digit);
    return !framed;
  }, day[0]);
  expect(typedBeforeAFrame).toBe(true);
  await focusWithin(page, 'HEARTH-DATE-PICKER');
  for (const digit of day.slice(1)) await dpad.press(`Digit${digit}` as 'Digit0');
  await dpad.press('Ok');
  await focusWithin(page, 'HEARTH-CHOICE-LIST');
  await page.screenshot({ path: info.outputPath('visit-window.png') });
  await walkTo(page, dpad, page.locator('hearth-choice-list button', { hasText: '下午' }));
  await dpad.press('Ok');
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`;
  await expect(formRow(page, '/visit')).toContainText(`${iso} 下午 13:00—17:00`);
  await typeIntoRowByKeyboard(page, dpad, '/mobile', '13912345678');
  await walkTo(page, dpad, page.locator('[data-action="next"]'));
  await dpad.press('Ok');

  const review = page.locator('hearth-service-review');
  await expect(review).toContainText(`${iso} 下午 13:00—17:00`);
  await expect(review).toContainText('朝阳区幸福里小区 3 号楼 1 单元 1201');
  await walkTo(page, dpad, review.locator('[data-action="submit"]'));
  await dpad.press('Ok');
  const application = page.locator('hearth-service-applications .row').first();
  await expect(application).toContainText('水电报修');
  await expect(application).toHaveAttribute('data-state', 'submitted', { timeout: 15_000 });
  await page.screenshot({ path: info.outputPath('repair-receipt.png') });
  // 社区's list holds only its own applications.
  await expect(page.locator('hearth-service-applications .row')).toHaveCount(1);
});

test('Back pressed right after OK, before the notice has been drawn, closes the notice and not 社区', async ({
  page,
  dpad,
}) => {
  await openHearth(page);
  await focusTile(page, dpad, 'community');
  await dpad.press('Ok');
  const screen = page.locator('hearth-community');
  const water = screen.locator('[data-notice="urn:hearth-demo:notice:water-cut"]');
  await walkTo(page, dpad, water);
  // OK, then Back as soon as the notice is on the page, before the next frame
  // (a household pressing twice on a TV still drawing the first).
  const stillOpenAfterBack = await screen.evaluate(async (host) => {
    const press = (key: string) =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    press('Enter');
    await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const opened = host.shadowRoot?.querySelector('article') != null;
    press('Escape');
    return { opened, framed };
  });
  expect(stillOpenAfterBack).toEqual({ opened: true, framed: false });
  await expect(screen.locator('article')).toHaveCount(0);
  await expect.poll(() => holdsFocus(water)).toBe(true);
  await dpad.press('Down');
  await expect.poll(async () => (await focused(page))?.hosts ?? []).toContain('HEARTH-COMMUNITY');
});

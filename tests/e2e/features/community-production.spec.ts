/**
 * 社区 on the production build (what operators deploy), its config.json naming
 * a loopback property manager whose feed changes while the TV watches: an
 * urgent notice arrives as a banner within one poll and is read aloud; its
 * HTML, script and entities show as plain text; a hostile feed (a DOCTYPE) is
 * refused and the notices already shown stay, with a word that they may be old;
 * a parcel's banner shows its pickup code until the list says it was collected.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../../bench/static-server.mjs';
import { buildCommunityCatalog } from '@src/demo/community/community-catalog.js';
import type { Locator } from '@playwright/test';
import { test, expect } from '../support/gateway-fixture.js';
import { focusTile, focusWithin, openHearth } from '../support/focus.js';
import { enterPinWithDigits, TEST_PIN } from '../support/pin.js';
import { chooseInRow, formRow, typeIntoRowByKeyboard } from '../support/service-form.js';
import { openHearthOnPageClock, pageTimeUntil } from '../support/page-clock.js';
import { holdsFocus, walkTo } from '../support/walk.js';

const entry = (id: string, title: string, category: string, html: string, updated: string) => `
  <entry><id>${id}</id><title>${title}</title><updated>${updated}</updated>
    <category term="${category}"/><content type="html">${html}</content></entry>`;

const EVENT = entry(
  'pm:event',
  '周末义诊',
  '社区活动',
  '&lt;p&gt;周六上午社区医院义诊&lt;/p&gt;',
  '2026-12-05T01:00:00Z',
);
const WATER = entry(
  'pm:water',
  '5 号楼今晚停水',
  '停水',
  '&lt;p&gt;今晚 &lt;b&gt;22:00&lt;/b&gt;&amp;nbsp;起停水&lt;/p&gt;&lt;script&gt;alert("x")&lt;/script&gt;&lt;p&gt;请&amp;ldquo;储水&amp;rdquo;&lt;/p&gt;',
  '2026-12-06T01:00:00Z',
);
const feed = (entries: string) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>pm</id><title>物业</title>${entries}</feed>`;

/**
 * A property manager on loopback: the notice feed and the parcel list it
 * serves can be changed; the feed has ETags as real ones do.
 */
async function startPropertyManager(body: string) {
  const state = { body, requests: 0, parcels: [] as object[], parcelRequests: 0 };
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
    if (req.method === 'OPTIONS') return res.end();
    if (req.url === '/parcels.json') {
      state.parcelRequests++;
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(JSON.stringify({ parcels: state.parcels }));
    }
    state.requests++;
    const etag = `"${Buffer.from(state.body).length}-${state.body.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'application/atom+xml; charset=utf-8', ETag: etag });
    res.end(state.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: `http://127.0.0.1:${port}/notices.xml`,
    parcelsUrl: `http://127.0.0.1:${port}/parcels.json`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('an urgent notice arrives as a banner within one poll, is read aloud, and opens as plain text; a hostile feed changes nothing; a parcel shows its code until collected', async ({
  page,
  dpad,
}, info) => {
  const manager = await startPropertyManager(feed(EVENT));
  const config = JSON.parse(readFileSync('dist/config.json', 'utf8')) as Record<string, unknown>;
  config.features = ['community', 'settings'];
  config.sources = {
    community: { noticesUrl: manager.url, parcelsUrl: manager.parcelsUrl, pollSeconds: 10 },
  };
  const site = await serveStatic('dist', {
    extra: { '/config.json': { body: JSON.stringify(config), type: 'application/json' } },
  });
  // The portal's clock is moved on instead of waiting out each 10 s poll.
  const has = (locator: Locator, text: string) => async () =>
    (await locator.filter({ hasText: text }).count()) > 0;
  try {
    await openHearthOnPageClock(page, `${site.url}/`);
    const tile = page.locator('hearth-home [data-area="community"]');
    await expect(tile).toContainText('1 条未读', { timeout: 15_000 });
    await focusTile(page, dpad, 'community');
    await dpad.press('Ok');
    const screen = page.locator('hearth-community');
    await expect(screen.locator('[data-notice="pm:event"]')).toBeVisible();

    manager.state.body = feed(WATER + EVENT);
    const asked = manager.state.requests;
    const banner = page.locator('hearth-community-banner [data-banner="notice:pm:water"]');
    await pageTimeUntil(page, has(banner, '5 号楼今晚停水'));
    expect(manager.state.requests, 'the next poll brings it').toBe(asked + 1);
    await expect(banner).toContainText('物业紧急通知');
    await expect
      .poll(() => page.locator('[data-speech="assertive"]').textContent())
      .toContain('物业紧急通知：5 号楼今晚停水');
    await page.screenshot({ path: info.outputPath('notice-banner.png') });

    const water = screen.locator('[data-notice="pm:water"]');
    await walkTo(page, dpad, water);
    await dpad.press('Ok');
    const text = screen.locator('article .text');
    await expect(text).toHaveText('今晚 22:00 起停水\n请“储水”');
    await expect(screen.locator('article')).not.toContainText('alert');
    // Opened: the banner has done its work.
    await expect(banner).toHaveCount(0);
    await dpad.press('Back');
    await expect.poll(() => holdsFocus(water)).toBe(true);

    // A feed that declares a DOCTYPE is refused; what was shown stays, marked as possibly old.
    const before = manager.state.requests;
    manager.state.body = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "停水">]>${feed(entry('pm:evil', '&x;', '停水', '', '2026-12-06T02:00:00Z'))}`;
    await pageTimeUntil(page, async () => manager.state.requests > before);
    await expect(screen.locator('.problem')).toContainText('暂时无法更新', { timeout: 5_000 });
    await expect(screen.locator('[data-notice]')).toHaveCount(2);
    await expect(banner).toHaveCount(0);

    // A parcel arrives: its banner shows the pickup code large and reads it out;
    // 社区 lists it; once the list says it was collected, both are gone.
    manager.state.parcels = [
      { id: 'sf-1', carrier: '顺丰', locker: '5 号楼快递柜 A07', code: '730219' },
    ];
    const parcelsAsked = manager.state.parcelRequests;
    const parcelBanner = page.locator('hearth-community-banner [data-banner="parcel:sf-1"]');
    await pageTimeUntil(page, has(parcelBanner, '730219'));
    expect(manager.state.parcelRequests, 'the next poll brings it').toBe(parcelsAsked + 1);
    await expect(parcelBanner).toContainText('5 号楼快递柜 A07');
    await expect
      .poll(() => page.locator('[data-speech="assertive"]').textContent())
      .toContain('取件码 7 3 0 2 1 9');
    const card = screen.locator('[data-parcel="sf-1"]');
    await expect(card.locator('.code')).toHaveText('730219');
    await page.screenshot({ path: info.outputPath('parcel-banner.png') });
    manager.state.parcels = [];
    await pageTimeUntil(page, async () => (await parcelBanner.count()) === 0);
    await expect(card).toHaveCount(0);
  } finally {
    await site.close();
    await manager.stop();
  }
});

test('a repair request while the property manager answers 503 is kept, said to be waiting, and delivered once with its visit window', async ({
  page,
  dpad,
  gateway,
}, info) => {
  test.setTimeout(120_000);
  const catalog = buildCommunityCatalog();
  const services = catalog.services.map((service) => ({
    ...service,
    submitUrl: gateway.url,
    statusUrl: `${gateway.url}/{receipt}`,
  }));
  const config = JSON.parse(readFileSync('dist/config.json', 'utf8')) as Record<string, unknown>;
  config.features = ['community', 'settings'];
  const address = '海淀区学院路 20 号院 5 号楼 302';
  config.sources = { community: { catalogUrl: '/community-catalog.json', address } };
  const json = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' });
  const site = await serveStatic('dist', {
    extra: {
      '/config.json': json(config),
      '/community-catalog.json': json({ ...catalog, services }),
    },
  });
  try {
    await openHearth(page, `${site.url}/#/community`);
    await walkTo(page, dpad, page.locator('[data-action="community-services"]'));
    await dpad.press('Ok');
    await focusWithin(page, 'HEARTH-PIN-PAD');
    await enterPinWithDigits(dpad, TEST_PIN);
    await enterPinWithDigits(dpad, TEST_PIN);
    const catalogue = page.locator('hearth-services-catalogue');
    await expect(catalogue).toBeVisible({ timeout: 15_000 });
    await walkTo(page, dpad, page.locator('[data-category="home-care"]'));
    await walkTo(page, dpad, catalogue.locator('[data-service="community-home-care"]'));
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator('hearth-service-detail [data-action="apply"]'));
    await dpad.press('Ok');
    await chooseInRow(page, dpad, '/kind', '测血压血糖');
    await walkTo(page, dpad, formRow(page, '/visit'));
    await dpad.press('Ok');
    await focusWithin(page, 'HEARTH-DATE-PICKER');
    // Tomorrow is where the dials start: OK takes it, then 上午.
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator('hearth-choice-list button', { hasText: '上午' }));
    await dpad.press('Ok');
    await expect(formRow(page, '/address')).toContainText(address);
    await typeIntoRowByKeyboard(page, dpad, '/mobile', '13912345678');
    await walkTo(page, dpad, page.locator('[data-action="next"]'));
    await dpad.press('Ok');

    gateway.unavailableFirst = 1;
    await walkTo(page, dpad, page.locator('hearth-service-review [data-action="submit"]'));
    await dpad.press('Ok');
    const receipt = page.locator('hearth-service-applications .receipt');
    await expect(receipt).toContainText('办理系统暂时没有响应');
    await page.screenshot({ path: info.outputPath('repair-waiting.png') });
    const application = page.locator('hearth-service-applications .row').first();
    await expect(application).toHaveAttribute('data-state', 'submitted', { timeout: 30_000 });
    await expect(application.locator('.status')).toHaveText('已受理');
    expect(gateway.stored.size).toBe(1);
    const [sent] = [...gateway.stored.values()] as {
      serviceId: string;
      data: Record<string, string>;
    }[];
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() + 1);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    expect(sent?.serviceId).toBe('community-home-care');
    expect(sent?.data).toEqual({
      kind: 'blood-pressure',
      visit: `${tomorrow}T08:00/${tomorrow}T12:00`,
      address,
      mobile: '13912345678',
    });
    await page.waitForTimeout(1500);
    expect(gateway.requests).toBe(2); // the refused one and the delivered one
  } finally {
    await site.close();
  }
});

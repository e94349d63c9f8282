import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';

const ORIGIN = 'http://127.0.0.1';

/** Match a request by path only: a glob would also match the page's own `?config=` URL. */
const atPath = (path: string) => (url: URL) => url.pathname === path;

test('an operator config brands the top bar, the tiles and the focus ring', async ({
  page,
}, info) => {
  await page.route(atPath('/branded.json'), (route) =>
    route.fulfill({
      json: {
        operator: { name: '星河有线', logo: '/icons/hearth.svg', theme: { accent: '#2e86de' } },
        features: ['settings'],
      },
    }),
  );
  await openHearth(page, '/?config=/branded.json');
  await expect(page.locator('hearth-top-bar')).toContainText('星河有线');
  await expect(page.locator('hearth-top-bar').locator('img.logo')).toBeVisible();
  const accent = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--hearth-accent').trim(),
  );
  expect(accent).toBe('#2e86de');
  const nameColour = await page
    .locator('hearth-top-bar')
    .locator('.name')
    .evaluate((el) => getComputedStyle(el).color);
  expect(nameColour).toBe('rgb(46, 134, 222)');
  await page.screenshot({ path: info.outputPath('branded.png') });
});

test('a broken config shows every error by its path, not a blank page', async ({
  page,
  dpad,
}, info) => {
  await page.route(atPath('/broken.json'), (route) =>
    route.fulfill({
      json: {
        operator: { name: 'X', theme: { accent: 'orange' } },
        features: ['watch', 'karaoke'],
        location: { regionCode: '11' },
        sources: { home: { url: 'ftp://hub', token: 'secret-token-123' } },
        colour: 'red',
      },
    }),
  );
  await page.goto('/?config=/broken.json');
  const screen = page.locator('hearth-config-error');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('/operator/theme/accent');
  await expect(screen).toContainText('/features/1');
  await expect(screen).toContainText('/location/regionCode');
  await expect(screen).toContainText('/sources/home/url');
  // Unknown keys are warnings, named too.
  await expect(screen).toContainText('/colour');
  // The token is a secret: never on screen.
  await expect(screen).not.toContainText('secret-token-123');
  await page.screenshot({ path: info.outputPath('config-errors.png') });
  // The retry button holds focus and OK reloads.
  await expect.poll(async () => (await focused(page))?.tag).toBe('BUTTON');
  const reloaded = page.waitForEvent('load');
  await dpad.press('Ok');
  await reloaded;
});

test('a config that is not JSON, or missing, gets a readable screen', async ({ page }) => {
  await page.route(atPath('/not-json.json'), (route) =>
    route.fulfill({ body: '{ "operator": ', contentType: 'application/json' }),
  );
  await page.goto('/?config=/not-json.json');
  await expect(page.locator('hearth-config-error')).toContainText('JSON');

  await page.route(atPath('/missing.json'), (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  await page.goto(
    `/?config=${encodeURIComponent(`${ORIGIN}:${new URL(page.url()).port}/missing.json`)}`,
  );
  await expect(page.locator('hearth-config-error')).toContainText('404');
});

test('a ?config= link to another server is refused unless the operator allows that server', async ({
  page,
}, info) => {
  await openHearth(page, '/');
  // Another origin on loopback: same address, other host name.
  const lure = `http://localhost:${new URL(page.url()).port}/lure.json`;
  let asked = 0;
  await page.route(
    (url) => url.href === lure,
    (route) => {
      asked++;
      return route.fulfill({ json: { features: ['settings'] }, headers: CORS });
    },
  );
  await page.goto(`/?config=${encodeURIComponent(lure)}`);
  const screen = page.locator('hearth-config-error');
  await expect(screen).toContainText('http://localhost');
  await expect(screen).toContainText('运营商没有允许');
  expect(asked).toBe(0);
  await page.screenshot({ path: info.outputPath('config-origin-refused.png') });

  // The operator's own config.json lists that origin: now the link works.
  await page.route(atPath('/config.json'), async (route) => {
    const shipped = (await (await route.fetch()).json()) as Record<string, unknown>;
    return route.fulfill({
      json: { ...shipped, configOrigins: [new URL(lure).origin] },
    });
  });
  await page.goto(`/?config=${encodeURIComponent(lure)}`);
  await expect.poll(() => asked).toBe(1);
  // The lure's config (settings only) is the one in use.
  await expect(page.locator('hearth-app')).toContainText('语言、文字大小');
  await expect(page.locator('hearth-config-error')).toHaveCount(0);
});

test('About shows the config address without its key, and warns that a file with tokens is cacheable', async ({
  page,
  dpad,
}, info) => {
  await page.route(atPath('/with-token.json'), (route) =>
    route.fulfill({
      json: {
        features: ['home', 'settings'],
        sources: { home: { url: `${ORIGIN}:9`, token: 'household-token-12345' } },
      },
      headers: { 'Cache-Control': 'max-age=600' },
    }),
  );
  await openHearth(page, '/?config=%2Fwith-token.json%3Fkey%3DSECRET-KEY#/settings');
  for (let i = 0; i < 12 && (await focused(page))?.data.action !== 'about'; i++) {
    await dpad.press('Down');
  }
  await dpad.press('Ok');
  const about = page.locator('hearth-settings-about');
  await expect(about).toContainText('/with-token.json?key=%5Bredacted%5D');
  await expect(about).toContainText('max-age=600');
  await expect(about).toContainText('no-store');
  const text = (await about.evaluate((el) => el.shadowRoot?.textContent ?? '')) ?? '';
  expect(text).not.toContain('SECRET-KEY');
  expect(text).not.toContain('household-token');
  await page.screenshot({ path: info.outputPath('about-config-caching.png') });
});

const CORS = { 'Access-Control-Allow-Origin': '*' };

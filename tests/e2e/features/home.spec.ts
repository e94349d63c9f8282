/**
 * My Home against a real Home Assistant WebSocket server started by the test
 * (on 127.0.0.1 and on [::1]), serving the states in the shared fixtures.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focused, openHearth, spoken } from '../support/focus.js';
import { startHomeAssistantServer, type HomeAssistantTestServer } from '../../support/ha-server.js';
import { fixtureStates } from '../../support/ha-fixtures.js';

const TOKEN = 'test-long-lived-token';
const atPath = (path: string) => (url: URL) => url.pathname === path;

async function useHub(
  page: Page,
  url: string,
  token = TOKEN,
  features = ['home', 'settings'],
  extra: Record<string, unknown> = {},
) {
  await page.route(atPath('/home-test.json'), (route) =>
    route.fulfill({
      json: {
        operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
        features,
        sources: { home: { url, token, ...extra } },
      },
    }),
  );
}

const status = (page: Page) => page.locator('hearth-home-dashboard .status');

let server: HomeAssistantTestServer | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

test('the dashboard lists the rooms and devices, and OK on a light asks the hub to switch it', async ({
  page,
  dpad,
}, info) => {
  server = await startHomeAssistantServer({
    host: '127.0.0.1',
    token: TOKEN,
    states: fixtureStates('sections'),
  });
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  const dashboard = page.locator('hearth-home-dashboard');
  await expect(dashboard.locator('h2')).toContainText(['Living room']);
  await expect(dashboard.locator('[data-entity^="light."]').first()).toBeVisible();
  // Down through the rooms until a light has focus.
  for (let i = 0; i < 12; i++) {
    const entity = (await focused(page))?.data.entity ?? '';
    if (entity.startsWith('light.')) break;
    await dpad.press(i < 6 ? 'Down' : 'Right');
  }
  const light = (await focused(page))?.data.entity ?? '';
  expect(light).toMatch(/^light\./);
  await page.screenshot({ path: info.outputPath('dashboard.png') });
  const before = server.serviceCalls.length;
  await dpad.press('Ok');
  await expect.poll(() => server?.serviceCalls.length).toBe(before + 1);
  const call = server.serviceCalls.at(-1);
  expect(call?.domain).toBe('light');
  expect(['turn_on', 'turn_off']).toContain(call?.service);
  expect(JSON.stringify(call?.target)).toContain(light);
  await expect.poll(() => spoken(page)).toMatch(/开着|关着/);
});

test('the hub going away shows stale states, and they come back by themselves (IPv6)', async ({
  page,
}, info) => {
  server = await startHomeAssistantServer({
    host: '::1',
    token: TOKEN,
    states: fixtureStates('sections'),
  });
  expect(server.url).toContain('[::1]');
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  const tiles = page.locator('hearth-home-dashboard .tile[data-entity]');
  const count = await tiles.count();
  await server.stop();
  await expect(status(page)).toContainText('连接断了', { timeout: 10_000 });
  // The last known states stay, marked as stale.
  await expect(tiles).toHaveCount(count);
  await expect(page.locator('hearth-home-dashboard .tile.stale').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('stale.png') });
  await server.start();
  await expect(status(page)).toContainText('已连接', { timeout: 40_000 });
  await expect(page.locator('hearth-home-dashboard .tile.stale')).toHaveCount(0);
});

test('a wrong token is explained on screen', async ({ page }) => {
  server = await startHomeAssistantServer({
    host: '127.0.0.1',
    token: TOKEN,
    states: fixtureStates('sections'),
  });
  await useHub(page, server.url, 'not-the-token');
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('拒绝了访问令牌', { timeout: 15_000 });
  const text = await page.locator('hearth-app').evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(text).not.toContain('not-the-token');
});

test('a smoke sensor going off takes over live TV until OK', async ({ page, dpad }, info) => {
  server = await startHomeAssistantServer({
    host: '127.0.0.1',
    token: TOKEN,
    states: fixtureStates('jimpower'),
  });
  await useHub(page, server.url, TOKEN, ['watch', 'home', 'settings']);
  await openHearth(page, '/?config=/home-test.json#/watch');
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  const smoke = server.entityIds().find((id) => /smoke/i.test(id));
  expect(smoke).toBeTruthy();
  server.setState(smoke ?? '', 'on');
  const alarm = page.locator('hearth-home-alarm-overlay').getByRole('alertdialog');
  await expect(alarm).toBeVisible({ timeout: 5000 });
  await expect(alarm).toContainText('烟雾报警');
  await expect
    .poll(() => page.locator('[data-speech="assertive"]').textContent())
    .toContain('烟雾报警');
  const paused = await page.evaluate(
    () =>
      document
        .querySelector('hearth-app')
        ?.shadowRoot?.querySelector('hearth-watch')
        ?.shadowRoot?.querySelector('video')?.paused,
  );
  expect(paused).toBe(true);
  await page.screenshot({ path: info.outputPath('smoke-over-tv.png') });
  // Back does not dismiss an alarm; OK does.
  await dpad.press('Back');
  await expect(alarm).toBeVisible();
  await dpad.press('Ok');
  await expect(alarm).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.hosts).toContain('HEARTH-WATCH');
  // The alarm stays in the dashboard's history.
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(page.locator('hearth-home-dashboard .history')).toContainText('烟雾报警');
});

test('holding Red calls for help from any screen, and so does the SOS tile', async ({
  page,
  dpad,
}, info) => {
  // No states: the server serves the demo flat, which has a `script.sos_call`.
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  await useHub(page, server.url, TOKEN, ['home', 'settings'], {
    sos: { service: 'script.sos_call', holdSeconds: 2 },
  });
  await openHearth(page, '/?config=/home-test.json#/settings');
  const sosCalls = () =>
    server?.serviceCalls.filter((c) => c.domain === 'script' && c.service === 'sos_call').length;
  // A short press is not a call for help.
  await dpad.press('Red');
  await page.waitForTimeout(2500);
  expect(sosCalls()).toBe(0);
  await dpad.hold('Red', 2600);
  await expect.poll(sosCalls, { timeout: 10_000 }).toBe(1);
  await expect(page.locator('hearth-sos')).toContainText('已经通知家人');
  await expect
    .poll(() => page.locator('[data-speech="assertive"]').textContent())
    .toContain('已经通知家人');
  await page.screenshot({ path: info.outputPath('sos-sent.png') });
  await dpad.press('Home');
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  await expect.poll(async () => (await focused(page))?.data.action).toBe('sos');
  await dpad.press('Ok');
  await expect.poll(sosCalls, { timeout: 10_000 }).toBe(2);
});

test('a quiet home gets "您还好吗？"; OK ends it, silence calls the family', async ({
  page,
  dpad,
}, info) => {
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  // Seconds instead of hours, so the test can wait for it.
  await useHub(page, server.url, TOKEN, ['home', 'settings'], {
    sos: { service: 'script.sos_call' },
    care: { inactivityHours: 0.002, answerMinutes: 0.08, dayStart: '00:00', dayEnd: '00:00' },
  });
  await openHearth(page, '/?config=/home-test.json#/settings');
  const prompt = page.locator('hearth-care-check').getByRole('alertdialog');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect(prompt).toContainText('您还好吗');
  await expect.poll(async () => (await focused(page))?.data.action).toBe('fine');
  await page.screenshot({ path: info.outputPath('care-check.png') });
  await dpad.press('Ok');
  await expect(prompt).toHaveCount(0);
  const sosCalls = () =>
    server?.serviceCalls.filter((c) => c.domain === 'script' && c.service === 'sos_call').length;
  expect(sosCalls()).toBe(0);
  // Asked again later, and nobody answers this time.
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await expect.poll(sosCalls, { timeout: 30_000 }).toBe(1);
  await expect(prompt).toContainText('已经通知家人');
});

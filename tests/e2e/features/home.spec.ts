/**
 * My Home against a real Home Assistant WebSocket server started by the test
 * (on 127.0.0.1 and on [::1]), serving the states in the shared fixtures.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focused, focusWithin, openHearth, spoken } from '../support/focus.js';
import { openHearthOnPageClock, pageTimeUntil } from '../support/page-clock.js';
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

/** My Home on a hub serving the fixture's rooms ('sections'), once it says it is connected. */
async function openLiveDashboard(page: Page): Promise<void> {
  server = await startHomeAssistantServer({
    host: '127.0.0.1',
    token: TOKEN,
    states: fixtureStates('sections'),
  });
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
}

test('the dashboard lists the rooms and devices, and OK on a light asks the hub to switch it', async ({
  page,
  dpad,
}, info) => {
  await openLiveDashboard(page);
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
  const before = server?.serviceCalls.length ?? 0;
  await dpad.press('Ok');
  await expect.poll(() => server?.serviceCalls.length).toBe(before + 1);
  const call = server?.serviceCalls.at(-1);
  expect(call?.domain).toBe('light');
  expect(['turn_on', 'turn_off']).toContain(call?.service);
  expect(JSON.stringify(call?.target)).toContain(light);
  await expect.poll(() => spoken(page)).toMatch(/开着|关着/);
});

test('the focus ring is drawn whole on a room’s last row, where Down leaves the room', async ({
  page,
  dpad,
}, info) => {
  await openLiveDashboard(page);
  // Down until the focused tile is on its room's last row (a room clips painting to its box).
  const lastRowTile = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const tile = el as HTMLElement;
      const grid = tile.closest('.tiles');
      if (!grid || !tile.dataset.entity) return null;
      const tops = [...grid.querySelectorAll<HTMLElement>('.tile')].map(
        (t) => t.getBoundingClientRect().top,
      );
      const r = tile.getBoundingClientRect();
      return r.top >= Math.max(...tops) - 1
        ? { left: r.left, right: r.right, bottom: r.bottom }
        : null;
    });
  let tile = await lastRowTile();
  for (let i = 0; i < 8 && !tile; i++) {
    await dpad.press('Down');
    tile = await lastRowTile();
  }
  if (!tile) throw new Error('no room’s last row reached with Down');
  await page.screenshot({ path: info.outputPath('last-row-ring.png') });
  // The strip just under the tile, where the 6px ring is: it must be the ring's white.
  const strip = await page.screenshot({
    clip: { x: tile.left + 24, y: tile.bottom + 2, width: tile.right - tile.left - 48, height: 2 },
  });
  const bright = await page.evaluate(async (png) => {
    const image = new Image();
    image.src = `data:image/png;base64,${png}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! > 200 && data[i + 1]! > 200 && data[i + 2]! > 200) white++;
    }
    return white / (data.length / 4);
  }, strip.toString('base64'));
  expect(bright).toBeGreaterThan(0.9);
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
  // OK pressed as the alarm comes (meant for live TV, the remote in hand): once focus
  // is on 我知道了, at the frame it shows, that OK does not silence it.
  const ack = page.locator('hearth-home-alarm-overlay [data-action="acknowledge"]');
  await ack.waitFor({ timeout: 5000 });
  await ack.evaluate(
    (button) =>
      new Promise<void>((resolve) => {
        const focused = () => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active === button;
        };
        const look = () => {
          if (!focused()) return void requestAnimationFrame(look);
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
          resolve();
        };
        look();
      }),
  );
  const alarm = page.locator('hearth-home-alarm-overlay').getByRole('alertdialog');
  await expect(alarm).toBeVisible({ timeout: 5000 });
  await expect(alarm).toContainText('烟雾报警');
  await expect
    .poll(() => page.locator('[data-speech="assertive"]').textContent())
    .toContain('烟雾报警');
  // Live TV falls silent under the alarm (within a moment: a resume from outside
  // the player is paused again as its 'play' event arrives), and stays so.
  const paused = () =>
    page.evaluate(
      () =>
        document
          .querySelector('hearth-app')
          ?.shadowRoot?.querySelector('hearth-watch')
          ?.shadowRoot?.querySelector('video')?.paused,
    );
  await expect.poll(paused, { timeout: 2000 }).toBe(true);
  await page.waitForTimeout(500);
  expect(await paused()).toBe(true);
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
  // Well past the 2 s, so a busy machine's late timer still fires before the key is let go.
  await dpad.hold('Red', 3500);
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
  // Seconds instead of hours, and the page clock moved on instead of waiting them
  // out. Under the hub link's 30 s heartbeat: a jump of hours fires its ping and,
  // with the next jump, the ping's time limit before the answer is read.
  await useHub(page, server.url, TOKEN, ['home', 'settings'], {
    sos: { service: 'script.sos_call' },
    care: { inactivityHours: 0.004, answerMinutes: 0.2, dayStart: '00:00', dayEnd: '00:00' },
  });
  await openHearthOnPageClock(page, '/?config=/home-test.json#/settings');
  const prompt = page.locator('hearth-care-check').getByRole('alertdialog');
  const asked = async () => (await prompt.count()) > 0;
  const sosCalls = () =>
    server?.serviceCalls.filter((c) => c.domain === 'script' && c.service === 'sos_call').length;
  const step = { stepMs: 1_000 };

  // Each check leaves room for the real seconds a loaded machine adds between steps.
  await page.clock.fastForward('00:08');
  expect(await asked(), 'not asked before the quiet time (14.4 s here)').toBe(false);
  await pageTimeUntil(page, asked, step);
  await expect(prompt).toContainText('您还好吗');
  await expect.poll(async () => (await focused(page))?.data.action).toBe('fine');
  await page.screenshot({ path: info.outputPath('care-check.png') });
  await dpad.press('Ok');
  await expect(prompt).toHaveCount(0);
  expect(sosCalls()).toBe(0);
  // Asked again after another quiet time, and nobody answers this time.
  await pageTimeUntil(page, asked, step);
  await page.clock.fastForward('00:06');
  expect(sosCalls(), 'the family is not called before the answer time (12 s here)').toBe(0);
  await pageTimeUntil(page, async () => sosCalls() === 1, step);
  await expect(prompt).toContainText('已经通知家人');
});

type Arrow = 'Up' | 'Down' | 'Left' | 'Right';

/** Where the element at `path` lies from the focused one; 'here' when it has focus. */
function whereIs(page: Page, path: string[]): Promise<Arrow | 'here' | null> {
  return page.evaluate((selectors) => {
    let root: ParentNode = document;
    let target: Element | null = null;
    for (const selector of selectors) {
      target = root.querySelector(selector);
      if (!target) return null;
      root = target.shadowRoot ?? target;
    }
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!target || !active) return null;
    if (active === target) return 'here';
    const t = target.getBoundingClientRect();
    const a = active.getBoundingClientRect();
    if (t.top >= a.bottom - 4) return 'Down';
    if (t.bottom <= a.top + 4) return 'Up';
    return t.left > a.left ? 'Right' : 'Left';
  }, path);
}

/**
 * Moves focus with the arrows until the element at `path` has it: each entry is a
 * selector inside the previous element's shadow root (or the element itself for light
 * children), e.g. ['hearth-app', 'hearth-home-dashboard', '.tile[data-entity="lock.x"]'].
 * Down (Up) while it lies below (above), then along its row.
 */
async function arrowTo(page: Page, dpad: { press: (key: Arrow) => Promise<void> }, path: string[]) {
  for (let step = 0; step < 40; step++) {
    const where = await whereIs(page, path);
    if (where === 'here') return;
    if (where === null) throw new Error(`nothing at ${path.join(' > ')}`);
    await dpad.press(where);
  }
  throw new Error(`could not reach ${path.join(' > ')}`);
}

const DASHBOARD = ['hearth-app', 'hearth-home-dashboard'];
const CONTROLS = [...DASHBOARD, 'hearth-home-controls'];
const tilePath = (id: string) => [...DASHBOARD, `.tile[data-entity="${id}"]`];

async function pressDigits(dpad: { press: (key: never) => Promise<void> }, digits: string) {
  for (const digit of digits) await dpad.press(`Digit${digit}` as never);
}

test('unlocking a lock asks for the household PIN (set first), then the lock’s code', async ({
  page,
  dpad,
}, info) => {
  // The demo flat: its front door lock has a 4-digit code (1234).
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  await arrowTo(page, dpad, tilePath('lock.front_door'));
  await dpad.press('Ok');

  const dialog = page.locator('hearth-home-dashboard hearth-dialog');
  await expect(dialog).toContainText('请先设置');
  await page.screenshot({ path: info.outputPath('lock-set-pin.png') });
  await pressDigits(dpad, '246810');
  await expect(dialog).toContainText('再输入一次');
  await pressDigits(dpad, '246810');
  expect(server.serviceCalls.filter((c) => c.domain === 'lock')).toEqual([]);
  await expect(dialog).toContainText('入户门锁');
  await expect(page.locator('hearth-home-code-pad')).toBeVisible();
  // Type once the code pad holds focus (a digit pressed during the change would go astray).
  await expect
    .poll(async () => (await focused(page))?.hosts ?? [])
    .toContain('HEARTH-HOME-CODE-PAD');
  await pressDigits(dpad, '1234');

  await expect
    .poll(() => server?.serviceCalls.at(-1))
    .toEqual({
      domain: 'lock',
      service: 'unlock',
      service_data: { code: '1234' },
      target: { entity_id: 'lock.front_door' },
    });
  await expect(dialog).toHaveCount(0);
  await expect(
    page.locator('hearth-home-dashboard .tile[data-entity="lock.front_door"]'),
  ).toContainText(/正在开锁|未上锁/);
});

test('the air conditioning’s target goes up by its step with climate.set_temperature', async ({
  page,
  dpad,
}, info) => {
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  await arrowTo(page, dpad, tilePath('climate.living_room_ac'));
  await dpad.press('Ok');
  await expect(page.locator('hearth-home-controls')).toContainText('设定 26 °C');
  await focusWithin(page, 'HEARTH-HOME-CONTROLS');
  await arrowTo(page, dpad, [...CONTROLS, '[data-action="warmer"]']);
  await page.screenshot({ path: info.outputPath('climate.png') });
  await dpad.press('Ok');

  await expect
    .poll(() => server?.serviceCalls.at(-1))
    .toEqual({
      domain: 'climate',
      service: 'set_temperature',
      service_data: { temperature: 27 },
      target: { entity_id: 'climate.living_room_ac' },
    });
  await expect(page.locator('hearth-home-controls')).toContainText('设定 27 °C');
  // Back closes the controls and focus returns to the tile.
  await dpad.press('Back');
  await expect(page.locator('hearth-home-controls')).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.data.entity).toBe('climate.living_room_ac');
});

test('disarming the alarm panel asks for its code and sends it', async ({ page, dpad }, info) => {
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  // Armed at home with every window shut: nothing sets it off (motion does not, at home).
  server.setState('binary_sensor.bedroom_window', 'off');
  server.setState('alarm_control_panel.home_security', 'armed_home');
  await useHub(page, server.url);
  await openHearth(page, '/?config=/home-test.json#/home');
  await expect(status(page)).toContainText('已连接', { timeout: 15_000 });
  await arrowTo(page, dpad, tilePath('alarm_control_panel.home_security'));
  await dpad.press('Ok');
  // A person looks for the highlight in the controls before moving in them.
  await focusWithin(page, 'HEARTH-HOME-CONTROLS');
  await arrowTo(page, dpad, [...CONTROLS, '[data-action="alarm_disarm"]']);
  await dpad.press('Ok');
  await expect(page.locator('hearth-home-code-pad')).toBeVisible();
  // Type once the code pad holds focus (a digit pressed during the change would go astray).
  await expect
    .poll(async () => (await focused(page))?.hosts ?? [])
    .toContain('HEARTH-HOME-CODE-PAD');
  await pressDigits(dpad, '1234');
  await arrowTo(page, dpad, [...CONTROLS, 'hearth-home-code-pad', '[data-key="confirm"]']);
  await page.screenshot({ path: info.outputPath('panel-code.png') });
  await dpad.press('Ok');

  await expect
    .poll(() => server?.serviceCalls.at(-1))
    .toEqual({
      domain: 'alarm_control_panel',
      service: 'alarm_disarm',
      service_data: { code: '1234' },
      target: { entity_id: 'alarm_control_panel.home_security' },
    });
  await expect(
    page.locator('hearth-home-dashboard .tile[data-entity="alarm_control_panel.home_security"]'),
  ).toContainText('已撤防');
});

import { test, expect } from '../support/fixtures.js';
import { focused, openHearth, spoken } from '../support/focus.js';
import { waitForController } from './support.js';

// With no backend at all, the demo build answers every protocol Hearth speaks,
// from inside its service worker (HTTP) and the page (Home Assistant's WebSocket).
test('the demo build speaks M3U, XMLTV, FHIR, the service catalogue, CAP and HLS', async ({
  page,
}) => {
  await openHearth(page);
  await waitForController(page);
  const answers = await page.evaluate(async () => {
    const text = async (url: string, init?: RequestInit) => {
      const r = await fetch(url, init);
      return { status: r.status, type: r.headers.get('Content-Type') ?? '', body: await r.text() };
    };
    return {
      playlist: await text('/demo-api/channels/playlist.m3u'),
      guide: await text('/demo-api/channels/guide.xml'),
      fhir: await text('/demo-api/fhir/HealthcareService?active=true', {
        headers: { Authorization: 'Bearer demo-fhir-token' },
      }),
      fhirNoToken: await text('/demo-api/fhir/HealthcareService?active=true'),
      catalog: await text('/demo-api/services/catalog.json'),
      alerts: await text('/demo-api/alerts/feed.xml'),
      stream: await text('/demo/hls/channel.m3u8'),
      vp9: await text('/demo/hls/test-pattern-vp9.m3u8'),
    };
  });
  expect(answers.playlist.body).toMatch(/^#EXTM3U/);
  expect(answers.playlist.body.match(/#EXTINF/g)?.length).toBeGreaterThanOrEqual(25);
  expect(answers.guide.body).toContain('<tv');
  expect(answers.fhir.status).toBe(200);
  expect(JSON.parse(answers.fhir.body)).toMatchObject({
    resourceType: 'Bundle',
    type: 'searchset',
  });
  expect(answers.fhirNoToken.status).toBe(401);
  expect(JSON.parse(answers.catalog.body).services.length).toBeGreaterThan(5);
  expect(answers.alerts.body).toContain('<feed');
  // Both variants are named, H.264 first, VP9 for engines without H.264.
  expect(answers.stream.body.match(/CODECS="[^"]+"/g)).toEqual([
    'CODECS="avc1.42c01e,mp4a.40.2"',
    'CODECS="vp09.00.30.08"',
  ]);
  expect(answers.vp9.body).toContain('#EXT-X-MAP:URI="test-pattern-vp9-init.mp4"');
});

test('the demo Home Assistant answers on its WebSocket in the page', async ({ page }) => {
  await openHearth(page);
  // The hub is up once the demo build offers its trigger (data modules await backendReady()).
  await page.waitForFunction(() => typeof window.hearthDemo?.triggerHome === 'function');
  const messages = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const url = `${location.origin.replace(/^http/, 'ws')}/demo-api/home-assistant/api/websocket`;
        const socket = new WebSocket(url);
        socket.onmessage = (event) => {
          const data = JSON.parse(String(event.data)) as { type: string };
          seen.push(data.type);
          if (data.type === 'auth_required') {
            socket.send(
              JSON.stringify({ type: 'auth', access_token: 'demo-home-assistant-token' }),
            );
          } else if (data.type === 'auth_ok') {
            socket.send(JSON.stringify({ id: 1, type: 'get_states' }));
          } else {
            socket.close();
            resolve(seen);
          }
        };
        setTimeout(() => resolve(seen), 5000);
      }),
  );
  expect(messages).toEqual(['auth_required', 'auth_ok', 'result']);
});

test('settings (demo only) raises a test warning into the CAP feed', async ({ page, dpad }) => {
  await openHearth(page, '/#/settings');
  await waitForController(page);
  // The demo row loads on its own: wait for it before walking down.
  await expect(page.locator('hearth-demo-alert-row')).toBeVisible();
  for (let i = 0; i < 8; i++) {
    const hosts = (await focused(page))?.hosts ?? [];
    if (hosts.includes('HEARTH-DEMO-ALERT-ROW')) break;
    await dpad.press('Down');
  }
  // Along the row to 严重 (focus comes down onto the choice nearest the row above).
  for (let i = 0; i < 3 && (await focused(page))?.data.value !== 'Severe'; i++) {
    await dpad.press('Left');
  }
  expect((await focused(page))?.data.value).toBe('Severe');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toContain('已发出测试预警');
  const feed = await page.evaluate(async () => (await fetch('/demo-api/alerts/feed.xml')).text());
  expect(feed.match(/<entry/g)?.length).toBeGreaterThanOrEqual(2);
});

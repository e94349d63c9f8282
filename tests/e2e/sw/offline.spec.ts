import { test, expect } from '../support/fixtures.js';
import { focused, openHearth } from '../support/focus.js';
import { serveStatic } from '../../../bench/static-server.mjs';
import { cacheContents, waitForController } from './support.js';

const GUIDE = '/demo-api/channels/guide.xml';

async function fetchGuide(
  page: import('@playwright/test').Page,
): Promise<{ status: number; programmes: number }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const text = await response.text();
    return { status: response.status, programmes: (text.match(/<programme /g) ?? []).length };
  }, GUIDE);
}

test('after one visit, the portal starts with the network unplugged, with the guide it last saw', async ({
  page,
  context,
}, info) => {
  await openHearth(page);
  await waitForController(page);
  const online = await fetchGuide(page);
  expect(online.status).toBe(200);
  expect(online.programmes).toBeGreaterThan(100);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  expect((await focused(page))?.data.area).toBeTruthy();
  await expect(page.locator('hearth-network-status')).toContainText('网络已断开');
  const offline = await fetchGuide(page);
  expect(offline).toEqual(online);
  await page.screenshot({ path: info.outputPath('offline-start.png') });
});

test('with the web server stopped, a reload still shows the portal', async ({ page }) => {
  const site = await serveStatic('dist-demo');
  try {
    await page.goto(site.url);
    await waitForController(page);
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await fetchGuide(page);
  } finally {
    await site.close();
  }
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  await expect(page.locator('hearth-home')).toBeVisible();
  expect((await fetchGuide(page)).programmes).toBeGreaterThan(100);
});

test('personal data never lands in a cache', async ({ page }) => {
  await openHearth(page);
  await waitForController(page);
  // Use every kind of endpoint the demo backend has, public and personal.
  await page.evaluate(async () => {
    const auth = { Authorization: 'Bearer demo-fhir-token' };
    const get = (url: string, headers: Record<string, string> = {}) =>
      fetch(url, { headers })
        .then((r) => r.text())
        .catch(() => '');
    await get('/demo-api/channels/playlist.m3u');
    await get('/demo-api/channels/guide.xml');
    await get('/demo-api/services/catalog.json');
    await get('/demo-api/alerts/feed.xml');
    await get('/demo-api/fhir/HealthcareService?active=true', auth);
    await get('/demo-api/fhir/Appointment?patient=Patient/demo-patient', auth);
    await fetch('/demo-api/services/submissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'audit-1' },
      body: JSON.stringify({
        serviceId: 'x',
        data: { idNumber: '11010519491231002X' },
        submittedAt: new Date().toISOString(),
      }),
    }).catch(() => undefined);
  });
  await page.waitForTimeout(500);
  const entries = await cacheContents(page);
  expect(entries.some((e) => e.url.includes('guide.xml'))).toBe(true);
  const personal = entries.filter(
    (e) =>
      // Code in /assets/ is named after features (appointment-reminder-….js): not data.
      (!new URL(e.url).pathname.startsWith('/assets/') &&
        /fhir|submissions|home-assistant|token|Appointment|Patient/i.test(e.url)) ||
      /Bearer|11010519491231002X|demo-fhir-token|demo-home-assistant-token|"resourceType"\s*:\s*"(Patient|Appointment)"/.test(
        e.body,
      ),
  );
  expect(personal).toEqual([]);
});

import { test, expect } from '../support/fixtures.js';
import { openHearth } from '../support/focus.js';
import { cacheContents, waitForController } from './support.js';

const HOME_TOKEN = 'operator-home-token-4f9c2a';
const FHIR_TOKEN = 'operator-fhir-token-8d1e7b';

const OPERATOR_CONFIG = {
  operator: { name: '测试运营商' },
  sources: {
    home: { url: 'http://127.0.0.1:9', token: HOME_TOKEN },
    health: {
      fhirBaseUrl: 'http://127.0.0.1:9/fhir',
      patient: 'Patient/demo-patient',
      token: FHIR_TOKEN,
    },
  },
};

test('the config kept for offline starts holds no token, and an offline start gets them back from the vault', async ({
  page,
  context,
}) => {
  await context.route(
    (url) => url.pathname === '/operator-config.json',
    (route) => route.fulfill({ json: OPERATOR_CONFIG, headers: { 'Cache-Control': 'no-cache' } }),
  );
  await openHearth(page, '/?config=/operator-config.json#/');
  await waitForController(page);
  // Through the worker this time, so it keeps its copy.
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);

  await expect
    .poll(async () =>
      (await cacheContents(page)).filter((entry) => entry.url.includes('operator-config')),
    )
    .toHaveLength(1);
  const cached = await cacheContents(page);
  for (const entry of cached) {
    expect(entry.body, entry.url).not.toContain(HOME_TOKEN);
    expect(entry.body, entry.url).not.toContain(FHIR_TOKEN);
  }
  const kept = cached.find((entry) => entry.url.includes('operator-config'));
  expect(kept?.body).toContain('测试运营商');

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
  const tokens = await page.evaluate(() => {
    const sources = document.querySelector('hearth-app')?.config.sources;
    return [sources?.home?.token, sources?.health?.token];
  });
  expect(tokens).toEqual([HOME_TOKEN, FHIR_TOKEN]);
});

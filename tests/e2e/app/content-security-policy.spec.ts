import { test, expect } from '../support/fixtures.js';
import { openHearth } from '../support/focus.js';

// The built portal carries its Content-Security-Policy in index.html, first in
// <head>; every other test fails on a refusal, so this one checks it refuses.
test('the portal refuses a script or a <base> slipped into the page', async ({
  page,
  cspViolations,
}) => {
  await openHearth(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain("'unsafe-inline' 'sha256"); // scripts by hash, never inline at large
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.hearthInjected = true';
    document.body.append(script);
    const base = document.createElement('base');
    base.href = 'http://127.0.0.1:9/';
    document.head.append(base);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      injected: (window as { hearthInjected?: boolean }).hearthInjected === true,
      baseTaken: document.baseURI.startsWith('http://127.0.0.1:9/'),
    };
  });
  expect(ran).toEqual({ injected: false, baseTaken: false });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  // Expected refusals: taken out so the fixture's check passes.
  cspViolations.splice(0);
});

import { test, expect } from '../support/fixtures.js';
import { openHearth } from '../support/focus.js';

// The built portal carries its Content-Security-Policy in index.html, first in
// <head>; every other test fails on a refusal (so the pages' own keyboards,
// forms, alerts and stage, which bind styles, show none is needed), and this one
// checks it refuses.
test('the portal refuses a script or a <base> slipped into the page', async ({
  page,
  cspViolations,
}) => {
  await openHearth(page);
  const policies = page.locator('meta[http-equiv="Content-Security-Policy"]');
  // The built one, then the stricter style policy the page adds on this engine.
  await expect(policies).toHaveCount(2);
  await expect(policies.nth(1)).toHaveAttribute('content', "style-src 'self'");
  const policy = await policies.first().getAttribute('content');
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain("'unsafe-inline' 'sha256"); // scripts by hash, never inline at large
  const scriptSources = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
  expect(scriptSources).not.toContain("'unsafe-eval'"); // Lightning and the form engine run without it
  expect(scriptSources).not.toContain('data:'); // plugin-legacy's probe is a file of the portal's
  // A current Chromium still takes the modern build: the probe moved, it did not break.
  expect(
    await page.evaluate(
      () => (window as { __vite_is_modern_browser?: boolean }).__vite_is_modern_browser,
    ),
  ).toBe(true);
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
  // This engine adopts stylesheets, so the portal forbids inline styles too: an
  // injected <style> or style="…" changes nothing.
  const styled = await page.evaluate(async () => {
    const box = document.createElement('div');
    box.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(box);
    const sheet = document.createElement('style');
    sheet.textContent = 'body { visibility: hidden }';
    document.head.append(sheet);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      attribute: getComputedStyle(box).color,
      sheet: getComputedStyle(document.body).visibility,
    };
  });
  expect(styled.attribute).not.toBe('rgb(255, 0, 0)');
  expect(styled.sheet).toBe('visible');
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(4);
  // Expected refusals: taken out so the fixture's check passes.
  cspViolations.splice(0);
});

/**
 * The operator's catalogue failing in the two ways a household can meet: the
 * gateway down (a 500), and a catalogue that breaks the contract. Each says so
 * in words with a 再试一次 button that has focus, and OK on it tries again, so
 * the area recovers without a reload once the operator has fixed things.
 */
import { test, expect } from '../support/fixtures.js';
import { openBehindNewPin } from '../support/pin.js';
import { holdsFocus } from '../support/walk.js';
import { buildServiceCatalog } from '../../../src/demo/services/catalog.js';

test('a failing catalogue is explained, and 再试一次 loads it once it is fixed', async ({
  page,
  context,
  dpad,
}) => {
  let answer: 'down' | 'broken' | 'fixed' = 'down';
  await context.route(
    (url) => url.pathname === '/operator-catalog.json',
    (route) => {
      if (answer === 'down') return route.fulfill({ status: 500, body: 'gateway error' });
      if (answer === 'broken') return route.fulfill({ json: { categories: 'all of them' } });
      return route.fulfill({ json: buildServiceCatalog() });
    },
  );
  await context.route(
    (url) => url.pathname === '/operator-config.json',
    (route) =>
      route.fulfill({ json: { sources: { services: { catalogUrl: '/operator-catalog.json' } } } }),
  );
  await openBehindNewPin(page, dpad, '/?config=/operator-config.json#/services');

  const screen = page.locator('hearth-services');
  const retry = screen.locator('[data-action="retry"]');
  await expect(screen.getByRole('alert')).toContainText('暂时连不上政务服务平台', {
    timeout: 15_000,
  });
  await expect.poll(() => holdsFocus(retry)).toBe(true);

  answer = 'broken';
  await dpad.press('Ok');
  await expect(screen.getByRole('alert')).toContainText('服务目录的格式有误，请联系运营商');
  await expect.poll(() => holdsFocus(retry)).toBe(true);

  answer = 'fixed';
  await dpad.press('Ok');
  await expect(screen.locator('[data-category="culture-sports"]')).toBeVisible();
  await expect(screen.getByRole('alert')).toHaveCount(0);
});

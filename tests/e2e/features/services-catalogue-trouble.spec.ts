/**
 * The operator's catalogue failing in the ways a household can meet: the
 * gateway down (a 500), a catalogue that breaks the contract, and a hostile
 * one (a field nested 2,000 deep, a pattern that backtracks for seconds). Each
 * says so in words with a 再试一次 button that has focus, and OK on it tries
 * again, so the area recovers without a reload once the operator has fixed things.
 */
import { test, expect } from '../support/fixtures.js';
import { openBehindNewPin } from '../support/pin.js';
import { holdsFocus } from '../support/walk.js';
import { buildServiceCatalog } from '@src/demo/services/catalog.js';

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

/** A copy of the demo catalogue to spoil (its services share their form objects). */
const demoCatalogue = (): ReturnType<typeof buildServiceCatalog> =>
  JSON.parse(JSON.stringify(buildServiceCatalog()));

/** The demo catalogue with its first service's form nesting one field `depth` deep. */
function deeplyNested(depth: number) {
  const catalog = demoCatalogue();
  const title = { 'zh-CN': '嵌套', en: 'Nested' };
  let field: Record<string, unknown> = { type: 'string', 'x-title': title };
  for (let i = 0; i < depth; i++)
    field = { type: 'object', 'x-title': title, properties: { f: field } };
  const [first] = catalog.services;
  if (first)
    first.form.schema.properties = { f: field } as unknown as typeof first.form.schema.properties;
  return catalog;
}

/** The demo catalogue with one service asking for digits with `^(\d+)+$`. */
function withCatastrophicPattern() {
  const catalog = demoCatalogue();
  const frozen = catalog.services[1];
  if (!frozen) throw new Error('demo catalogue too small');
  frozen.form.schema.properties = {
    ...frozen.form.schema.properties,
    digits: {
      type: 'string',
      title: '数字',
      'x-title': { 'zh-CN': '数字', en: 'Digits' },
      pattern: '^(\\d+)+$',
    },
  };
  return { catalog, title: frozen.title['zh-CN'] };
}

test('a hostile catalogue is refused in words, and 再试一次 loads the fixed one without its unsafe service', async ({
  page,
  context,
  dpad,
}, info) => {
  let answer: 'deep' | 'fixed' = 'deep';
  const fixed = withCatastrophicPattern();
  await context.route(
    (url) => url.pathname === '/operator-catalog.json',
    (route) => route.fulfill({ json: answer === 'deep' ? deeplyNested(2_000) : fixed.catalog }),
  );
  await context.route(
    (url) => url.pathname === '/operator-config.json',
    (route) =>
      route.fulfill({ json: { sources: { services: { catalogUrl: '/operator-catalog.json' } } } }),
  );
  await openBehindNewPin(page, dpad, '/?config=/operator-config.json#/services');

  const screen = page.locator('hearth-services');
  const retry = screen.locator('[data-action="retry"]');
  await expect(screen.getByRole('alert')).toContainText(
    '服务目录过大或层次过深，电视无法安全载入，请联系运营商',
    { timeout: 15_000 },
  );
  await expect.poll(() => holdsFocus(retry)).toBe(true);
  await page.screenshot({ path: info.outputPath('services-catalogue-too-deep.png') });

  answer = 'fixed';
  await dpad.press('Ok');
  await expect(screen.locator('[data-category="culture-sports"]')).toBeVisible();
  await expect(screen.getByRole('alert')).toHaveCount(0);
  const notice = screen.locator('hearth-services-catalogue [data-skipped="unsafe"]');
  await expect(notice).toContainText(`暂时无法办理：${fixed.title}`);
  await expect(notice).toContainText('可能让电视卡住');
  await page.screenshot({ path: info.outputPath('services-catalogue-unsafe-service.png') });
});

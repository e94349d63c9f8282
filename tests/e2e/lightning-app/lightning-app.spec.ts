/**
 * Live TV as a Lightning SDK app (issue #21): dist-lightning/ started as a store
 * would start it, beside the operator's config.json, its playlist and guide on a
 * loopback operator server (the engine matrix's, tests/engines/operator-servers.ts).
 * Driven with an RDK remote's key codes through the SDK's own key handling; what
 * the canvas shows is read from the speech bridge, as a screen reader would.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../../bench/static-server.mjs';
import { importTypeScript } from '../../../scripts/import-typescript.mjs';
import type { OperatorServers } from '../../engines/operator-servers.js';
import { test, expect } from '../support/fixtures.js';
import { spoken } from '../support/focus.js';
import { openFromChannelGroups } from '../support/channel-groups.js';

const ROOT = join(import.meta.dirname, '../../..');

let operator: OperatorServers;
let app: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  // Bundled as the engine matrix loads it: it finds each area's demo data by file name.
  const { startOperatorServers } = (await importTypeScript(
    join(ROOT, 'tests/engines/operator-servers.ts'),
  )) as typeof import('../../engines/operator-servers.js');
  operator = await startOperatorServers(join(ROOT, 'public'));
  app = await serveStatic(join(ROOT, 'dist-lightning'), {
    extra: { '/config.json': { body: operator.config, type: 'application/json' } },
  });
});

test.afterAll(async () => {
  await app?.close();
  await operator?.close();
});

/** The SDK's video (its VideoPlayer made it) shows decoded frames and its time moves. */
async function waitForSdkPicture(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const video = document.querySelector<HTMLVideoElement>('video#video-player');
          return video ? video.readyState >= 2 && video.currentTime > 0 : false;
        }),
      { timeout: 15_000 },
    )
    .toBe(true);
}

test('the Lightning SDK app plays a channel, zaps with CH+ and CH−, opens the grid guide, and Back at the top calls onClose', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(60_000);
  dpad.platform = 'rdk';
  await page.goto(`${app.url}/?platform=rdk`);
  await waitForSdkPicture(page);
  await expect.poll(() => spoken(page)).toMatch(/^1 演示综合/);
  await page.screenshot({ path: info.outputPath('playing.png') });

  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
  await dpad.press('ChannelDown');
  await expect.poll(() => spoken(page)).toMatch(/^1 演示综合/);
  await waitForSdkPicture(page);

  // The guide, once read in its worker, puts times in what is said; then the grid.
  await expect.poll(() => spoken(page), { timeout: 20_000 }).toMatch(/\d\d:\d\d 至 \d\d:\d\d/);
  await openFromChannelGroups(page, dpad, '节目指南');
  await expect.poll(() => spoken(page)).toMatch(/^演示综合, .+, \d\d:\d\d 至 \d\d:\d\d/);
  await page.screenshot({ path: info.outputPath('guide.png') });

  // Back closes the grid, then Back at the top leaves through platformSettings.onClose.
  await dpad.press('Back');
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByName('hearth:lightning-app-close').length),
    )
    .toBe(0);
  await dpad.press('Back');
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByName('hearth:lightning-app-close').length),
    )
    .toBe(1);
  // The app is gone from the screen and the stream is let go.
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() => document.querySelector('video#video-player')?.hasAttribute('src')),
    )
    .toBe(false);
});

/** What the app says urgently (a problem on the stage), as a screen reader hears it. */
async function saidUrgently(page: Page): Promise<string> {
  return (await page.locator('[data-speech="assertive"]').textContent()) ?? '';
}

const problemsShown = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('hearth:lightning-app-problem').length);

const closed = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('hearth:lightning-app-close').length);

test('a broken config, or a channel list it cannot reach, is said on the stage with 再试一次 and 离开', async ({
  page,
  dpad,
}, info) => {
  dpad.platform = 'rdk';
  const json = (value: unknown) => ({ body: JSON.stringify(value), type: 'application/json' });
  const broken = await serveStatic(join(ROOT, 'dist-lightning'), {
    extra: { '/config.json': json({ features: 5, timeZone: 'Mars/Olympus' }) },
  });
  const config = JSON.parse(operator.config) as Record<string, unknown>;
  // Port 9 (discard): nothing listens on loopback, so the list cannot be fetched.
  config['sources'] = { channels: { playlistUrl: 'http://127.0.0.1:9/channels.m3u' } };
  const unreachable = await serveStatic(join(ROOT, 'dist-lightning'), {
    extra: { '/config.json': json(config) },
  });
  try {
    await page.goto(`${broken.url}/?platform=rdk`);
    await expect.poll(() => saidUrgently(page)).toContain('运营商的设置文件有误');
    await expect.poll(() => saidUrgently(page)).toContain('/features');
    await page.screenshot({ path: info.outputPath('broken-config.png') });
    // 再试一次 comes first and reads the file again (still broken); Right, then OK, leaves.
    await dpad.press('Ok');
    await expect.poll(() => problemsShown(page)).toBe(2);
    await dpad.press('Right');
    await expect.poll(() => saidUrgently(page)).toBe('离开');
    await dpad.press('Ok');
    await expect.poll(() => closed(page)).toBe(1);

    await page.goto(`${unreachable.url}/?platform=rdk`);
    await expect.poll(() => saidUrgently(page)).toContain('频道列表没能载入');
    await expect.poll(() => saidUrgently(page)).toContain('连不上服务器');
    await page.screenshot({ path: info.outputPath('list-unreachable.png') });
    await dpad.press('Back');
    await expect.poll(() => closed(page)).toBe(1);
    await expect(page.locator('canvas')).toHaveCount(0);
  } finally {
    await broken.close();
    await unreachable.close();
  }
});

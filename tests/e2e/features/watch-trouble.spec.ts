/**
 * Live TV when things go wrong, and when something more important comes up:
 * a dead stream, a missing guide, a radio channel, a warning over the picture,
 * a box without WebGL, and a list and a guide too big for a TV.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { focused, openHearth, spoken } from '../support/focus.js';
import { waitForController } from '../sw/support.js';
import { raiseWarning, readTheWarning } from '../support/alerts.js';

const atPath = (path: string) => (url: URL) => url.pathname === path;

/** Serves /watch-test.json: live TV and settings, with `channels` as the channel source. */
function routeWatchConfig(
  context: BrowserContext,
  channels: { playlistUrl: string; guideUrl?: string },
) {
  return context.route(atPath('/watch-test.json'), (route) =>
    route.fulfill({
      json: {
        operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
        features: ['watch', 'settings'],
        sources: { channels },
      },
    }),
  );
}

/**
 * `megabytes` of one programme over and over, gzipped as it is made: a gzip bomb
 * of a few hundred kilobytes that never sits whole in this process.
 */
async function programmeBomb(megabytes: number): Promise<Buffer> {
  const programme =
    '<programme start="20250301000000 +0000" stop="20250301010000 +0000" channel="c1"><title>节目</title></programme>\n';
  const piece = programme.repeat(600);
  const chunks: Buffer[] = [];
  await pipeline(
    Readable.from(
      (function* () {
        yield '<tv>\n';
        for (let made = 0; made < megabytes * 1024 * 1024; made += piece.length) yield piece;
        yield '</tv>\n';
      })(),
    ),
    createGzip({ level: 9 }),
    async (gzipped: AsyncIterable<Buffer>) => {
      for await (const chunk of gzipped) chunks.push(chunk);
    },
  );
  return Buffer.concat(chunks);
}

function videoState(page: Page) {
  return page.evaluate(() => {
    const video = document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')
      ?.shadowRoot?.querySelector('video');
    return video
      ? {
          playing: !video.paused && video.readyState >= 2,
          muted: video.muted,
          time: video.currentTime,
        }
      : null;
  });
}

test('a dead stream says so and offers the next channel; no guide still leaves the channel list; radio shows a still', async ({
  page,
  context,
  dpad,
}, info) => {
  const playlist = [
    '#EXTM3U',
    '#EXTINF:-1 tvg-id="dead" tvg-chno="1",坏频道',
    '/test-lists/dead.m3u8',
    '#EXTINF:-1 tvg-id="good" tvg-chno="2" group-title="测试",好频道',
    '/demo/hls/test-pattern.m3u8',
    '#EXTINF:-1 tvg-id="radio" tvg-chno="3" radio="true" tvg-logo="/demo/logos/demo-radio-news.svg" group-title="广播",演示电台',
    '/demo/hls/test-pattern.m3u8',
  ].join('\n');
  await context.route(atPath('/test-lists/dead.m3u8'), (route) => route.fulfill({ status: 404 }));
  await context.route(atPath('/test-lists/list.m3u'), (route) =>
    route.fulfill({ body: playlist, contentType: 'audio/x-mpegurl' }),
  );
  await context.route(atPath('/test-lists/guide.xml'), (route) => route.fulfill({ status: 500 }));
  await routeWatchConfig(context, {
    playlistUrl: '/test-lists/list.m3u',
    guideUrl: '/test-lists/guide.xml',
  });
  await openHearth(page, '/?config=/watch-test.json#/watch');
  await expect
    .poll(() => spoken(page), { timeout: 30_000 })
    .toMatch(/^坏频道 暂时无法播放.*看下一个频道：好频道/);
  await page.screenshot({ path: info.outputPath('dead-stream.png') });
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^2 好频道/);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
  // The guide failed, yet the channel list opens and tunes.
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toBe('2, 好频道');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toBe('3, 演示电台');
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^3 演示电台/);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
  await page.screenshot({ path: info.outputPath('radio.png') });
});

/**
 * Opens live TV on a list of channels 1, 2, 3 and 12 whose download is held until the
 * returned `release()`, once the screen says it is loading.
 */
async function openOnHeldList(page: Page, context: BrowserContext): Promise<() => void> {
  const playlist = ['#EXTM3U']
    .concat(
      [1, 2, 3, 12].flatMap((n) => [
        `#EXTINF:-1 tvg-id="c${n}" tvg-chno="${n}",频道${n}`,
        '/demo/hls/test-pattern.m3u8',
      ]),
    )
    .join('\n');
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(atPath('/test-lists/slow.m3u'), async (route) => {
    await released;
    await route.fulfill({ body: playlist, contentType: 'audio/x-mpegurl' });
  });
  await routeWatchConfig(context, { playlistUrl: '/test-lists/slow.m3u' });
  await openHearth(page, '/?config=/watch-test.json#/watch');
  await expect(page.locator('hearth-watch .status')).toContainText('正在载入频道');
  return release;
}

test('CH+ pressed twice while a slow channel list loads goes two channels on once it has loaded', async ({
  page,
  context,
  dpad,
}) => {
  const release = await openOnHeldList(page, context);
  await dpad.press('ChannelUp');
  await dpad.press('ChannelUp');
  release();
  // Channel 1, then two CH+ on from it.
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^3 频道3/);
  await expect(page.locator('hearth-watch canvas')).toBeFocused();
});

test('digits typed while a slow channel list loads tune that channel once it has loaded', async ({
  page,
  context,
  dpad,
}) => {
  const release = await openOnHeldList(page, context);
  await dpad.press('Digit1');
  await dpad.press('Digit2');
  release();
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^12 频道12/);
});

test('a channel in a format this TV cannot decode says so at once and offers only the next channel', async ({
  page,
  context,
  dpad,
}, info) => {
  // Dolby Vision: no decoder in a desktop Chromium on Linux, as HEVC is none on an older box.
  const dolbyVision = [
    '#EXTM3U',
    '#EXT-X-STREAM-INF:BANDWIDTH=8000000,RESOLUTION=3840x2160,CODECS="dvh1.05.06"',
    'uhd/index.m3u8',
  ].join('\n');
  const playlist = [
    '#EXTM3U',
    '#EXTINF:-1 tvg-chno="1",超高清频道',
    '/test-lists/uhd.m3u8',
    '#EXTINF:-1 tvg-chno="2",好频道',
    '/demo/hls/test-pattern.m3u8',
  ].join('\n');
  let uhdLoads = 0;
  await context.route(atPath('/test-lists/uhd.m3u8'), (route) => {
    uhdLoads++;
    return route.fulfill({ body: dolbyVision, contentType: 'application/vnd.apple.mpegurl' });
  });
  await context.route(atPath('/test-lists/list.m3u'), (route) =>
    route.fulfill({ body: playlist, contentType: 'audio/x-mpegurl' }),
  );
  await routeWatchConfig(context, { playlistUrl: '/test-lists/list.m3u' });
  await openHearth(page, '/?config=/watch-test.json#/watch');
  await expect
    .poll(() => spoken(page), { timeout: 15_000 })
    .toMatch(/^这台电视播放不了 超高清频道.*看下一个频道：好频道/);
  await page.screenshot({ path: info.outputPath('unsupported-format.png') });
  // Retrying cannot help, so it is neither offered nor done behind the household's back.
  expect(await spoken(page)).not.toContain('再试一次');
  expect(uhdLoads).toBe(1);
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^2 好频道/);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
});

test('a severe warning over live TV pauses the picture until it is acknowledged', async ({
  page,
  dpad,
}) => {
  await openHearth(page, '/#/watch');
  await waitForController(page);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
  await raiseWarning(page, { severity: 'Extreme', kind: 'earthquake' });
  const takeover = page.locator('hearth-alert-overlay').getByRole('alertdialog');
  await expect(takeover).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => (await videoState(page))?.playing).toBe(false);
  expect((await videoState(page))?.muted).toBe(true);
  // CH+ belongs to the warning while it is up: the channel does not change.
  await dpad.press('ChannelUp');
  await readTheWarning(page);
  await dpad.press('Ok');
  await expect(takeover).toHaveCount(0);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 10_000 }).toBe(true);
  expect((await videoState(page))?.muted).toBe(false);
  await expect.poll(async () => (await focused(page))?.hosts).toContain('HEARTH-WATCH');
});

test('without WebGL the overlays are drawn with canvas2d', async ({ page, dpad }, info) => {
  await openHearth(page, '/?renderer=canvas2d#/watch');
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  const drawsIn2d = await page.evaluate(() => {
    const canvas = document
      .querySelector('hearth-app')
      ?.shadowRoot?.querySelector('hearth-watch')
      ?.shadowRoot?.querySelector('canvas');
    // A canvas holds one kind of context: only a 2d one hands out a 2d context again.
    return canvas?.getContext('2d') !== null;
  });
  expect(drawsIn2d).toBe(true);
  await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/\d\d:\d\d 至 \d\d:\d\d/);
  await dpad.press('Right');
  await expect.poll(() => spoken(page)).toMatch(/^演示综合, /);
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^演示财经, .+ 至 /);
  await page.screenshot({ path: info.outputPath('mini-guide-canvas2d.png') });
  // OK on what is on now tunes that channel.
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
});

test('a channel list with nothing playable is explained, and 再试一次 plays once the operator fixes it', async ({
  page,
  context,
  dpad,
}, info) => {
  let fixed = false;
  const goodList = ['#EXTM3U', '#EXTINF:-1 tvg-chno="1",好频道', '/demo/hls/test-pattern.m3u8'];
  await context.route(atPath('/test-lists/list.m3u'), (route) =>
    route.fulfill({
      body: fixed ? goodList.join('\n') : '<html>502 Bad Gateway</html>',
      contentType: 'audio/x-mpegurl',
    }),
  );
  await routeWatchConfig(context, { playlistUrl: '/test-lists/list.m3u' });
  const watch = page.locator('hearth-watch');
  // Twice: by the second start the worker keeps the broken list as its offline copy.
  await openHearth(page, '/?config=/watch-test.json#/watch');
  for (const start of ['first', 'second']) {
    if (start === 'second') await page.reload();
    await expect(watch, `${start} start`).toContainText(
      '频道列表里没有能播放的频道。请联系运营商。',
      { timeout: 30_000 },
    );
  }
  await expect.poll(async () => (await focused(page))?.text).toContain('再试一次');
  await page.screenshot({ path: info.outputPath('list-failed.png') });

  // The operator fixes the list; OK on 再试一次 (which has focus) fetches it again.
  fixed = true;
  await dpad.press('Ok');
  await expect.poll(() => spoken(page), { timeout: 30_000 }).toMatch(/^1 好频道/);
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
});

test('a channel list and a gzip guide too big for a TV are cut at their caps, and the household is told', async ({
  page,
  context,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  const entries = Array.from(
    { length: 6_000 },
    (_, i) =>
      `#EXTINF:-1 tvg-id="c${i + 1}" tvg-chno="${i + 1}",频道 ${i + 1}\n/demo/hls/test-pattern.m3u8`,
  );
  const bomb = await programmeBomb(128);
  await context.route(atPath('/test-lists/list.m3u'), (route) =>
    route.fulfill({ body: ['#EXTM3U', ...entries].join('\n'), contentType: 'audio/x-mpegurl' }),
  );
  // Published as guide.xml.gz without Content-Encoding: the guide worker inflates it itself.
  await context.route(atPath('/test-lists/guide.xml.gz'), (route) =>
    route.fulfill({ body: bomb, contentType: 'application/gzip' }),
  );
  await routeWatchConfig(context, {
    playlistUrl: '/test-lists/list.m3u',
    guideUrl: '/test-lists/guide.xml.gz',
  });

  await openHearth(page, '/?config=/watch-test.json#/watch');

  expect(bomb.length).toBeLessThan(1024 * 1024);
  await expect
    .poll(() => spoken(page), { timeout: 30_000 })
    .toMatch(/^频道列表太大\. 这台电视只载入了前5000个频道，其余的频道不会显示。.*好的$/);
  await page.screenshot({ path: info.outputPath('list-capped.png') });
  await dpad.press('Ok');
  // The guide stops at its cap, is served, and says so after the list's notice.
  await expect
    .poll(() => spoken(page), { timeout: 60_000 })
    .toMatch(/^节目单太大\. 这台电视只载入了节目单的前一部分/);
  await page.screenshot({ path: info.outputPath('guide-capped.png') });
  await dpad.press('Ok');
  await expect.poll(async () => (await videoState(page))?.playing, { timeout: 15_000 }).toBe(true);
  // What was kept works: the 5,000th channel tunes by its number.
  for (const digit of '5000') await dpad.press(`Digit${digit}` as Parameters<typeof dpad.press>[0]);
  await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^5000 频道 5000/);
});

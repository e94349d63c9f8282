/**
 * Live TV with a guide of the shape real operators publish (bench/operator-guide.mjs):
 * 1,500 channels and about 200,000 programmes over a week, served gzipped, with the
 * irregularities tidy generated guides lack (one-minute fillers, 开始 at 00:00,
 * duplicates, overlaps, gaps, past-only and future-only channels), and the operator's
 * CRLF playlist with `catchup="append"` on its header. Such a guide froze the page the
 * moment the grid opened (Lightning's text wrapping never finished on a one-minute
 * programme's cell); the household must be able to open it, move through it and
 * replay a past programme with the remote alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import {
  operatorPlaylist,
  shanghaiMidnight,
  writeOperatorGuide,
  type OperatorChannel,
} from '../../../bench/operator-guide.mjs';
import { test, expect } from '../support/fixtures.js';
import { openHearth, spoken } from '../support/focus.js';
import { waitForPicture } from '../support/video.js';
import { openFromChannelGroups } from '../support/channel-groups.js';
import type { Dpad } from '../support/dpad.js';

const atPath = (path: string) => (url: URL) => url.pathname === path;
const STREAM = '/demo/hls/test-pattern.m3u8';

let dir = '';
let guideFile = '';
let channels: OperatorChannel[] = [];

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-operator-guide-'));
  // Three days back and four ahead, from Shanghai's midnight: the grid has a past to replay.
  const written = await writeOperatorGuide(join(dir, 'guide.xml'), {
    start: shanghaiMidnight(Date.now(), 3),
    gzip: true,
  });
  guideFile = join(dir, 'guide.xml.gz');
  channels = written.channels;
});

test.afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Serve the operator's config, playlist and gzipped guide, and open live TV with them. */
async function openOperatorLiveTv(page: Page): Promise<void> {
  const context = page.context();
  await context.route(atPath('/operator/guide.xml.gz'), (route) =>
    route.fulfill({ path: guideFile, contentType: 'application/gzip' }),
  );
  await context.route(atPath('/operator/channels.m3u'), (route) =>
    route.fulfill({
      body: operatorPlaylist(channels, { stream: STREAM, guideUrl: '/operator/guide.xml.gz' }),
      contentType: 'audio/x-mpegurl',
    }),
  );
  await context.route(atPath('/operator-config.json'), (route) =>
    route.fulfill({
      json: {
        operator: { name: 'Hearth', theme: { accent: '#e8a33d' } },
        locale: 'zh-CN',
        timeZone: 'Asia/Shanghai',
        features: ['watch', 'settings'],
        sources: {
          channels: {
            playlistUrl: '/operator/channels.m3u',
            guideUrl: '/operator/guide.xml.gz',
          },
        },
      },
    }),
  );
  await openHearth(page, '/?config=/operator-config.json#/watch');
  await expect(page.locator('hearth-watch canvas')).toBeFocused({ timeout: 15_000 });
  // The 40 MB guide is read in its worker; then the first channel is said with its programme.
  await expect
    .poll(() => spoken(page), { timeout: 60_000 })
    .toMatch(/^1 CCTV-1, .+, \d\d:\d\d 至 \d\d:\d\d/);
  await waitForPicture(page);
}

/** The page still draws frames: a frozen page never runs the callback. */
async function drawsFrames(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => resolve(true));
        setTimeout(() => resolve(false), 3000);
      }),
  );
}

/** From live TV, the grid guide, opened on CCTV-1. */
async function openGrid(page: Page, dpad: Dpad) {
  await openFromChannelGroups(page, dpad, '节目指南');
  await expect.poll(() => spoken(page)).toMatch(/^CCTV-1, .+, \d\d:\d\d 至 \d\d:\d\d/);
}

test('a real-shaped operator guide opens in the grid, moves with the arrows and replays a past programme; a guide that stops answering gives live TV back', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(180_000);
  // Lets the test drop the page's questions to the guide worker later on, as a worker
  // that stopped answering would (the last part of the test).
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const stalled = (window as unknown as { __stallGuide?: boolean }).__stallGuide;
      if (stalled && (message as { type?: string } | null)?.type === 'query') return;
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof Worker.prototype.postMessage;
  });
  const streams: string[] = [];
  page.on('request', (request: Request) => {
    if (request.url().includes(STREAM)) streams.push(request.url());
  });
  await openOperatorLiveTv(page);
  await openGrid(page, dpad);
  expect(await drawsFrames(page)).toBe(true);
  await page.screenshot({ path: info.outputPath('operator-guide.png') });

  // Right steps through programmes (one-minute fillers included), Left comes back.
  // A programme longer than the window (CI met 11:24–15:28) takes a few presses: each
  // slides the window half an hour along it until the next one is in view.
  const first = await spoken(page);
  let presses = 0;
  for (; presses < 8 && (await spoken(page)) === first; presses++) {
    await dpad.press('Right');
    await page.waitForTimeout(300);
  }
  await expect.poll(() => spoken(page)).not.toBe(first);
  await dpad.press('Right');
  await dpad.press('Left', presses + 1);
  await expect.poll(() => spoken(page)).toMatch(/^CCTV-1, /);
  // Down through the channels; the 14th (CCTV-14) has programmes only days ago: none now.
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^CCTV-2, /);
  for (let i = 0; i < 11; i++) await dpad.press('Down');
  await expect.poll(() => spoken(page)).toBe('CCTV-14, 暂无节目信息');
  expect(await drawsFrames(page)).toBe(true);
  await page.screenshot({ path: info.outputPath('operator-guide-moved.png') });
  for (let i = 0; i < 12; i++) await dpad.press('Up');
  await expect.poll(() => spoken(page)).toMatch(/^CCTV-1, /);

  // Up from the first channel reaches the days; Left is yesterday, whose programmes replay.
  await dpad.press('Up');
  await expect.poll(() => spoken(page)).toBe('今天');
  await dpad.press('Left');
  await expect.poll(() => spoken(page)).toBe('昨天');
  await dpad.press('Down');
  await expect.poll(() => spoken(page)).toMatch(/^CCTV-1, .+, \d\d:\d\d 至 \d\d:\d\d，可以回看$/);
  const described = await spoken(page);
  const [, startText, stopText] = /, (\d\d:\d\d) 至 (\d\d:\d\d)/.exec(described) ?? [];
  const before = streams.length;
  await dpad.press('Ok');
  await expect.poll(() => spoken(page)).toMatch(/^回看：CCTV-1/);
  await expect.poll(() => streams.length).toBeGreaterThan(before);
  // catchup="append" with `?playseek=${(b)yyyyMMddHHmmss}-${(e)yyyyMMddHHmmss}`: Shanghai time.
  const playseek = new URL(streams.at(-1) ?? '').searchParams.get('playseek') ?? '';
  expect(playseek).toMatch(/^\d{14}-\d{14}$/);
  const [begin, end] = playseek.split('-') as [string, string];
  const clock = (stamp: string) => `${stamp.slice(8, 10)}:${stamp.slice(10, 12)}`;
  expect(clock(begin)).toBe(startText);
  expect(clock(end)).toBe(stopText);
  const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  expect(begin.slice(0, 8)).toBe(yesterday.replaceAll('-', ''));
  await waitForPicture(page);

  // The guide worker stops answering: the grid gives up within seconds, live TV plays on.
  await openGrid(page, dpad);
  await page.evaluate(() => {
    (window as unknown as { __stallGuide?: boolean }).__stallGuide = true;
  });
  // Green: a day ahead, whose programmes were never fetched.
  await dpad.press('Green');
  await expect.poll(() => spoken(page), { timeout: 8_000 }).toMatch(/^节目单暂时无法显示/);
  await page.screenshot({ path: info.outputPath('grid-not-shown.png') });
  await waitForPicture(page);
  // OK dismisses the notice; live TV still takes keys (CH+ zaps).
  await dpad.press('Ok');
  await dpad.press('ChannelUp');
  await expect.poll(() => spoken(page)).toMatch(/^2 CCTV-2/);
});

/**
 * Live TV on the production build (what operators deploy: no demo backend in the
 * page), its config.json naming a loopback operator whose playlist, guide and
 * streams come across origins over real HTTP (tests/engines/operator-servers.ts).
 * Each of the live-TV household features, walked with the remote as on the demo
 * build: starting into live TV on the last channel, a guide that arrives after the
 * first zap (the channel banner clear of a warning's strip), sound and subtitles,
 * pausing live, 我的频道 and 最近观看, 搜索节目, the channel lock, and a reminder
 * coming over a half-typed name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../../bench/static-server.mjs';
import { importTypeScript } from '../../../scripts/import-typescript.mjs';
import type { OperatorServers } from '../../engines/operator-servers.js';
import { DEMO_ENDPOINTS } from '@src/demo/endpoints.js';
import { test, expect } from '../support/fixtures.js';
import { focused, focusWithin, liveTvFocused, spoken } from '../support/focus.js';
import { openBehindNewPin } from '../support/pin.js';
import { openChannelGroups } from '../support/channel-groups.js';
import { pageNow } from '../support/page-clock.js';
import { subtitlesOnScreen, videoClock, videoSource, waitForPicture } from '../support/video.js';
import {
  holdsFocus,
  pickCandidate,
  pressScreenKey,
  typeOnScreen,
  walkTo,
} from '../support/walk.js';

const ROOT = join(import.meta.dirname, '../../..');

let startOperatorServers: (typeof import('../../engines/operator-servers.js'))['startOperatorServers'];

test.beforeAll(async () => {
  expect(readFileSync(join(ROOT, 'dist/index.html'), 'utf8'), 'run npm run build first').toContain(
    '<html',
  );
  // Bundled as the engine matrix loads it: it finds each area's demo data by file name.
  ({ startOperatorServers } = (await importTypeScript(
    join(ROOT, 'tests/engines/operator-servers.ts'),
  )) as typeof import('../../engines/operator-servers.js'));
});

interface ProductionSite {
  url: string;
  operator: OperatorServers;
  close(): Promise<void>;
}

/** dist/ with a config.json naming the operator's servers; `changes` edits the config. */
async function serveProduction(
  changes: Record<string, unknown>,
  beforeAnswer?: (url: URL) => Promise<void> | undefined,
): Promise<ProductionSite> {
  const operator = await startOperatorServers(join(ROOT, 'public'), { beforeAnswer });
  const config = { ...(JSON.parse(operator.config) as Record<string, unknown>), ...changes };
  const site = await serveStatic(join(ROOT, 'dist'), {
    extra: { '/config.json': { body: JSON.stringify(config), type: 'application/json' } },
  });
  return {
    url: site.url,
    operator,
    close: async () => {
      await site.close();
      await operator.close();
    },
  };
}

test('production build: starts into live TV on the last channel; the guide fills in the banner when it comes; sound, subtitles, pausing live, 我的频道, 最近观看 and 搜索节目', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  // The guide waits until the household has zapped once, as a slow operator's does.
  let releaseGuide = () => {};
  const guideHeld = new Promise<void>((resolve) => (releaseGuide = resolve));
  // With warnings on: the operator's feed carries a moderate one, whose strip the
  // channel banner must keep clear of.
  const site = await serveProduction(
    { features: ['watch', 'alerts', 'settings'], startInLiveTv: true },
    (url) => (url.pathname === DEMO_ENDPOINTS.guide ? guideHeld : undefined),
  );
  // An LG remote: it has Pause, Play and Fast-forward keys of its own.
  dpad.platform = 'webos';
  const switchedOn = `${site.url}/?platform=webos`;
  try {
    // Switched on: live TV, no link to a screen, before any guide.
    await page.goto(switchedOn);
    await liveTvFocused(page);
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
    await dpad.press('ChannelUp');
    await expect.poll(() => spoken(page)).toMatch(/^2 演示财经/);
    expect(await spoken(page)).not.toMatch(/ 至 /);
    // The guide comes: the channel on screen is said with its programme, no key pressed.
    releaseGuide();
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^2 演示财经, .+ 至 /);
    await expect(page.locator('hearth-alert-overlay .banner')).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: info.outputPath('banner-after-late-guide.png') });

    // Green and Blue on the bilingual channel: sound and subtitles.
    await dpad.press('Digit4');
    await dpad.press('Ok');
    await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^4 演示中文国际, .+ 至 /);
    await waitForPicture(page);
    await dpad.press('Green');
    await expect.poll(() => spoken(page)).toBe('声音：粤语');
    await dpad.press('Blue');
    await expect.poll(() => spoken(page)).toBe('字幕：中文字幕');
    await expect
      .poll(() => subtitlesOnScreen(page), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^演示字幕：第 \d 段$/)]);
    await page.screenshot({ path: info.outputPath('subtitles.png') });

    // Pause on the live channel with a time-shift window; Play resumes behind live.
    await dpad.press('ChannelUp');
    await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^5 \S+, .+ 至 /);
    await waitForPicture(page);
    await dpad.press('Pause');
    await expect.poll(() => spoken(page)).toBe('已暂停。按播放键继续，按快进键回到直播');
    expect((await videoClock(page))?.paused).toBe(true);
    await page.waitForTimeout(4000);
    await dpad.press('Play');
    await expect.poll(() => spoken(page)).toMatch(/^继续播放，比直播晚 \d+ 秒$/);
    expect(Number(/(\d+) 秒/.exec(await spoken(page))?.[1])).toBeGreaterThanOrEqual(4);
    await dpad.press('FastForward');
    await expect.poll(() => spoken(page)).toBe('回到直播');
    await expect.poll(async () => (await videoClock(page))?.paused).toBe(false);

    // 我的频道: Yellow makes 演示综合 a favourite, 隐藏频道 hides 演示财经.
    await dpad.press('Ok');
    await expect.poll(() => spoken(page)).toMatch(/^5, /);
    await dpad.press('Up', 4);
    await expect.poll(() => spoken(page)).toMatch(/^1, 演示综合/);
    await dpad.press('Yellow');
    await expect.poll(() => spoken(page)).toBe('已把 演示综合 加入我的收藏');
    await dpad.press('Down');
    // Red opens a channel's options on a remote without Menu.
    await dpad.press('Red');
    await dpad.press('Right');
    await expect.poll(() => spoken(page)).toBe('隐藏频道');
    await dpad.press('Ok');
    await expect.poll(() => spoken(page)).toMatch(/^已隐藏 演示财经/);
    // 最近观看: the channels just watched, most recent first.
    await dpad.press('Left');
    await dpad.press('Down', 3);
    await expect.poll(() => spoken(page)).toBe('最近观看');
    await dpad.press('Right');
    await expect.poll(() => spoken(page)).toMatch(/^5, /);
    await dpad.press('Down');
    await expect.poll(() => spoken(page)).toMatch(/^4, 演示中文国际/);
    // 演示财经, watched and then hidden, stays in the history (docs/live-tv.md).
    await dpad.press('Down');
    await expect.poll(() => spoken(page)).toMatch(/^2, 演示财经/);
    await page.screenshot({ path: info.outputPath('recent.png') });
    await dpad.press('Up');
    await dpad.press('Ok');
    await expect.poll(() => spoken(page)).toMatch(/^4 演示中文国际/);
    // CH− skips the hidden channel.
    await dpad.press('ChannelDown', 2);
    await expect.poll(() => spoken(page)).toMatch(/^1 演示综合/);

    // 搜索节目 by pinyin initials, over the operator's guide: the list opens on the group
    // last used (最近观看), and 搜索节目 is above the groups.
    await dpad.press('Ok');
    await dpad.press('Left');
    await expect.poll(() => spoken(page)).toBe('最近观看');
    for (let i = 0; i < 8 && (await spoken(page)) !== '搜索节目'; i++) await dpad.press('Up');
    await expect.poll(() => spoken(page)).toBe('搜索节目');
    await dpad.press('Ok');
    const search = page.locator('hearth-programme-search');
    await typeOnScreen(page, dpad, 'xinw');
    await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^找到 \d+ 个节目$/);
    await expect(search.locator('button.result').first()).toContainText('新闻');
    await dpad.press('Back');
    await expect(search).toHaveCount(0);

    // Switched on again: the channel watched last.
    await page.goto(switchedOn);
    await liveTvFocused(page);
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合/);
  } finally {
    await site.close();
  }
});

/** Milliseconds from `now` to a Shanghai wall-clock time "HH:MM" (today, or tomorrow after midnight). */
function untilShanghaiTime(hhmm: string, now: number): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const shanghai = new Date(now + 8 * 3_600_000);
  const at =
    Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()) +
    ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000 -
    8 * 3_600_000;
  return at < now - 12 * 3_600_000 ? at + 24 * 3_600_000 - now : at - now;
}

test('production build: a locked channel plays nothing; a reminder set to switch asks over a half-typed list name, which keeps its text', async ({
  page,
  dpad,
}, info) => {
  test.setTimeout(120_000);
  const site = await serveProduction({ features: ['watch', 'settings'] });
  try {
    await openBehindNewPin(page, dpad, `${site.url}/#/settings/channel-lock`);
    const row = page.locator('hearth-channel-lock-settings [data-lock="channel:demo-caijing"]');
    await walkTo(page, dpad, row);
    await dpad.press('Ok');
    await expect(row).toContainText('已加锁');

    // Another day, on the page clock: live TV, and CH+ onto the locked channel.
    await page.clock.install();
    await page.goto(`${site.url}/#/watch`);
    await liveTvFocused(page);
    await expect.poll(() => spoken(page), { timeout: 15_000 }).toMatch(/^1 演示综合, .+ 至 /);
    await dpad.press('ChannelUp');
    await expect.poll(() => spoken(page)).toMatch(/^2 演示财经，已加锁/);
    await expect.poll(() => videoSource(page)).toEqual({ src: null, ready: 0 });
    await page.screenshot({ path: info.outputPath('locked.png') });

    // Back on 演示综合: 到时自动切换 on a programme at least three minutes away.
    await dpad.press('ChannelDown');
    await expect.poll(() => spoken(page)).toMatch(/^1 演示综合, .+ 至 /);
    await dpad.press('Right');
    const startOf = (text: string) => / (\d\d:\d\d) 至/.exec(text)?.[1] ?? '';
    for (let i = 0; i < 8; i++) {
      const text = await spoken(page);
      if (untilShanghaiTime(startOf(text), await pageNow(page)) > 3 * 60_000) break;
      await dpad.press('Right');
      await expect.poll(() => spoken(page)).not.toBe(text);
    }
    const [, title = '', start = ''] =
      /^演示综合, (.+?), (\d\d:\d\d) 至/.exec(await spoken(page)) ?? [];
    expect(title).not.toBe('');
    await dpad.press('Ok');
    await expect.poll(() => spoken(page)).toMatch(/^节目还没开始\. .+\. 提醒我$/);
    await dpad.press('Right');
    await dpad.press('Ok');
    await expect.poll(() => spoken(page)).toMatch(new RegExp(`${title}.*已设提醒`));
    const kept = await page.evaluate(() => localStorage.getItem('hearth.reminders'));
    expect(JSON.parse(kept ?? '[]')).toEqual([
      expect.objectContaining({ channelKey: 'demo-zonghe', title, autoSwitch: true }),
    ]);
    await dpad.press('Back');
    await liveTvFocused(page);

    // Naming a new favourite list on another channel, half typed, when the reminder falls due.
    await dpad.press('Digit3');
    await expect.poll(() => spoken(page), { timeout: 10_000 }).toMatch(/^3 演示综艺/);
    await openChannelGroups(page, dpad);
    await dpad.press('Down', 2);
    await expect.poll(() => spoken(page)).toBe('＋ 新建收藏列表');
    await dpad.press('Ok');
    const naming = page.locator('hearth-list-name');
    await expect(naming.locator('hearth-keyboard')).toBeVisible();
    // As a person sees the focus on the keyboard before typing (CI once typed 'x' before it had it).
    await focusWithin(page, 'HEARTH-KEYBOARD');
    await page.keyboard.type('xi');
    await pickCandidate(page, dpad, '喜');

    // A minute before it starts (the default lead); a dialog is open, so it asks.
    await page.clock.fastForward(untilShanghaiTime(start, await pageNow(page)) - 60_000 + 1_000);
    const reminder = page.locator('hearth-programme-reminder section');
    await expect(reminder).toContainText(`${title} · 演示综合`);
    await expect.poll(() => holdsFocus(reminder.locator('[data-action="switch"]'))).toBe(true);
    await page.screenshot({ path: info.outputPath('reminder-over-list-name.png') });
    await dpad.press('Back');
    await expect(reminder).toHaveCount(0);
    await focusWithin(page, 'HEARTH-LIST-NAME');
    await page.keyboard.type('huan');
    await pickCandidate(page, dpad, '欢');
    await pressScreenKey(page, dpad, 'done');
    await expect.poll(() => spoken(page)).toMatch(/^已新建收藏列表 喜欢/);
    expect((await focused(page))?.hosts).toContain('HEARTH-WATCH');
    expect(await page.evaluate(() => localStorage.getItem('hearth.reminders'))).toBe('[]');
  } finally {
    await site.close();
  }
});

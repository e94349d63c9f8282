import { afterEach, describe, expect, it, vi } from 'vitest';
import { testChannel } from '../../../support/test-channel.js';
import type { Programme } from '@src/data/guide/guide-types.js';
import { ChannelLocks, UNLOCK_LASTS_MS } from '@src/data/channel-lock/channel-locks.js';
import { ReminderStore } from '@src/data/reminders/programme-reminders.js';
import type { GuideCache } from '@src/features/watch/guide-cache.js';
import type { BannerInfo } from '@src/features/watch/lightning/banner.js';
import type { Notice } from '@src/features/watch/lightning/notice-panel.js';
import type { WatchOverlays } from '@src/features/watch/lightning/watch-overlays.js';
import type { LivePlayer } from '@src/features/watch/live-player.js';
import { NO_TRACKS } from '@src/features/watch/stream-tracks.js';
import { WatchController } from '@src/features/watch/watch-controller.js';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const MIN = 60_000;

const channels = [
  testChannel('新闻'),
  testChannel('电影', {
    groups: ['付费'],
    catchup: { mode: 'default', source: 'http://127.0.0.1/replay/{utc}.m3u8', days: 7 },
  }),
  testChannel('少儿'),
];

/**
 * The guide's ratings (nothing is locked by them until the household picks an
 * age): 电影's past film is for adults, its later one PG; 新闻's later programme 18.
 */
const RATINGS: Record<string, Programme['rating']> = {
  '电影·早场': { value: '限制级' },
  '电影·晚场': { value: 'PG', system: 'MPAA' },
  '新闻·晚场': { value: '18' },
};

/** Each channel's guide: one programme before, one now, one later. */
function programmesOf(channelId: string): Programme[] {
  const programme = (title: string, start: number, stop: number): Programme => {
    const rating = RATINGS[title];
    return rating ? { channelId, title, start, stop, rating } : { channelId, title, start, stop };
  };
  return [
    programme(`${channelId}·早场`, NOW - 90 * MIN, NOW - 30 * MIN),
    programme(`${channelId}·正在播`, NOW - 30 * MIN, NOW + 30 * MIN),
    programme(`${channelId}·晚场`, NOW + 30 * MIN, NOW + 90 * MIN),
  ];
}

/** A guide that already holds every channel's programmes. */
function readyGuide(): GuideCache {
  const guide = Object.assign(new EventTarget(), {
    answers: 1,
    window: (id: string | undefined, from: number, to: number) =>
      id ? programmesOf(id).filter((p) => p.stop > from && p.start < to) : undefined,
    nowNext: (id: string | undefined, at: number) => {
      if (!id) return undefined;
      const list = programmesOf(id);
      const i = list.findIndex((p) => p.start <= at && p.stop > at);
      return { now: list[i], next: list[i + 1] };
    },
  });
  return guide as unknown as GuideCache;
}

function liveTv() {
  let now = NOW;
  const played: string[] = [];
  let stops = 0;
  const stills: string[] = [];
  const banners: BannerInfo[] = [];
  const said: string[] = [];
  const notices: Notice[] = [];
  let pinAsked = 0;
  const searched: string[][] = [];
  const app = {
    mode: 'live',
    banner: { isShown: false, show: (info: BannerInfo) => banners.push(info), hide: () => {} },
    list: { refresh: () => undefined },
    guide: { refresh: () => undefined },
    radio: { show: (name: string) => stills.push(name), hide: () => stills.push('') },
    digits: { show: () => undefined },
    closeOverlays: () => undefined,
    showNotice: (notice: Notice) => notices.push(notice),
  };
  const player = Object.assign(new EventTarget(), {
    play: (request: { url: string }) => played.push(request.url),
    stop: () => stops++,
    tracks: NO_TRACKS,
  });
  const locks = new ChannelLocks(null, () => now);
  locks.setGroup('付费', true);
  const watch = new WatchController({
    app: app as unknown as WatchOverlays,
    player: player as unknown as LivePlayer,
    list: { channels, guideUrls: [], skippedLines: 0, format: 'm3u' },
    guide: readyGuide(),
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    announce: (text) => said.push(text),
    now: () => now,
    reminders: new ReminderStore(null),
    locks,
    askForPin: () => pinAsked++,
    searchGuide: (request) => {
      searched.push([...request.channelIds]);
      return Promise.resolve(request.channelIds.flatMap((id) => programmesOf(id)));
    },
  });
  watch.setGuide('ready', new Map(channels.map((c) => [c.key, c.key])));
  return {
    watch,
    locks,
    played,
    stills,
    banners,
    said,
    notices,
    stops: () => stops,
    pinAsked: () => pinAsked,
    searched,
    advance: (ms: number) => (now += ms),
  };
}

const lockedUrl = 'http://127.0.0.1/电影.m3u8';

describe('a locked channel in live TV', () => {
  it('zapping onto it plays nothing and shows its name; zapping on plays the next', () => {
    const tv = liveTv();
    tv.watch.start();
    expect(tv.played).toEqual(['http://127.0.0.1/新闻.m3u8']);
    tv.watch.zap(1);
    expect(tv.played).not.toContain(lockedUrl);
    expect(tv.stops()).toBe(1);
    expect(tv.stills.at(-1)).toBe('电影');
    const banner = tv.banners.at(-1);
    expect(banner?.name).toBe('电影');
    expect(JSON.stringify(banner)).not.toContain('正在播');
    expect(tv.said.at(-1)).toContain('已加锁');
    expect(tv.said.at(-1)).not.toContain('正在播');
    tv.watch.zap(1);
    expect(tv.played.at(-1)).toBe('http://127.0.0.1/少儿.m3u8');
    expect(tv.stills.at(-1)).toBe('');
  });

  it('a typed number reaches it locked too', () => {
    const tv = liveTv();
    tv.watch.start();
    tv.watch.digit(2);
    expect(tv.watch.commitDigits()).toBe(true);
    expect(tv.watch.currentIndex).toBe(1);
    expect(tv.played).not.toContain(lockedUrl);
    expect(tv.stills.at(-1)).toBe('电影');
  });

  it('OK asks for the PIN only while a locked channel is on; the PIN plays it', () => {
    const tv = liveTv();
    tv.watch.start();
    expect(tv.watch.askToUnlock()).toBe(false);
    tv.watch.zap(1);
    expect(tv.watch.askToUnlock()).toBe(true);
    expect(tv.pinAsked()).toBe(1);
    tv.watch.unlocked();
    expect(tv.played.at(-1)).toBe(lockedUrl);
    expect(tv.watch.askToUnlock()).toBe(false);
  });

  it('locks again at standby, and four hours after the PIN, while it plays', () => {
    const tv = liveTv();
    tv.watch.start();
    tv.watch.zap(1);
    tv.watch.unlocked();
    tv.locks.relock();
    expect(tv.stops()).toBe(2);
    expect(tv.stills.at(-1)).toBe('电影');
    tv.watch.unlocked();
    expect(tv.played.at(-1)).toBe(lockedUrl);
    tv.advance(UNLOCK_LASTS_MS);
    tv.watch.refresh();
    expect(tv.stops()).toBe(3);
    expect(tv.stills.at(-1)).toBe('电影');
  });

  it('the channel list and the guide keep its programmes’ times but not their titles', () => {
    const tv = liveTv();
    tv.watch.start();
    const rows = tv.watch.listActions().rows('#all');
    expect(rows.map((row) => row.detail)).toEqual(['新闻·正在播', '已加锁', '少儿·正在播']);
    const grid = tv.watch.guideActions();
    const shown = grid.programmes(1, NOW - 2 * 60 * MIN, NOW + 2 * 60 * MIN) ?? [];
    expect(shown.map((p) => [p.title, p.start])).toEqual([
      ['已加锁', NOW - 90 * MIN],
      ['已加锁', NOW - 30 * MIN],
      ['已加锁', NOW + 30 * MIN],
    ]);
    expect(grid.describe(1, shown[1], false)).toBe('电影，已加锁');
    expect(grid.programmes(0, NOW, NOW + MIN)?.[0]?.title).toBe('新闻·正在播');
  });

  it('catch-up and reminders of its programmes are not offered: OK shows the lock', () => {
    const tv = liveTv();
    tv.watch.start();
    const grid = tv.watch.guideActions();
    const [past, , later] = programmesOf('电影');
    expect(grid.canCatchup(1, past as Programme)).toBe(false);
    grid.act(1, past);
    expect(tv.played.some((url) => url.includes('/replay/'))).toBe(false);
    expect(tv.stills.at(-1)).toBe('电影');
    grid.act(1, later);
    expect(tv.notices).toEqual([]);
    tv.watch.unlocked();
    expect(grid.canCatchup(1, past as Programme)).toBe(true);
    grid.act(1, past);
    expect(tv.played.at(-1)).toContain('/replay/');
  });

  it('搜索节目 does not search it, and finds it again once the PIN is given', async () => {
    const tv = liveTv();
    tv.watch.start();
    const found = await tv.watch.findProgrammes('zzb');
    expect(tv.searched.at(-1)).toEqual(['新闻', '少儿']);
    expect(found.map((f) => f.index)).not.toContain(1);
    expect(found.map((f) => f.what).join()).not.toContain('电影');
    tv.watch.unlocked();
    await tv.watch.findProgrammes('zzb');
    expect(tv.searched.at(-1)).toEqual(['新闻', '电影', '少儿']);
  });
});

describe('programmes locked by their rating (按节目分级)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Live TV with 电影's group lock lifted and rated programmes locked from `age`. */
  function ratedTv(age: number) {
    vi.useFakeTimers({ now: NOW });
    const tv = liveTv();
    tv.locks.setGroup('付费', false);
    tv.locks.setRatingAge(age);
    return tv;
  }

  it('keep their times but not their titles in the grid, are not replayed, and OK asks for the PIN', () => {
    const tv = ratedTv(16);
    tv.watch.start();
    const grid = tv.watch.guideActions();
    const shown = grid.programmes(1, NOW - 2 * 60 * MIN, NOW + 2 * 60 * MIN) ?? [];
    // The adults' film hidden; the PG one (10) under the household's 16 shown.
    expect(shown.map((p) => p.title)).toEqual(['已加锁', '电影·正在播', '电影·晚场']);
    expect(shown[0]?.start).toBe(NOW - 90 * MIN);
    expect(grid.canCatchup(1, shown[0]!)).toBe(false);
    grid.act(1, shown[0]);
    expect(tv.pinAsked()).toBe(1);
    expect(tv.played.some((url) => url.includes('/replay/'))).toBe(false);
    // The PIN given: its title back, and OK replays it.
    tv.watch.unlocked();
    const again = grid.programmes(1, NOW - 2 * 60 * MIN, NOW - 30 * MIN) ?? [];
    expect(again[0]?.title).toBe('电影·早场');
    grid.act(1, again[0]);
    expect(tv.played.at(-1)).toContain('/replay/');
    tv.watch.dispose();
  });

  it('are not found by 搜索节目 until the PIN is given', async () => {
    const tv = ratedTv(12);
    tv.watch.start();
    const found = await tv.watch.findProgrammes('dy');
    expect(found.map((f) => f.programme.title)).not.toContain('电影·早场');
    expect(found.map((f) => f.what).join()).not.toContain('电影·早场');
    tv.watch.unlocked();
    const after = await tv.watch.findProgrammes('dy');
    expect(after.map((f) => f.programme.title)).toContain('电影·早场');
    tv.watch.dispose();
  });

  it('lock the channel while they air: the picture stops when one starts, and plays when it ends', () => {
    const tv = ratedTv(18);
    tv.watch.start();
    expect(tv.played).toEqual(['http://127.0.0.1/新闻.m3u8']);
    // 新闻·晚场 (18) starts in 30 minutes: at its start the lock card replaces the picture.
    tv.advance(30 * MIN);
    vi.advanceTimersByTime(30 * MIN + 1000);
    expect(tv.stops()).toBe(1);
    expect(tv.stills.at(-1)).toBe('新闻');
    expect(tv.said.at(-1)).toContain('已加锁');
    expect(tv.watch.askToUnlock()).toBe(true);
    // It ends an hour later: the next programme (none in this guide) plays again.
    tv.advance(60 * MIN);
    vi.advanceTimersByTime(60 * MIN + 1000);
    expect(tv.played.at(-1)).toBe('http://127.0.0.1/新闻.m3u8');
    expect(tv.stills.at(-1)).toBe('');
    tv.watch.dispose();
  });

  it('lock a channel tuned while one airs, and the PIN plays it', () => {
    const tv = ratedTv(18);
    tv.advance(40 * MIN);
    vi.setSystemTime(NOW + 40 * MIN);
    tv.watch.start();
    expect(tv.played).toEqual([]);
    expect(tv.stills.at(-1)).toBe('新闻');
    expect(tv.watch.askToUnlock()).toBe(true);
    tv.watch.unlocked();
    expect(tv.played).toEqual(['http://127.0.0.1/新闻.m3u8']);
    tv.watch.dispose();
  });

  it('lock nothing below the chosen age, nor when no age is chosen', () => {
    const tv = ratedTv(18);
    tv.watch.start();
    const grid = tv.watch.guideActions();
    // PG is 10, 限制级 18: only the adults' film is hidden at 18.
    expect(grid.programmes(1, NOW - 2 * 60 * MIN, NOW + 2 * 60 * MIN)?.map((p) => p.title)).toEqual(
      ['已加锁', '电影·正在播', '电影·晚场'],
    );
    tv.locks.setRatingAge(null);
    expect(grid.programmes(1, NOW - 2 * 60 * MIN, NOW - 30 * MIN)?.[0]?.title).toBe('电影·早场');
    tv.watch.dispose();
  });
});

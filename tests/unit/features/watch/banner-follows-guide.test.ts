import { describe, expect, it } from 'vitest';
import { testChannel } from '../../../support/test-channel.js';
import type { Programme } from '@src/data/guide/guide-types.js';
import { GuideCache } from '@src/features/watch/guide-cache.js';
import type { BannerInfo } from '@src/features/watch/lightning/banner.js';
import type { WatchOverlays } from '@src/features/watch/lightning/watch-overlays.js';
import type { LivePlayer } from '@src/features/watch/live-player.js';
import { NO_TRACKS } from '@src/features/watch/stream-tracks.js';
import { WatchController } from '@src/features/watch/watch-controller.js';
import { ChannelLocks } from '@src/data/channel-lock/channel-locks.js';
import { ReminderStore } from '@src/data/reminders/programme-reminders.js';

const NOW = Date.UTC(2026, 11, 6, 11, 10);

const channel = testChannel;

/** The banner as the controller drives it: what it was last asked to show, and whether it shows. */
class FakeBanner {
  isShown = false;
  readonly shown: BannerInfo[] = [];
  show(info: BannerInfo): void {
    this.isShown = true;
    this.shown.push(info);
  }
  hide(): void {
    this.isShown = false;
  }
}

function liveTv() {
  const banner = new FakeBanner();
  const said: string[] = [];
  const app = {
    mode: 'live',
    banner,
    list: { refresh: () => undefined },
    guide: { refresh: () => undefined },
    radio: { show: () => undefined, hide: () => undefined },
    digits: { show: () => undefined },
    closeOverlays: () => undefined,
  };
  const player = Object.assign(new EventTarget(), { play: () => undefined, tracks: NO_TRACKS });
  const news: Programme = {
    channelId: 'g-news',
    title: '新闻联播',
    start: NOW - 10 * 60_000,
    stop: NOW + 20 * 60_000,
  };
  const waiting: (() => void)[] = [];
  const guide = new GuideCache({
    // The worker answers when the test says so, as a slow TV's would.
    programmes: (ids) =>
      new Promise((resolve) => {
        waiting.push(() => resolve(new Map(ids.map((id) => [id, id === 'g-news' ? [news] : []]))));
      }),
  });
  const watch = new WatchController({
    app: app as unknown as WatchOverlays,
    player: player as unknown as LivePlayer,
    list: { channels: [channel('新闻')], guideUrls: [], skippedLines: 0, format: 'm3u' },
    guide,
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    announce: (text) => said.push(text),
    now: () => NOW,
    reminders: new ReminderStore(null),
    locks: new ChannelLocks(null),
  });
  // As the watch screen wires it: new programmes redraw what shows them.
  guide.addEventListener('change', () => watch.refresh());
  const answered = async () => {
    await Promise.resolve();
    for (const answer of waiting.splice(0)) answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { app, banner, watch, answered, said };
}

describe('the banner and a guide that arrives after the first zap', () => {
  it('fills in the programme on the banner still showing, without another zap', async () => {
    const { banner, watch, answered } = liveTv();
    watch.start();
    expect(banner.shown.at(-1)?.nowLine).toBe('正在载入节目单…');
    watch.setGuide('ready', new Map([['新闻', 'g-news']]));
    await answered();
    expect(banner.isShown).toBe(true);
    expect(banner.shown.at(-1)?.nowLine).toContain('新闻联播');
    expect(banner.shown.at(-1)?.progress).toBeCloseTo(1 / 3);
  });

  it('has the programme when Info shows the banner again after it hid', async () => {
    const { banner, watch, answered } = liveTv();
    watch.start();
    banner.hide();
    watch.setGuide('ready', new Map([['新闻', 'g-news']]));
    await answered();
    watch.info();
    expect(banner.shown.at(-1)?.nowLine).toContain('新闻联播');
  });

  it('says what is on once it arrives, but not over a panel opened meanwhile', async () => {
    const tv = liveTv();
    tv.watch.start();
    tv.watch.setGuide('ready', new Map([['新闻', 'g-news']]));
    await tv.answered();
    expect(tv.said.at(-1)).toContain('新闻联播');

    const again = liveTv();
    again.watch.start();
    again.watch.setGuide('ready', new Map([['新闻', 'g-news']]));
    // The household opened the channel list before the programmes came: the
    // list says what holds focus there, and the late channel words stay unsaid.
    again.app.mode = 'list';
    const before = again.said.length;
    await again.answered();
    expect(again.said.slice(before)).toEqual([]);
  });
});

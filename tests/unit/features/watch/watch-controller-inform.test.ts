import { describe, expect, it } from 'vitest';
import { testChannel } from '../../../support/test-channel.js';
import { guideCappedNotice, listCappedNotice } from '@src/features/watch/capped-notice.js';
import type { GuideCache } from '@src/features/watch/guide-cache.js';
import type { Notice } from '@src/features/watch/lightning/notice-panel.js';
import type { WatchOverlays } from '@src/features/watch/lightning/watch-overlays.js';
import type { LivePlayer } from '@src/features/watch/live-player.js';
import { NO_TRACKS } from '@src/features/watch/stream-tracks.js';
import { WatchController } from '@src/features/watch/watch-controller.js';
import { ChannelLocks } from '@src/data/channel-lock/channel-locks.js';

const channel = testChannel;

/** The parts of the Lightning app a notice uses, keyed as its notice panel is. */
class FakeApp {
  mode: 'live' | 'notice' = 'live';
  open: Notice | null = null;
  readonly titles: string[] = [];

  showNotice(notice: Notice): void {
    this.mode = 'notice';
    this.open = notice;
    this.titles.push(notice.title);
  }

  /** OK on the notice's first choice: the panel closes, then the choice runs. */
  ok(): void {
    const notice = this.open;
    this.open = null;
    this.mode = 'live';
    notice?.choices[0]?.run();
  }

  /** Back on the notice: the panel closes, then its dismissal runs. */
  back(): void {
    const notice = this.open;
    this.open = null;
    this.mode = 'live';
    notice?.onDismiss?.();
  }
}

function controller() {
  const app = new FakeApp();
  const player = Object.assign(new EventTarget(), { tracks: NO_TRACKS });
  const watch = new WatchController({
    app: app as unknown as WatchOverlays,
    player: player as unknown as LivePlayer,
    list: {
      channels: [channel('甲'), channel('乙')],
      guideUrls: [],
      skippedLines: 0,
      format: 'm3u',
    },
    guide: {} as GuideCache,
    timeZone: 'Asia/Shanghai',
    locale: 'zh-CN',
    announce: () => undefined,
    locks: new ChannelLocks(null),
  });
  const streamDies = () => player.dispatchEvent(new CustomEvent('dead', { detail: 'network' }));
  return { app, watch, streamDies };
}

describe('WatchController.inform', () => {
  it('shows a notice with one OK that closes it', () => {
    const { app, watch } = controller();

    watch.inform(listCappedNotice(5_000));

    expect(app.open).toMatchObject({
      title: '频道列表太大',
      body: expect.stringContaining('只载入了前5000个频道'),
      choices: [{ label: '好的' }],
    });
    app.ok();
    expect(app.mode).toBe('live');
  });

  it('shows a second information notice after the first is closed, not over it', () => {
    const { app, watch } = controller();

    watch.inform(listCappedNotice(5_000));
    watch.inform(guideCappedNotice());

    expect(app.titles).toEqual(['频道列表太大']);
    app.ok();
    expect(app.titles).toEqual(['频道列表太大', '节目单太大']);
    app.ok();
    expect(app.open).toBeNull();
  });

  it('brings an information notice back after a notice that replaced it is closed', () => {
    const { app, watch, streamDies } = controller();

    watch.inform(guideCappedNotice());
    streamDies();
    expect(app.open?.title).toBe('甲 暂时无法播放');
    app.back();

    expect(app.open?.title).toBe('节目单太大');
  });
});

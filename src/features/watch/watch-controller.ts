/**
 * Live TV's behaviour, between the Lightning overlays and the data: which
 * channel plays, zapping, typed numbers, the last channel, favourites, the
 * banner's now/next, catch-up, a dead stream's notice, what only part of a
 * too-big list or guide means, and what the speech bridge says about each of
 * them. The Lightning app draws and forwards keys; this decides.
 */
import { msg, str } from '@lit/localize';
import type { Channel, ChannelList } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import { NumberEntry, channelIndexForNumber, displayNumber } from './channel-number.js';
import {
  favouriteChannels,
  rememberChannel,
  rememberedChannel,
  saveFavourites,
} from './channel-memory.js';
import type { CappedNotice } from './capped-notice.js';
import type { GuideCache } from './guide-cache.js';
import { GuideView, type GuideState } from './guide-view.js';
import type { ChannelListActions } from './lightning/channel-list-panel.js';
import { channelGroups, channelRows, emptyGroupText } from './channel-groups.js';
import type { GuideGridActions } from './lightning/guide-grid.js';
import type { BannerInfo } from './lightning/banner.js';
import type { Notice } from './lightning/notice-panel.js';
import { bannerInfo } from './banner-info.js';
import type { LiveControls, WatchApp } from './lightning/watch-app.js';
import type { DeadReason, LivePlayer } from './live-player.js';

export interface WatchControllerOptions {
  app: WatchApp;
  player: LivePlayer;
  list: ChannelList;
  guide: GuideCache;
  timeZone: string;
  locale: string;
  announce: (text: string, urgent?: boolean) => void;
  now?: () => number;
}

export class WatchController implements LiveControls {
  private _index = 0;
  private _last: number | null = null;
  private _favourites = favouriteChannels();
  private _catchup: { programme: Programme } | null = null;
  private _mutedHint = false;
  private readonly _numbers: NumberEntry;
  private readonly _now: () => number;
  private readonly _view: GuideView;
  /** Information notices waiting for the one open to close (see inform). */
  private readonly _informs: Notice[] = [];
  private _informOpen: Notice | null = null;

  constructor(private readonly _o: WatchControllerOptions) {
    this._now = _o.now ?? Date.now;
    this._view = new GuideView({
      channels: _o.list.channels,
      guide: _o.guide,
      timeZone: _o.timeZone,
      locale: _o.locale,
      now: this._now,
    });
    this._numbers = new NumberEntry(
      (digits) => _o.app.digits.show(digits),
      (number) => this._tuneNumber(number),
    );
    _o.player.addEventListener('dead', (event) =>
      this._streamDead((event as CustomEvent<DeadReason>).detail),
    );
    _o.player.addEventListener('playing', () => mark('hearth:zap-playing'));
    _o.player.addEventListener('muted-autoplay', () => {
      this._mutedHint = true;
      _o.app.banner.show(this._bannerInfo());
    });
    _o.player.addEventListener('unmuted', () => {
      this._mutedHint = false;
      if (_o.app.banner.isShown) _o.app.banner.show(this._bannerInfo());
    });
  }

  get channels(): readonly Channel[] {
    return this._o.list.channels;
  }

  get currentIndex(): number {
    return this._index;
  }

  start(): void {
    const remembered = rememberedChannel();
    const index = this.channels.findIndex((c) => c.key === remembered);
    this.tune(Math.max(0, index));
  }

  setGuide(state: GuideState, guideIds?: Map<string, string>): void {
    this._view.set(state, guideIds);
    this.refresh();
    // The banner now knows what is on: say it, as a zap would.
    if (state === 'ready' && this._o.app.mode === 'live') this._announceChannel();
  }

  /**
   * Tells the household something that asks nothing of it (only part of the
   * list or the guide is shown), with 好的. It waits for a notice already open,
   * and one that replaces it comes back when that one closes: none is lost.
   */
  inform({ title, body }: CappedNotice): void {
    this._informs.push({
      title,
      body,
      choices: [{ label: msg('好的', { id: 'watch.ok' }), run: () => undefined }],
    });
    this._nextInform();
  }

  /** The guide brought new programmes, or the minute changed: redraw what shows them. */
  refresh(): void {
    const app = this._o.app;
    if (app.banner.isShown) app.banner.show(this._bannerInfo());
    app.list.refresh();
    app.guide.refresh();
  }

  tune(index: number): void {
    const channel = this.channels[index];
    if (!channel) return;
    mark('hearth:zap');
    if (index !== this._index) this._last = this._index;
    this._index = index;
    this._catchup = null;
    rememberChannel(channel.key);
    this._o.app.closeOverlays();
    this._play(channel, channel.url);
    this._o.app.banner.show(this._bannerInfo());
    this._announceChannel();
  }

  zap(delta: 1 | -1): void {
    const count = this.channels.length;
    this.tune((this._index + delta + count) % count);
  }

  lastChannel(): void {
    if (this._last !== null) this.tune(this._last);
  }

  digit(digit: number): void {
    this._numbers.type(digit);
  }

  commitDigits(): boolean {
    if (!this._numbers.digits) return false;
    this._numbers.commit();
    return true;
  }

  undo(): boolean {
    if (this._numbers.digits) {
      this._numbers.cancel();
      return true;
    }
    if (this._catchup) {
      this.tune(this._index);
      return true;
    }
    return false;
  }

  info(): void {
    const banner = this._o.app.banner;
    if (banner.isShown) banner.hide();
    else {
      banner.show(this._bannerInfo());
      this._announceChannel();
    }
  }

  miniGuide(): void {
    this._o.app.openGuide(this._index, true);
  }

  fullGuide(): void {
    this._o.app.openGuide(this._index, false);
  }

  toggleFavourite(index = this._index): void {
    const key = this.channels[index]?.key;
    if (!key) return;
    const added = !this._favourites.delete(key);
    if (added) this._favourites.add(key);
    saveFavourites(this._favourites);
    const name = this.channels[index]?.name ?? '';
    this._o.announce(
      added
        ? msg(str`已收藏 ${name}`, { id: 'watch.favouriteAdded' })
        : msg(str`已取消收藏 ${name}`, { id: 'watch.favouriteRemoved' }),
    );
    if (index === this._index && this._o.app.banner.isShown)
      this._o.app.banner.show(this._bannerInfo());
  }

  /** What the channel list panel may ask and do. */
  listActions(): ChannelListActions {
    const app = this._o.app;
    return {
      groups: () => channelGroups(this.channels),
      rows: (group) => {
        const now = this._now();
        const onNow = (index: number) => this._view.nowNext(index, now)?.now?.title ?? '';
        return channelRows(this.channels, group, this._favourites, onNow);
      },
      current: () => this._index,
      tune: (index) => this.tune(index),
      openGuide: () => app.openGuide(this._index, false),
      toggleFavourite: (index) => this.toggleFavourite(index),
      close: () => app.closeOverlays(),
      announce: (text) => this._o.announce(text),
      emptyText: () => emptyGroupText(),
    };
  }

  /** What the programme grid may ask and do. */
  guideActions(): GuideGridActions {
    const view = this._view;
    return {
      channelCount: () => this.channels.length,
      channelLabel: (index) => view.channelLabel(index),
      programmes: (index, from, to) => view.programmes(index, from, to),
      canCatchup: (index, programme) => view.canCatchup(index, programme),
      describe: (index, programme, loading) => view.describe(index, programme, loading),
      clock: (ms) => view.clock(ms),
      days: () => view.days(),
      now: () => this._now(),
      act: (index, programme) => this.act(index, programme),
      close: () => this._o.app.closeOverlays(),
      announce: (text) => this._o.announce(text),
      texts: () => view.texts(),
      guideLoading: () => view.state === 'loading',
      guideAnswers: () => view.answers(),
      cannotShow: () => this._guideNotShown(),
    };
  }

  /** OK on a programme in the guide. */
  act(index: number, programme: Programme | undefined): void {
    const now = this._now();
    if (!programme || (programme.start <= now && programme.stop > now)) {
      this.tune(index);
      return;
    }
    if (programme.start > now) {
      this._showNotice({
        title: msg('节目还没开始', { id: 'watch.notStartedTitle' }),
        body: this._view.describe(index, programme),
        choices: [
          { label: msg('看这个频道', { id: 'watch.watchChannel' }), run: () => this.tune(index) },
          { label: msg('返回', { id: 'watch.back' }), run: () => undefined },
        ],
      });
      return;
    }
    const url = this._view.catchupUrl(index, programme);
    if (!url) {
      this._showNotice({
        title: msg('这个节目不能回看', { id: 'watch.noReplayTitle' }),
        body: msg('这个频道没有提供这段时间的回看。', { id: 'watch.noReplayBody' }),
        choices: [{ label: msg('好的', { id: 'watch.ok' }), run: () => undefined }],
      });
      return;
    }
    this.playCatchup(index, programme, url);
  }

  playCatchup(index: number, programme: Programme, url: string): void {
    const channel = this.channels[index];
    if (!channel) return;
    if (index !== this._index) this._last = this._index;
    this._index = index;
    this._catchup = { programme };
    this._o.app.closeOverlays();
    this._play(channel, url);
    this._o.app.banner.show(this._bannerInfo());
    const described = this._view.describe(index, programme);
    this._o.announce(msg(str`回看：${described}`, { id: 'watch.replaying' }));
  }

  // ---- internals ----

  private _play(channel: Channel, url: string): void {
    const app = this._o.app;
    if (channel.radio) {
      app.radio.show(channel.name, msg('正在收听广播', { id: 'watch.radioCaption' }), channel.logo);
    } else app.radio.hide();
    this._o.player.play({ url, headers: channel.headers });
  }

  /**
   * Say which channel is on and, as soon as the worker has it, what it shows.
   * The name comes at once; the programme follows when its block arrives.
   */
  private _announceChannel(): void {
    const index = this._index;
    const known = this._view.nowNext(index);
    this._o.announce(this._describeChannel(index));
    if (known || this._view.state !== 'ready') return;
    this._o.guide.addEventListener(
      'change',
      () => {
        if (this._index === index && !this._catchup) this._announceChannel();
      },
      { once: true },
    );
  }

  /** The grid gave up (see GridWatchdog): live TV comes back, with the reason. */
  private _guideNotShown(): void {
    console.warn('[hearth:guide] the grid was not ready in time; back to live TV');
    const app = this._o.app;
    app.closeOverlays();
    this._showNotice({
      title: msg('节目单暂时无法显示', { id: 'watch.gridNotShownTitle' }),
      body: msg('节目单没能及时准备好。正在播放的节目不受影响，请稍后再打开节目指南。', {
        id: 'watch.gridNotShownBody',
      }),
      choices: [{ label: msg('好的', { id: 'watch.ok' }), run: () => undefined }],
    });
  }

  /** Every notice goes through here, so an information notice it replaces comes back after it. */
  private _showNotice(notice: Notice, inform = false): void {
    const app = this._o.app;
    if (app.mode === 'notice' && this._informOpen) this._informs.unshift(this._informOpen);
    this._informOpen = inform ? notice : null;
    const closed = () => {
      this._informOpen = null;
    };
    app.showNotice({
      ...notice,
      choices: notice.choices.map(({ label, run }) => ({
        label,
        run: () => {
          closed();
          run();
          this._nextInform();
        },
      })),
      onDismiss: () => {
        closed();
        notice.onDismiss?.();
        this._nextInform();
      },
    });
  }

  private _nextInform(): void {
    if (this._o.app.mode === 'notice') return;
    const next = this._informs.shift();
    if (next) this._showNotice(next, true);
  }

  private _tuneNumber(number: number): void {
    const index = channelIndexForNumber(this.channels, number);
    if (index < 0) {
      const text = msg(str`没有 ${number} 频道`, { id: 'watch.noSuchNumber' });
      this._o.app.digits.show(text, true);
      this._o.announce(text);
      return;
    }
    this.tune(index);
  }

  private _streamDead(reason: DeadReason): void {
    const channel = this.channels[this._index];
    if (!channel) return;
    const name = channel.name;
    const nextIndex = (this._index + 1) % this.channels.length;
    const nextName = this.channels[nextIndex]?.name ?? '';
    const next = {
      label: msg(str`看下一个频道：${nextName}`, { id: 'watch.nextChannel' }),
      run: () => this.tune(nextIndex),
    };
    if (reason === 'unsupported') {
      // Trying again cannot help: this TV's decoders refuse the channel's format.
      this._showNotice({
        title: msg(str`这台电视播放不了 ${name}`, { id: 'watch.unsupportedTitle' }),
        body: msg(
          '这个频道的节目格式，这台电视或机顶盒解不开。其他频道可以照常观看；如果一直这样，请联系运营商。',
          {
            id: 'watch.unsupportedBody',
          },
        ),
        choices: [next],
      });
      return;
    }
    this._showNotice({
      title: msg(str`${name} 暂时无法播放`, { id: 'watch.deadTitle' }),
      body: msg('这个频道的信号没有送到。可能是线路或节目源出了问题，请稍后再试。', {
        id: 'watch.deadBody',
      }),
      choices: [
        next,
        { label: msg('再试一次', { id: 'watch.retry' }), run: () => this.tune(this._index) },
      ],
    });
  }

  private _describeChannel(index: number): string {
    const channel = this.channels[index];
    if (!channel) return '';
    const programme = this._catchup?.programme ?? this._view.nowNext(index)?.now;
    const number = displayNumber(this.channels, index);
    if (!programme) return `${number} ${channel.name}`;
    return `${number} ${this._view.describe(index, programme)}`;
  }

  private _bannerInfo(): BannerInfo {
    const key = this.channels[this._index]?.key;
    const facts = {
      index: this._index,
      catchup: this._catchup?.programme,
      mutedHint: this._mutedHint,
      favourite: key !== undefined && this._favourites.has(key),
    };
    return bannerInfo(this.channels, this._view, facts, this._now());
  }
}

/** One mark of each name at a time: a thousand zaps must not pile up a thousand marks. */
function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

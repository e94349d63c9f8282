/**
 * Live TV's behaviour, between the Lightning overlays and the data: which
 * channel plays, zapping, typed numbers, the last channel, favourites, the
 * banner's now/next, catch-up, a dead stream's notice, and what the speech
 * bridge says about each of them. The Lightning app draws and forwards keys;
 * this decides.
 */
import { msg, str } from '@lit/localize';
import { catchupUrl } from '../../data/channels/catchup-url.js';
import type { Channel, ChannelList } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import { NumberEntry, channelIndexForNumber, displayNumber } from './channel-number.js';
import {
  favouriteChannels,
  rememberChannel,
  rememberedChannel,
  saveFavourites,
} from './channel-memory.js';
import type { GuideCache } from './guide-cache.js';
import type {
  ChannelGroup,
  ChannelListActions,
  ChannelRow,
} from './lightning/channel-list-panel.js';
import type { GuideGridActions } from './lightning/guide-grid.js';
import { GUIDE_GROUP } from './lightning/channel-list-panel.js';
import type { BannerInfo } from './lightning/banner.js';
import type { LiveControls, WatchApp } from './lightning/watch-app.js';
import type { LivePlayer } from './live-player.js';
import { DAY_MS, clockTime, dayLabel, startOfDay } from './watch-time.js';

export type GuideState = 'loading' | 'ready' | 'missing' | 'failed';

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

const ALL_GROUP = '#all';
const FAVOURITES_GROUP = '#favourites';

export class WatchController implements LiveControls {
  private _index = 0;
  private _last: number | null = null;
  private _favourites = favouriteChannels();
  private _guideIds = new Map<string, string>();
  private _guideState: GuideState = 'loading';
  private _catchup: { programme: Programme } | null = null;
  private _mutedHint = false;
  private readonly _numbers: NumberEntry;
  private readonly _now: () => number;

  constructor(private readonly _o: WatchControllerOptions) {
    this._now = _o.now ?? Date.now;
    this._numbers = new NumberEntry(
      (digits) => _o.app.digits.show(digits),
      (number) => this._tuneNumber(number),
    );
    _o.player.addEventListener('dead', () => this._streamDead());
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
    this._guideState = state;
    if (guideIds) this._guideIds = guideIds;
    this.refresh();
    // The banner now knows what is on: say it, as a zap would.
    if (state === 'ready' && this._o.app.mode === 'live') this._announceChannel();
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
      groups: () => this.groups(),
      rows: (group) => this.rows(group),
      current: () => this._index,
      tune: (index) => this.tune(index),
      openGuide: () => app.openGuide(this._index, false),
      toggleFavourite: (index) => this.toggleFavourite(index),
      close: () => app.closeOverlays(),
      announce: (text) => this._o.announce(text),
      emptyText: () => this.emptyText(),
    };
  }

  /** What the programme grid may ask and do. */
  guideActions(): GuideGridActions {
    return {
      channelCount: () => this.channels.length,
      channelLabel: (index) => this.channelLabel(index),
      programmes: (index, from, to) => this.programmes(index, from, to),
      canCatchup: (index, programme) => this.canCatchup(index, programme),
      describe: (index, programme) => this.describe(index, programme),
      clock: (ms) => this.clock(ms),
      days: () => this.days(),
      now: () => this._now(),
      act: (index, programme) => this.act(index, programme),
      close: () => this._o.app.closeOverlays(),
      announce: (text) => this._o.announce(text),
      texts: () => this.guideTexts(),
    };
  }

  // ---- the channel list ----

  groups(): ChannelGroup[] {
    const named = new Set<string>();
    for (const c of this.channels) for (const g of c.groups) named.add(g);
    return [
      { id: GUIDE_GROUP, label: msg('节目指南', { id: 'watch.guide' }) },
      { id: ALL_GROUP, label: msg('全部频道', { id: 'watch.allChannels' }) },
      { id: FAVOURITES_GROUP, label: msg('我的收藏', { id: 'watch.favourites' }) },
      ...[...named].map((g) => ({ id: g, label: g })),
    ];
  }

  rows(groupId: string): ChannelRow[] {
    const now = this._now();
    const rows: ChannelRow[] = [];
    this.channels.forEach((channel, index) => {
      const inGroup =
        groupId === ALL_GROUP ||
        (groupId === FAVOURITES_GROUP
          ? this._favourites.has(channel.key)
          : channel.groups.includes(groupId));
      if (!inGroup) return;
      rows.push({
        index,
        number: String(displayNumber(this.channels, index)),
        name: channel.name,
        detail: this._o.guide.nowNext(this._guideIds.get(channel.key), now)?.now?.title ?? '',
        favourite: this._favourites.has(channel.key),
      });
    });
    return rows;
  }

  emptyText(): string {
    return msg('这里还没有频道。在频道上按黄色键可以收藏。', { id: 'watch.emptyGroup' });
  }

  // ---- the guide ----

  programmes(index: number, from: number, to: number): Programme[] | undefined {
    const key = this.channels[index]?.key;
    if (this._guideState === 'loading') return undefined;
    return this._o.guide.window(key ? this._guideIds.get(key) : undefined, from, to);
  }

  channelLabel(index: number): string {
    return `${displayNumber(this.channels, index)} ${this.channels[index]?.name ?? ''}`;
  }

  canCatchup(index: number, programme: Programme): boolean {
    const channel = this.channels[index];
    return !!channel && catchupUrl(channel, programme, this._now(), this._o.timeZone) !== undefined;
  }

  describe(index: number, programme: Programme | undefined): string {
    const name = this.channels[index]?.name ?? '';
    if (!programme) {
      const texts = this.guideTexts();
      return `${name}, ${this._guideState === 'loading' ? texts.loading : texts.noGuide}`;
    }
    const start = clockTime(programme.start, this._o.timeZone);
    const stop = clockTime(programme.stop, this._o.timeZone);
    const title = programme.title;
    let text = msg(str`${name}, ${title}, ${start} 至 ${stop}`, { id: 'watch.describeProgramme' });
    if (programme.stop <= this._now() && this.canCatchup(index, programme)) {
      text += msg('，可以回看', { id: 'watch.canReplay' });
    }
    return text;
  }

  guideTexts(): { loading: string; noGuide: string } {
    return {
      loading: msg('正在载入节目单…', { id: 'watch.guideLoading' }),
      noGuide:
        this._guideState === 'failed'
          ? msg('节目单暂时无法获取', { id: 'watch.guideFailed' })
          : msg('暂无节目信息', { id: 'watch.noGuide' }),
    };
  }

  days(): { start: number; label: string }[] {
    const today = startOfDay(this._now(), this._o.timeZone);
    const back = Math.min(7, Math.max(0, ...this.channels.map((c) => c.catchup?.days ?? 0)));
    const days: { start: number; label: string }[] = [];
    for (let d = -back; d < 7; d++) {
      // Half a day past midnight, then back to midnight: safe across DST changes.
      const start = startOfDay(today + d * DAY_MS + DAY_MS / 2, this._o.timeZone);
      const label =
        d === 0
          ? msg('今天', { id: 'watch.today' })
          : d === -1
            ? msg('昨天', { id: 'watch.yesterday' })
            : d === 1
              ? msg('明天', { id: 'watch.tomorrow' })
              : dayLabel(start, this._o.timeZone, this._o.locale);
      days.push({ start, label });
    }
    return days;
  }

  clock(ms: number): string {
    return clockTime(ms, this._o.timeZone);
  }

  /** OK on a programme in the guide. */
  act(index: number, programme: Programme | undefined): void {
    const now = this._now();
    if (!programme || (programme.start <= now && programme.stop > now)) {
      this.tune(index);
      return;
    }
    if (programme.start > now) {
      this._o.app.showNotice({
        title: msg('节目还没开始', { id: 'watch.notStartedTitle' }),
        body: this.describe(index, programme),
        choices: [
          { label: msg('看这个频道', { id: 'watch.watchChannel' }), run: () => this.tune(index) },
          { label: msg('返回', { id: 'watch.back' }), run: () => undefined },
        ],
      });
      return;
    }
    const channel = this.channels[index];
    const url = channel && catchupUrl(channel, programme, now, this._o.timeZone);
    if (!channel || !url) {
      this._o.app.showNotice({
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
    this._o.announce(msg(str`回看：${this.describe(index, programme)}`, { id: 'watch.replaying' }));
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
    const key = this.channels[index]?.key;
    const known = this._o.guide.nowNext(key ? this._guideIds.get(key) : undefined, this._now());
    this._o.announce(this._describeChannel(index));
    if (known || this._guideState !== 'ready') return;
    this._o.guide.addEventListener(
      'change',
      () => {
        if (this._index === index && !this._catchup) this._announceChannel();
      },
      { once: true },
    );
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

  private _streamDead(): void {
    const channel = this.channels[this._index];
    if (!channel) return;
    const name = channel.name;
    const nextIndex = (this._index + 1) % this.channels.length;
    const nextName = this.channels[nextIndex]?.name ?? '';
    this._o.app.showNotice({
      title: msg(str`${name} 暂时无法播放`, { id: 'watch.deadTitle' }),
      body: msg('这个频道的信号没有送到。可能是线路或节目源出了问题，请稍后再试。', {
        id: 'watch.deadBody',
      }),
      choices: [
        {
          label: msg(str`看下一个频道：${nextName}`, { id: 'watch.nextChannel' }),
          run: () => this.tune(nextIndex),
        },
        { label: msg('再试一次', { id: 'watch.retry' }), run: () => this.tune(this._index) },
      ],
    });
  }

  private _describeChannel(index: number): string {
    const channel = this.channels[index];
    if (!channel) return '';
    const programme =
      this._catchup?.programme ??
      this._o.guide.nowNext(this._guideIds.get(channel.key), this._now())?.now;
    const number = displayNumber(this.channels, index);
    if (!programme) return `${number} ${channel.name}`;
    return `${number} ${this.describe(index, programme)}`;
  }

  private _bannerInfo(): BannerInfo {
    const channel = this.channels[this._index];
    const now = this._now();
    const tz = this._o.timeZone;
    const span = (p: Programme) => `${clockTime(p.start, tz)}–${clockTime(p.stop, tz)}  ${p.title}`;
    const tags: string[] = [];
    if (this._mutedHint) tags.push(msg('静音中，按任意键开声音', { id: 'watch.mutedTag' }));
    if (this._catchup) tags.push(msg('回看', { id: 'watch.replayTag' }));
    if (channel?.radio) tags.push(msg('广播', { id: 'watch.radioTag' }));
    if (channel && this._favourites.has(channel.key))
      tags.push(msg('已收藏', { id: 'watch.favouriteTag' }));
    const guideId = channel ? this._guideIds.get(channel.key) : undefined;
    const known = this._catchup
      ? { now: this._catchup.programme, next: undefined }
      : this._o.guide.nowNext(guideId, now);
    const texts = this.guideTexts();
    const nowLine = known?.now
      ? span(known.now)
      : this._guideState === 'loading' || known === undefined
        ? texts.loading
        : texts.noGuide;
    const progress =
      known?.now && !this._catchup
        ? (now - known.now.start) / (known.now.stop - known.now.start)
        : undefined;
    return {
      number: String(displayNumber(this.channels, this._index)),
      name: channel?.name ?? '',
      nowLine,
      progress,
      nextLine: known?.next ? msg(str`接下来 ${span(known.next)}`, { id: 'watch.next' }) : '',
      tags,
    };
  }
}

/** One mark of each name at a time: a thousand zaps must not pile up a thousand marks. */
function mark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

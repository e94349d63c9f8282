/**
 * Live TV's behaviour, between the Lightning overlays and the data: which
 * channel plays, zapping (past hidden channels), typed numbers, the last channel, favourite lists, the
 * banner's now/next, catch-up, reminders, a dead stream's notice, what only
 * part of a too-big list or guide means, which channels are locked (频道锁),
 * and what the speech bridge says about each. The Lightning app draws and
 * forwards keys; this decides. What the channel list and the grid may ask and
 * do is built in watch-panels.ts.
 */
import { msg, str } from '@lit/localize';
import type { Channel, ChannelList } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import { NumberEntry, channelIndexForNumber, noSuchNumber } from './channel-number.js';
import { rememberChannel, rememberedChannel } from './channel-memory.js';
import { MyChannels, nextShown } from './my-channels.js';
import type { CappedNotice } from './capped-notice.js';
import type { GuideCache } from './guide-cache.js';
import { GuideModel, type GuideState } from './guide-model.js';
import type { ChannelListActions } from './lightning/channel-list-panel.js';
import type { GuideGridActions } from './lightning/guide-grid.js';
import type { BannerInfo } from './lightning/banner.js';
import { NoticeQueue } from './notice-queue.js';
import { bannerInfo } from './banner-info.js';
import type { LiveControls, WatchOverlays } from './lightning/watch-overlays.js';
import type { DeadReason, LivePlayer } from './live-player.js';
import {
  programmeReminders,
  type ReminderStore,
} from '../../data/reminders/programme-reminders.js';
import { deadStreamNotice } from './dead-stream-notice.js';
import { mark } from './zap-mark.js';
import { findProgrammes, type FoundProgramme, type GuideSearch } from './programme-finder.js';
import { channelLocks, type ChannelLocks } from '../../data/channel-lock/channel-locks.js';
import { LockScreen } from './lock-screen.js';
import { StreamState } from './stream-state.js';
import type { ShiftAction } from './time-shift.js';
import { WatchPanels } from './watch-panels.js';

export interface WatchControllerOptions {
  app: WatchOverlays;
  player: LivePlayer;
  list: ChannelList;
  guide: GuideCache;
  timeZone: string;
  locale: string;
  announce: (text: string, urgent?: boolean) => void;
  now?: () => number;
  /** The household's programme reminders (the page's own store unless a test gives one). */
  reminders?: ReminderStore;
  /** The household's channel locks (the page's own unless a test gives them). */
  locks?: ChannelLocks;
  /** OK on a locked channel: the screen asks for the household PIN, then calls unlocked(). */
  askForPin?: () => void;
  /** 搜索节目: the guide worker's search, and the screen that asks for the words. */
  searchGuide?: GuideSearch;
  openSearch?: () => void;
  /** A favourite list's name, typed on the on-screen keyboard; `done` gets it. */
  askForName?: (current: string, done: (name: string) => void) => void;
}

export class WatchController implements LiveControls {
  private _index = 0;
  private _last: number | null = null;
  private readonly _mine = new MyChannels();
  private _catchup: { programme: Programme } | null = null;
  private readonly _numbers: NumberEntry;
  private readonly _now: () => number;
  private readonly _model: GuideModel;
  private readonly _reminders: ReminderStore;
  private readonly _notices: NoticeQueue;
  private readonly _lock: LockScreen;
  private readonly _locks: ChannelLocks;
  private readonly _stream: StreamState;
  private readonly _panels: WatchPanels;

  constructor(private readonly _o: WatchControllerOptions) {
    this._now = _o.now ?? Date.now;
    this._reminders = _o.reminders ?? programmeReminders();
    this._locks = _o.locks ?? channelLocks();
    this._lock = new LockScreen(this._locks, {
      channels: _o.list.channels,
      player: _o.player,
      still: _o.app.radio,
      current: () => this._index,
      retune: () => this.tune(this._index),
      onAir: (index) => this._model.onAir(index),
      replaying: () => this._catchup !== null,
      now: this._now,
    });
    this._notices = new NoticeQueue(_o.app);
    this._model = new GuideModel({
      channels: _o.list.channels,
      guide: _o.guide,
      timeZone: _o.timeZone,
      locale: _o.locale,
      now: this._now,
      isLocked: (index) => this._lock.channelLocked(index),
      programmeLocked: (programme) => this._locks.programmeLocked(programme),
    });
    this._numbers = new NumberEntry(
      (digits) => _o.app.digits.show(digits),
      (number) => {
        const index = channelIndexForNumber(this.channels, number);
        if (index >= 0) this.tune(index);
        else {
          _o.app.digits.show(noSuchNumber(number), true);
          _o.announce(noSuchNumber(number));
        }
      },
    );
    _o.player.addEventListener('dead', (event) =>
      this._streamDead((event as CustomEvent<DeadReason>).detail),
    );
    _o.player.addEventListener('playing', () => mark('hearth:zap-playing'));
    const channelKey = () => this.channels[this._index]?.key ?? '';
    this._stream = new StreamState(_o.player, channelKey, (always) => {
      if (always || _o.app.banner.isShown) _o.app.banner.show(this._bannerInfo());
    });
    this._panels = new WatchPanels(_o, {
      view: this._model,
      now: this._now,
      mine: this._mine,
      reminders: this._reminders,
      current: () => this._index,
      tune: (index) => this.tune(index),
      replay: (index, programme, url) => this.playCatchup(index, programme, url),
      isLocked: (index) => this._lock.channelLocked(index),
      showNotice: (notice) => this._notices.show(notice),
      bannerChanged: () => {
        if (_o.app.banner.isShown) _o.app.banner.show(this._bannerInfo());
      },
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
    this._model.set(state, guideIds);
    // The programme on may be rated: the lock decides again, now that it is known.
    if (this._lock.stale) {
      this.tune(this._index);
      return;
    }
    this._lock.watchProgrammeEnd();
    this.refresh();
    // The banner now knows what is on: say it, as a zap would.
    if (state === 'ready' && this._o.app.mode === 'live') this._announceChannel();
  }

  /**
   * Tells the household something that asks nothing of it (only part of the
   * list or the guide is shown), with 好的. It waits for a notice already open,
   * and one that replaces it comes back when that one closes: none is lost.
   */
  inform(notice: CappedNotice): void {
    this._notices.inform(notice);
  }

  /** The screen is going: stop following the page's channel locks. */
  dispose(): void {
    this._lock.dispose();
  }

  /** The guide brought new programmes, or the minute changed: redraw what shows them. */
  refresh(): void {
    // Four hours after the PIN was given, a locked channel playing locks again; a
    // rated programme begun or over locks or unlocks it.
    if (this._lock.stale) {
      this.tune(this._index);
      return;
    }
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
    if (this._lock.isLocked(index)) this._lock.show(channel);
    else this._play(channel, channel.url);
    this._lock.watchProgrammeEnd();
    this._o.app.banner.show(this._bannerInfo());
    this._announceChannel();
  }

  /** OK on a locked channel asks for the PIN; false when the channel on is not locked. */
  askToUnlock(): boolean {
    if (!this._lock.shown) return false;
    this._o.askForPin?.();
    return true;
  }

  /** The household PIN was given: locked channels play until standby or four hours. */
  unlocked(): void {
    this._lock.unlock();
    // The guide and list show the titles the lock kept off them.
    this.refresh();
  }

  zap(delta: 1 | -1): void {
    this.tune(nextShown(this.channels, this._index, delta, (key) => this._mine.isHidden(key)));
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
    this._panels.openGuide(true);
  }

  fullGuide(): void {
    this._panels.openGuide(false);
  }

  /** Green / Blue: the next sound track or subtitles, remembered per channel (track-choice.ts). */
  nextTrack(kind: 'audio' | 'subtitles'): void {
    this._streamSaid(this._stream.nextTrack(kind));
  }

  /** Pause / Play / Fast-forward: live TV paused, resumed behind live, back to live. */
  timeShift(action: ShiftAction): void {
    this._streamSaid(this._stream.timeShift(action));
  }

  /** Yellow over the picture: the channel into 我的收藏, or out of it. */
  toggleFavourite(): void {
    this._panels.toggleFavourite();
  }

  /** What the channel list panel may ask and do. */
  listActions(): ChannelListActions {
    return this._panels.listActions();
  }

  /** What the programme grid may ask and do. */
  guideActions(): GuideGridActions {
    return this._panels.guideActions();
  }

  playCatchup(index: number, programme: Programme, url: string): void {
    const channel = this.channels[index];
    if (!channel) return;
    if (this._lock.channelLocked(index)) {
      this.tune(index);
      return;
    }
    if (this._locks.programmeLocked(programme)) {
      this._o.askForPin?.();
      return;
    }
    if (index !== this._index) this._last = this._index;
    this._index = index;
    this._catchup = { programme };
    this._o.app.closeOverlays();
    this._play(channel, url);
    this._o.app.banner.show(this._bannerInfo());
    const described = this._model.describe(index, programme);
    this._o.announce(msg(str`回看：${described}`, { id: 'watch.replaying' }));
  }

  /** Tune to the channel with this key (a reminder's 切换), if the list has it. */
  tuneKey(channelKey: string): boolean {
    const index = this.channels.findIndex((c) => c.key === channelKey);
    if (index < 0) return false;
    this.tune(index);
    return true;
  }

  /** 搜索节目: programmes whose title the query names, on the playlist's unlocked channels. */
  findProgrammes(query: string): Promise<FoundProgramme[]> {
    const search = this._o.searchGuide ?? (() => Promise.resolve([]));
    return findProgrammes(query, this._model, search, this._now());
  }

  /** OK on a programme (in the grid, or found by 搜索节目): tune, remind or replay. */
  actOn(index: number, programme: Programme | undefined): void {
    this._panels.actOn(index, programme);
  }

  private _streamSaid(words: string): void {
    if (words) this._o.announce(words);
    this._o.app.banner.show(this._bannerInfo());
  }

  private _play(channel: Channel, url: string): void {
    this._lock.shown = false;
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
    const known = this._model.nowNext(index);
    this._o.announce(this._model.tunedWords(index, this._catchup?.programme));
    if (known || this._model.state !== 'ready' || this._lock.shown) return;
    this._o.guide.addEventListener(
      'change',
      () => {
        // Not over a panel opened meanwhile: what holds focus there is what to say.
        const live = this._o.app.mode === 'live';
        if (live && this._index === index && !this._catchup) this._announceChannel();
      },
      { once: true },
    );
  }

  private _streamDead(reason: DeadReason): void {
    const channel = this.channels[this._index];
    if (!channel) return;
    const nextIndex = (this._index + 1) % this.channels.length;
    const next = { name: this.channels[nextIndex]?.name ?? '', tune: () => this.tune(nextIndex) };
    const retry = () => this.tune(this._index);
    this._notices.show(deadStreamNotice(channel.name, reason, next, retry));
  }

  private _lockKind(): 'channel' | 'rated' {
    return this._lock.channelLocked(this._index) ? 'channel' : 'rated';
  }

  private _bannerInfo(): BannerInfo {
    const key = this.channels[this._index]?.key;
    const facts = {
      index: this._index,
      catchup: this._catchup?.programme,
      mutedHint: this._stream.mutedHint,
      favourite: key !== undefined && this._mine.isFavourite(key),
      locked: this._lock.shown ? this._lockKind() : undefined,
      tracks: this._stream.tags(),
    };
    return bannerInfo(this.channels, this._model, facts, this._now());
  }
}

/**
 * What live TV knows and says about programmes: which guide channel a playlist
 * channel matched, whether the guide is still loading, missing or failed, and
 * the words for a programme (its times, whether it can be replayed), for the
 * days of the grid and for an empty row. The banner, the channel list, the
 * grid and the speech bridge all ask here, so they say the same thing; and so
 * none of them tells what a locked channel (频道锁) shows.
 */
import { msg, str } from '@lit/localize';
import { catchupUrl, isCatchupAvailable } from '../../data/channels/catchup-url.js';
import type { Channel } from '../../data/channels/channel-types.js';
import type { Programme } from '../../data/guide/guide-types.js';
import { displayNumber } from './channel-number.js';
import type { GuideCache } from './guide-cache.js';
import { DAY_MS, clockTime, dayLabel, startOfDay } from './watch-time.js';
import {
  lockedAnnouncement,
  lockedDescription,
  ratedAnnouncement,
  withoutRatedTitle,
  withoutTitles,
} from './locked-channel.js';

export type GuideState = 'loading' | 'ready' | 'missing' | 'failed';

export interface GuideModelOptions {
  channels: readonly Channel[];
  guide: Pick<GuideCache, 'window' | 'nowNext' | 'answers'>;
  timeZone: string;
  locale: string;
  now: () => number;
  /** The channel at this index is locked now: its programmes keep their times, not their titles. */
  isLocked?: (index: number) => boolean;
  /** This programme is locked now by its rating (按节目分级): the same, for it alone. */
  programmeLocked?: (programme: Programme) => boolean;
}

/** Days the grid offers ahead of today; the days back follow the playlist's catch-up. */
const DAYS_AHEAD = 7;
const MAX_DAYS_BACK = 7;

export class GuideModel {
  private _state: GuideState = 'loading';
  private _guideIds = new Map<string, string>();

  constructor(private readonly _o: GuideModelOptions) {}

  get state(): GuideState {
    return this._state;
  }

  /** The guide arrived (with which guide channel each playlist channel matched), or did not. */
  set(state: GuideState, guideIds?: Map<string, string>): void {
    this._state = state;
    if (guideIds) this._guideIds = guideIds;
  }

  /** On air at `at` on the channel at `index`, and after it; undefined while loading. */
  nowNext(index: number, at = this._o.now()): { now?: Programme; next?: Programme } | undefined {
    const known = this._o.guide.nowNext(this._guideId(index), at);
    if (!known) return known;
    if (this._hidden(index)) {
      const hide = (programme?: Programme) => programme && withoutTitles([programme])[0];
      return { now: hide(known.now), next: hide(known.next) };
    }
    return { now: this._unlessRated(known.now), next: this._unlessRated(known.next) };
  }

  /** What is on the channel, as the guide has it (titles and all): for the lock to decide. */
  onAir(index: number, at = this._o.now()): Programme | undefined {
    return this._o.guide.nowNext(this._guideId(index), at)?.now;
  }

  programmes(index: number, from: number, to: number): Programme[] | undefined {
    if (this._state === 'loading') return undefined;
    const programmes = this._o.guide.window(this._guideId(index), from, to);
    if (!programmes) return programmes;
    if (this._hidden(index)) return withoutTitles(programmes);
    // One pass, and a new array only where a rating hides something: the grid asks for
    // every row it draws.
    let shown: Programme[] | undefined;
    programmes.forEach((programme, i) => {
      if (this.ratedLocked(programme))
        (shown ??= programmes.slice())[i] = withoutRatedTitle(programme);
    });
    return shown ?? programmes;
  }

  /** Locked by its rating now: its title is not shown, and it is not replayed or searched. */
  ratedLocked(programme: Programme): boolean {
    return this._o.programmeLocked?.(programme) ?? false;
  }

  /** How many answers the guide worker has given so far (see GridWatchdog). */
  answers(): number {
    return this._o.guide.answers;
  }

  channelLabel(index: number): string {
    return `${displayNumber(this._o.channels, index)} ${this._o.channels[index]?.name ?? ''}`;
  }

  /** Asked for every cell the grid draws, so it checks without building the address. */
  canCatchup(index: number, programme: Programme): boolean {
    const channel = this._o.channels[index];
    if (!channel || this._hidden(index) || this.ratedLocked(programme)) return false;
    return isCatchupAvailable(channel, programme, this._o.now());
  }

  /** The address that replays `programme`, when the channel's catch-up reaches it. */
  catchupUrl(index: number, programme: Programme): string | undefined {
    const channel = this._o.channels[index];
    if (this._hidden(index) || this.ratedLocked(programme)) return undefined;
    return channel && catchupUrl(channel, programme, this._o.now(), this._o.timeZone);
  }

  /**
   * "演示综合, 一周要闻, 16:30 至 17:30，可以回看", or why there is no programme to
   * name: still loading (the guide, or only this channel's programmes: `loading`),
   * or none to be had.
   */
  describe(index: number, programme: Programme | undefined, loading = false): string {
    const name = this._o.channels[index]?.name ?? '';
    if (this._hidden(index)) return lockedDescription(name);
    if (!programme) {
      const texts = this.texts();
      return `${name}, ${loading || this._state === 'loading' ? texts.loading : texts.noGuide}`;
    }
    const start = this.clock(programme.start);
    const stop = this.clock(programme.stop);
    const title = programme.title;
    let text = msg(str`${name}, ${title}, ${start} 至 ${stop}`, { id: 'watch.describeProgramme' });
    if (programme.stop <= this._o.now() && this.canCatchup(index, programme)) {
      text += msg('，可以回看', { id: 'watch.canReplay' });
    }
    return text;
  }

  /** What the speech bridge says on tuning: number, name, and what is on (or replayed). */
  tunedWords(index: number, replayed?: Programme): string {
    const channel = this._o.channels[index];
    if (!channel) return '';
    const number = displayNumber(this._o.channels, index);
    if (this._hidden(index)) return lockedAnnouncement(number, channel.name);
    const programme = replayed ?? this.nowNext(index)?.now;
    if (!programme) return `${number} ${channel.name}`;
    if (!replayed && this.ratedLocked(programme)) return ratedAnnouncement(number, channel.name);
    return `${number} ${this.describe(index, programme)}`;
  }

  /** Guide channel id → the first playlist channel matched to it; locked channels left out. */
  searchable(): Map<string, number> {
    const out = new Map<string, number>();
    this._o.channels.forEach((channel, index) => {
      const id = this._guideIds.get(channel.key);
      if (id !== undefined && !out.has(id) && !this._hidden(index)) out.set(id, index);
    });
    return out;
  }

  /** 搜索节目's words for a result: "明天 19:00 新闻联播", then "13 演示新闻 · 可以回看". */
  foundWords(index: number, programme: Programme): { what: string; where: string } {
    const now = this._o.now();
    const tz = this._o.timeZone;
    const offset = Math.round((startOfDay(programme.start, tz) - startOfDay(now, tz)) / DAY_MS);
    const when = `${this._dayLabel(offset, programme.start)} ${this.clock(programme.start)}`;
    const where = [this.channelLabel(index)];
    if (programme.start <= now && programme.stop > now) {
      where.push(msg('正在播出', { id: 'watch.found.onNow' }));
    } else if (programme.stop <= now && this.canCatchup(index, programme)) {
      where.push(msg('可以回看', { id: 'watch.found.replay' }));
    }
    return { what: `${when} ${programme.title}`, where: where.join(' · ') };
  }

  /** What stands where a programme would: still loading, or none to be had. */
  texts(): { loading: string; noGuide: string } {
    return {
      loading: msg('正在载入节目单…', { id: 'watch.guideLoading' }),
      noGuide:
        this._state === 'failed'
          ? msg('节目单暂时无法获取', { id: 'watch.guideFailed' })
          : msg('暂无节目信息', { id: 'watch.noGuide' }),
    };
  }

  /** The grid's days: back as far as any channel replays (a week at most), then a week ahead. */
  days(): { start: number; label: string }[] {
    const tz = this._o.timeZone;
    const today = startOfDay(this._o.now(), tz);
    const back = Math.min(
      MAX_DAYS_BACK,
      Math.max(0, ...this._o.channels.map((c) => c.catchup?.days ?? 0)),
    );
    const days: { start: number; label: string }[] = [];
    for (let d = -back; d < DAYS_AHEAD; d++) {
      // Half a day past midnight, then back to midnight: safe across DST changes.
      const start = startOfDay(today + d * DAY_MS + DAY_MS / 2, tz);
      days.push({ start, label: this._dayLabel(d, start) });
    }
    return days;
  }

  clock(ms: number): string {
    return clockTime(ms, this._o.timeZone);
  }

  private _hidden(index: number): boolean {
    return this._o.isLocked?.(index) ?? false;
  }

  /** The guide channel the playlist channel at `index` matched, if any. */
  private _guideId(index: number): string | undefined {
    const key = this._o.channels[index]?.key;
    return key ? this._guideIds.get(key) : undefined;
  }

  private _unlessRated(programme: Programme | undefined): Programme | undefined {
    return programme && this.ratedLocked(programme) ? withoutRatedTitle(programme) : programme;
  }

  private _dayLabel(offset: number, start: number): string {
    if (offset === 0) return msg('今天', { id: 'watch.today' });
    if (offset === -1) return msg('昨天', { id: 'watch.yesterday' });
    if (offset === 1) return msg('明天', { id: 'watch.tomorrow' });
    return dayLabel(start, this._o.timeZone, this._o.locale);
  }
}

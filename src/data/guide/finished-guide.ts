/**
 * A finished guide (GuideStoreBuilder.finish() in guide-store.ts): channels,
 * and each channel's programmes sorted and without overlaps, in typed-array
 * columns by channel then start. Queries are binary searches, and build
 * `Programme` objects only for what they return.
 */
import type { GuideChannel, Programme } from './guide-types.js';

export interface GuideStats {
  channels: number;
  /** Programmes kept. */
  programmes: number;
  /** Programmes without a usable start or channel (or for a channel past the channel cap). */
  dropped: number;
  /** Programmes with no time on air once overlaps were resolved (duplicates, zero length). */
  empty: number;
}

export interface NowNext {
  now?: Programme;
  next?: Programme;
}

/** A programme found by `find`, before it is built: where it is and when it is on. */
export interface TimedHit {
  channelId: string;
  row: number;
  start: number;
  stop: number;
}

export interface GuideColumns {
  channels: GuideChannel[];
  /** Channel c's programmes are rows offsets[c] … offsets[c + 1] - 1. */
  offsets: Uint32Array;
  start: Float64Array;
  stop: Float64Array;
  title: Uint32Array;
  subTitle: Uint32Array;
  description: Uint32Array;
  categories: Uint32Array;
  catchupId: Uint32Array;
  /** Interned `system NUL value` (guide-store.ts), 0 for none. */
  rating: Uint32Array;
  strings: readonly string[];
  categoryLists: readonly (readonly string[])[];
  stats: GuideStats;
}

/** A finished guide: channels, and each channel's programmes sorted and without overlaps. */
export class GuideStore {
  readonly stats: GuideStats;
  private readonly _c: GuideColumns;
  private readonly _channelIndex = new Map<string, number>();

  constructor(columns: GuideColumns) {
    this._c = columns;
    this.stats = columns.stats;
    columns.channels.forEach((channel, index) => this._channelIndex.set(channel.id, index));
  }

  /** Declared channels in document order, then undeclared ones in order of first programme. */
  channels(): GuideChannel[] {
    return this._c.channels.map((c) => ({ ...c, names: c.names.map((n) => ({ ...n })) }));
  }

  /** Programmes on air at some point in [from, to), by start. */
  programmes(channelId: string, from: number, to: number): Programme[] {
    const range = this._range(channelId);
    if (!range) return [];
    const out: Programme[] = [];
    const { start } = this._c;
    for (let row = this._firstEndingAfter(range[0], range[1], from); row < range[1]; row++) {
      if (start[row]! >= to) break;
      out.push(this._programme(channelId, row));
    }
    return out;
  }

  /**
   * Programmes on these channels, on air at some point in [from, to), whose
   * title `matches` accepts (asked once per distinct title: a guide repeats its
   * titles day after day), the first `limit` of them in `order`.
   */
  find(
    channelIds: readonly string[],
    window: { from: number; to: number },
    matches: (title: string) => boolean,
    order: (a: TimedHit, b: TimedHit) => number,
    limit: number,
  ): Programme[] {
    const c = this._c;
    const verdicts = new Map<number, boolean>();
    const hits: TimedHit[] = [];
    for (const channelId of new Set(channelIds)) {
      const range = this._range(channelId);
      if (!range) continue;
      let row = this._firstEndingAfter(range[0], range[1], window.from);
      for (; row < range[1] && c.start[row]! < window.to; row++) {
        const title = c.title[row]!;
        let verdict = verdicts.get(title);
        if (verdict === undefined) {
          verdict = title !== 0 && matches(c.strings[title]!);
          verdicts.set(title, verdict);
        }
        if (verdict) hits.push({ channelId, row, start: c.start[row]!, stop: c.stop[row]! });
      }
    }
    hits.sort(order);
    return hits.slice(0, limit).map((hit) => this._programme(hit.channelId, hit.row));
  }

  /** The programme on air at `at`, if any. */
  programmeAt(channelId: string, at: number): Programme | undefined {
    return this.nowNext(channelId, at).now;
  }

  /** The programme on air at `at` and the one after it (or, in a gap, the next to start). */
  nowNext(channelId: string, at: number): NowNext {
    const range = this._range(channelId);
    if (!range) return {};
    const row = this._firstEndingAfter(range[0], range[1], at);
    if (row >= range[1]) return {};
    const result: NowNext = {};
    let next = row;
    if (this._c.start[row]! <= at) {
      result.now = this._programme(channelId, row);
      next = row + 1;
    }
    if (next < range[1]) result.next = this._programme(channelId, next);
    return result;
  }

  private _range(channelId: string): [number, number] | undefined {
    const index = this._channelIndex.get(channelId);
    if (index === undefined) return undefined;
    return [this._c.offsets[index]!, this._c.offsets[index + 1]!];
  }

  /** First row in [lo, hi) whose stop is after `time` (stops increase within a channel). */
  private _firstEndingAfter(lo: number, hi: number, time: number): number {
    const { stop } = this._c;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (stop[mid]! > time) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private _programme(channelId: string, row: number): Programme {
    const c = this._c;
    const programme: Programme = {
      channelId,
      start: c.start[row]!,
      stop: c.stop[row]!,
      title: c.strings[c.title[row]!]!,
    };
    const subTitle = c.subTitle[row]!;
    if (subTitle !== 0) programme.subTitle = c.strings[subTitle];
    const description = c.description[row]!;
    if (description !== 0) programme.description = c.strings[description];
    const categories = c.categories[row]!;
    if (categories !== 0) programme.categories = [...c.categoryLists[categories]!];
    const catchupId = c.catchupId[row]!;
    if (catchupId !== 0) programme.catchupId = c.strings[catchupId];
    const rating = c.rating[row]!;
    if (rating !== 0) {
      const text = c.strings[rating]!;
      const cut = text.indexOf('\u0000');
      const value = text.slice(cut + 1);
      programme.rating = cut > 0 ? { value, system: text.slice(0, cut) } : { value };
    }
    return programme;
  }
}

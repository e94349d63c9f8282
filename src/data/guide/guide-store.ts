/**
 * The guide held in memory, built straight from the scanner's sink. Memory
 * is the constraint (a third of `@iptv/xmltv`'s for 200,000 programmes, on
 * TV boxes with little RAM), so no programme object is kept:
 *
 * - while reading, each programme becomes one row of typed-array columns
 *   (start, stop, channel, and ids of its strings);
 * - every string is interned: a guide repeats titles, categories and often
 *   descriptions across days, and each distinct one is stored once, copied
 *   out of the chunk it was read from (a V8 substring would otherwise keep the
 *   whole chunk alive);
 * - `finish()` applies the schedule rules (programme-normaliser.ts) and lays
 *   the columns out by channel then start, so a query is a binary search and
 *   builds `Programme` objects only for what it returns;
 * - channels and programmes are capped (guide-limits.ts): past a cap the
 *   first ones are kept, the rest ignored, and `capped` says which cap was
 *   reached.
 */
import { GUIDE_LIMITS, type GuideCapped } from './guide-limits.js';
import type { GuideChannel, Programme } from './guide-types.js';
import { GuideStore } from './finished-guide.js';

export { GuideStore, type GuideStats, type NowNext } from './finished-guide.js';
import { normaliseSchedule, sortByStart } from './programme-normaliser.js';
import { createXmltvParser, MAX_NAMES_PER_CHANNEL, type XmltvSink } from './xmltv-scanner.js';

/**
 * Returns a copy of `text` that does not share memory with the string it was
 * cut from. V8 represents a substring of 13 or more characters as a view on
 * its parent; concatenating and slicing again makes it flatten into a string
 * of its own, so the parent (a 64 kB chunk) can be collected.
 */
function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

class Interner {
  /** Id 0 is "none". */
  readonly strings: string[] = [''];
  private readonly _ids = new Map<string, number>();

  id(text: string | undefined): number {
    if (text === undefined || text === '') return 0;
    let id = this._ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      const own = detach(text);
      this.strings.push(own);
      this._ids.set(own, id);
    }
    return id;
  }
}

function grow<T extends Float64Array | Uint32Array>(column: T, size: number): T {
  const next = new (column.constructor as new (length: number) => T)(size);
  next.set(column);
  return next;
}

export interface GuideStoreLimits {
  /** Programmes kept at most; later ones are ignored. */
  programmes: number;
  /** Channels kept at most, declared or not; later ones and their programmes are ignored. */
  channels: number;
}

/** Collects channels and programmes from the scanner; `finish()` returns the store. */
export class GuideStoreBuilder implements XmltvSink {
  private readonly _limits: GuideStoreLimits;
  private _capped: GuideCapped | undefined;
  private _full = false;
  private readonly _strings = new Interner();
  private readonly _categoryIds = new Map<string, number>();
  private readonly _categoryLists: (readonly string[])[] = [[]];
  private readonly _channels: GuideChannel[] = [];
  private readonly _channelIndex = new Map<string, number>();
  private _count = 0;
  private _dropped = 0;
  private _capacity = 4096;
  private _channel = new Uint32Array(this._capacity);
  private _start = new Float64Array(this._capacity);
  private _stop = new Float64Array(this._capacity);
  private _title = new Uint32Array(this._capacity);
  private _subTitle = new Uint32Array(this._capacity);
  private _description = new Uint32Array(this._capacity);
  private _categories = new Uint32Array(this._capacity);
  private _catchupId = new Uint32Array(this._capacity);
  /** The rating as one interned string: its system, NUL, its value (a guide has few). */
  private _rating = new Uint32Array(this._capacity);

  constructor(limits: GuideStoreLimits = GUIDE_LIMITS) {
    this._limits = limits;
  }

  /** Programmes accepted so far (before the schedule rules). */
  get programmeCount(): number {
    return this._count;
  }

  /** The first cap reached, if any. */
  get capped(): GuideCapped | undefined {
    return this._capped;
  }

  /** True once a programme was refused for the programme cap: nothing more will be kept. */
  get full(): boolean {
    return this._full;
  }

  channel(channel: GuideChannel): void {
    const known = this._channelIndex.get(channel.id);
    if (known === undefined) {
      if (!this._roomForChannel()) return;
      const own: GuideChannel = {
        id: detach(channel.id),
        names: channel.names.map((n) =>
          n.lang === undefined ? { text: detach(n.text) } : { text: detach(n.text), lang: n.lang },
        ),
      };
      if (channel.icon !== undefined) own.icon = detach(channel.icon);
      this._channelIndex.set(own.id, this._channels.length);
      this._channels.push(own);
      return;
    }
    // Declared again (guides merged from several sources): add its other names, a few at most.
    const existing = this._channels[known]!;
    for (const name of channel.names) {
      if (existing.names.length >= MAX_NAMES_PER_CHANNEL) break;
      if (!existing.names.some((n) => n.text === name.text && n.lang === name.lang)) {
        existing.names.push({ ...name, text: detach(name.text) });
      }
    }
    if (existing.icon === undefined && channel.icon !== undefined)
      existing.icon = detach(channel.icon);
  }

  programme(programme: Programme): void {
    if (programme.channelId === '' || !Number.isFinite(programme.start)) {
      this._dropped++;
      return;
    }
    if (this._count >= this._limits.programmes) {
      this._full = true;
      this._capped ??= { limit: 'programmes', max: this._limits.programmes };
      return;
    }
    let channel = this._channelIndex.get(programme.channelId);
    if (channel === undefined) {
      if (!this._roomForChannel()) {
        this._dropped++;
        return;
      }
      // A programme for a channel the guide never declared: kept, on a channel with no names.
      channel = this._channels.length;
      const id = detach(programme.channelId);
      this._channelIndex.set(id, channel);
      this._channels.push({ id, names: [] });
    }
    if (this._count === this._capacity) this._grow();
    const row = this._count++;
    this._channel[row] = channel;
    this._start[row] = programme.start;
    this._stop[row] = programme.stop;
    const strings = this._strings;
    this._title[row] = strings.id(programme.title);
    this._subTitle[row] = strings.id(programme.subTitle);
    this._description[row] = strings.id(programme.description);
    this._catchupId[row] = strings.id(programme.catchupId);
    const rating = programme.rating;
    this._rating[row] = rating ? strings.id(`${rating.system ?? ''}\u0000${rating.value}`) : 0;
    this._categories[row] = programme.categories ? this._categoryList(programme.categories) : 0;
  }

  /** Applies the schedule rules and returns the finished store. The builder is spent. */
  finish(): GuideStore {
    const count = this._count;
    const channelCount = this._channels.length;
    // Rows grouped by channel (a stable counting sort), then each channel by start.
    const offsets = new Uint32Array(channelCount + 1);
    for (let row = 0; row < count; row++) offsets[this._channel[row]! + 1]!++;
    for (let c = 0; c < channelCount; c++) offsets[c + 1]! += offsets[c]!;
    const cursor = offsets.slice(0, channelCount);
    const order = new Uint32Array(count);
    for (let row = 0; row < count; row++) order[cursor[this._channel[row]!]!++] = row;
    this._channel = new Uint32Array(0);

    const starts = this._start;
    const stops = this._stop;
    const keptOffsets = new Uint32Array(channelCount + 1);
    let kept = 0;
    for (let c = 0; c < channelCount; c++) {
      const from = offsets[c]!;
      const to = offsets[c + 1]!;
      sortByStart(order, from, to, starts);
      const n = normaliseSchedule(order, from, to, starts, stops);
      // Compact the kept rows of this channel right after the previous channel's.
      order.copyWithin(kept, from, from + n);
      kept += n;
      keptOffsets[c + 1] = kept;
    }
    const pick = <T extends Float64Array | Uint32Array>(column: T): T => {
      const out = new (column.constructor as new (length: number) => T)(kept);
      for (let r = 0; r < kept; r++) out[r] = column[order[r]!]!;
      return out;
    };
    return new GuideStore({
      channels: this._channels,
      offsets: keptOffsets,
      start: pick(starts),
      stop: pick(stops),
      title: pick(this._title),
      subTitle: pick(this._subTitle),
      description: pick(this._description),
      categories: pick(this._categories),
      catchupId: pick(this._catchupId),
      rating: pick(this._rating),
      strings: this._strings.strings,
      categoryLists: this._categoryLists,
      stats: {
        channels: channelCount,
        programmes: kept,
        dropped: this._dropped,
        empty: count - kept,
      },
    });
  }

  /** False when the channel cap is reached (and so noted). */
  private _roomForChannel(): boolean {
    if (this._channels.length < this._limits.channels) return true;
    this._capped ??= { limit: 'channels', max: this._limits.channels };
    return false;
  }

  private _categoryList(categories: readonly string[]): number {
    if (categories.length === 0) return 0;
    const key = categories.length === 1 ? categories[0]! : categories.join('\u0000');
    let id = this._categoryIds.get(key);
    if (id === undefined) {
      id = this._categoryLists.length;
      const strings = this._strings;
      this._categoryLists.push(categories.map((c) => strings.strings[strings.id(c)]!));
      this._categoryIds.set(detach(key), id);
    }
    return id;
  }

  private _grow(): void {
    const size = this._capacity * 2;
    this._channel = grow(this._channel, size);
    this._start = grow(this._start, size);
    this._stop = grow(this._stop, size);
    this._title = grow(this._title, size);
    this._subTitle = grow(this._subTitle, size);
    this._description = grow(this._description, size);
    this._categories = grow(this._categories, size);
    this._catchupId = grow(this._catchupId, size);
    this._rating = grow(this._rating, size);
    this._capacity = size;
  }
}

/** Reads a whole guide from text chunks (tests, tools); the worker streams instead. */
export function buildGuideStore(chunks: Iterable<string>): GuideStore {
  const builder = new GuideStoreBuilder();
  const parser = createXmltvParser(builder);
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return builder.finish();
}

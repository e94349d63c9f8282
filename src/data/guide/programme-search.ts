/**
 * Finding a programme in the guide with the remote (搜索节目): by the pinyin of
 * its title ("xwlb" or "xinwen" → 新闻联播), by characters (联播), or by Latin
 * letters in the title ("NBA"). Runs in the guide worker, next to the guide.
 *
 * The readings of each distinct title are worked out once (the keyboard's
 * pinyin table) and kept while the guide is, so the next query is quick.
 * Results: what is on or still to come first, soonest first; then what has
 * been (for catch-up), latest first.
 */
import type { GuideStore, TimedHit } from './finished-guide.js';
import type { Programme } from './guide-types.js';
import { HAN, normaliseQuery, spelledFrom } from '../pinyin/pinyin-match.js';
import { tableReadings } from '../pinyin/table-readings.js';

/** More than a screen of results is more than a household scrolls with a remote. */
export const SEARCH_LIMIT = 60;
/** A longer query is not something anyone typed on a remote; it is cut. */
const MAX_QUERY = 40;

export interface ProgrammeSearchRequest {
  query: string;
  channelIds: readonly string[];
  from: number;
  to: number;
  /** What counts as "now" for the order (the page's clock, not the worker's). */
  now: number;
}

export class ProgrammeSearch {
  private readonly _readings = new Map<string, string[][]>();

  constructor(private readonly _store: GuideStore) {}

  find(request: ProgrammeSearchRequest, limit = SEARCH_LIMIT): Programme[] {
    const query = normaliseQuery(request.query).slice(0, MAX_QUERY);
    if (query === '') return [];
    const matches = HAN.test(query)
      ? (title: string) => normaliseQuery(title).includes(query)
      : (title: string) =>
          normaliseQuery(title).includes(query) || spelledFrom(this._readingsOf(title), query) >= 0;
    const now = request.now;
    const order = (a: TimedHit, b: TimedHit) => {
      const aGone = a.stop <= now;
      const bGone = b.stop <= now;
      if (aGone !== bGone) return aGone ? 1 : -1;
      return aGone ? b.start - a.start : a.start - b.start;
    };
    return this._store.find(request.channelIds, request, matches, order, limit);
  }

  private _readingsOf(title: string): string[][] {
    let readings = this._readings.get(title);
    if (!readings) {
      readings = tableReadings(title);
      this._readings.set(title, readings);
    }
    return readings;
  }
}

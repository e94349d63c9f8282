/**
 * A channel list as the portal uses it, whatever format it came in (extended
 * M3U or the Chinese "DIYP" txt list). Parsers in this folder produce it; the
 * watch area and the guide matcher read it.
 */
import type { ChannelListCapped } from './channel-list-limits.js';

/** How a channel rebuilds a stream address for a past programme. */
export type CatchupMode = 'default' | 'append' | 'shift' | 'flussonic' | 'xc';

export interface CatchupSpec {
  mode: CatchupMode;
  /** Template (default) or suffix (append); absent for shift/flussonic/xc. */
  source?: string;
  /** How many days back the server keeps; undefined when unknown. */
  days?: number;
  /** Hours added to programme times before they go into the address. */
  correctionHours?: number;
}

export interface Channel {
  /** Stable within one list: tvg-id when present and unique, else name + position. */
  key: string;
  /** Display name (the text after the comma in `#EXTINF`). */
  name: string;
  /** Stream address with any `|Header=value` suffix removed. */
  url: string;
  /** Backup addresses for the same channel (DIYP lists: `url#url2`, repeated lines), without headers. */
  alternates?: string[];
  /** HTTP headers the stream wants (from `|User-Agent=…`, `#EXTVLCOPT:http-…`). */
  headers: Record<string, string>;
  tvgId?: string;
  tvgName?: string;
  /** `tvg-chno` when given. */
  number?: number;
  logo?: string;
  /** `group-title` split on `;` (DIYP: the `,#genre#` section). */
  groups: string[];
  radio: boolean;
  catchup?: CatchupSpec;
  /** `#KODIPROP:key=value` lines. */
  kodiProps: Record<string, string>;
  /** `#EXTVLCOPT:key=value` lines. */
  vlcOptions: Record<string, string>;
}

export interface ChannelList {
  channels: Channel[];
  /** Guide addresses from the header (`x-tvg-url`, `url-tvg`), comma-separated lists split. */
  guideUrls: string[];
  /** Lines the parser did not understand, skipped. */
  skippedLines: number;
  /** Format the text was read as. */
  format: 'm3u' | 'diyp';
  /** Set when the list reached a cap (channel-list-limits.ts): only its first channels are here. */
  capped?: ChannelListCapped;
}

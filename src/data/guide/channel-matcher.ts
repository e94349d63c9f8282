/**
 * Pairs playlist channels with guide channels. Playlists and guides usually
 * come from different people, so:
 *
 * 1. `tvg-id` equal to a guide channel id, ignoring case — the intended link;
 * 2. otherwise by name: `tvg-name`, then the display name, then `tvg-id` once
 *    more, each compared with every guide `display-name` (and the guide id)
 *    after normalising: Unicode compatibility forms folded (full-width
 *    `ＣＣＴＶ－１` reads as `CCTV-1`), case ignored, spaces, `-`, `_` and `.`
 *    removed, and a trailing "HD" or "高清" dropped (`CCTV-1 HD`, `CCTV1高清`
 *    and `cctv1` are one channel).
 *
 * When several guide channels share a normalised name, the first declared wins.
 */
import type { GuideChannel } from './guide-types.js';

export interface PlaylistEntry {
  key: string;
  tvgId?: string;
  tvgName?: string;
  name: string;
}

const SEPARATORS = /[\s\-_.\u00b7\u30fb]+/g;
const QUALITY_SUFFIX = /(?:hd|高清)$/;

/** The form names are compared in. */
export function normaliseChannelName(name: string): string {
  let out = name.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
  for (;;) {
    const stripped = out.replace(QUALITY_SUFFIX, '');
    // Never strip a name down to nothing ("HD" alone stays "hd").
    if (stripped === out || stripped === '') return out;
    out = stripped;
  }
}

/** Playlist key → guide channel id, for every playlist entry that found one. */
export function matchGuideChannels(
  playlist: readonly PlaylistEntry[],
  guideChannels: readonly GuideChannel[],
): Map<string, string> {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const channel of guideChannels) {
    const id = channel.id.trim().toLowerCase();
    if (!byId.has(id)) byId.set(id, channel.id);
  }
  for (const channel of guideChannels) {
    for (const name of channel.names) {
      const key = normaliseChannelName(name.text);
      if (key !== '' && !byName.has(key)) byName.set(key, channel.id);
    }
  }
  // Ids last, so a display name always beats another channel's id.
  for (const channel of guideChannels) {
    const key = normaliseChannelName(channel.id);
    if (key !== '' && !byName.has(key)) byName.set(key, channel.id);
  }

  const matches = new Map<string, string>();
  for (const entry of playlist) {
    const tvgId = entry.tvgId?.trim();
    let found = tvgId ? byId.get(tvgId.toLowerCase()) : undefined;
    for (const candidate of [entry.tvgName, entry.name, tvgId]) {
      if (found !== undefined) break;
      if (!candidate) continue;
      const key = normaliseChannelName(candidate);
      if (key !== '') found = byName.get(key);
    }
    if (found !== undefined) matches.set(entry.key, found);
  }
  return matches;
}

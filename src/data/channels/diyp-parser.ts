/**
 * Reads the "DIYP" / TVBox txt list that Chinese operators and set-top box
 * apps use instead of M3U:
 *
 *   央视频道,#genre#
 *   CCTV-1,http://a/cctv1.m3u8#http://b/cctv1.m3u8
 *   CCTV-1,http://c/cctv1.m3u8$备用
 *
 * A `,#genre#` line starts a group. Those apps treat several addresses for one
 * name (joined by `#`, or repeated lines in the same group) as backup sources
 * of one channel, and so does this parser: the first is `url`, the rest
 * `alternates`, so the list does not show the same channel three times.
 * Past `maxChannels` (PLAYLIST_MAX_CHANNELS) reading stops and the list says it
 * was capped; a channel keeps MAX_ALTERNATES backup addresses at most.
 */
import type { ChannelList } from './channel-types.js';
import {
  MAX_ALTERNATES,
  PLAYLIST_MAX_CHANNELS,
  type ChannelListCapped,
} from './channel-list-limits.js';
import { withChannelKeys, type UnkeyedChannel } from './channel-keys.js';
import { isAbsoluteAddress, nameFromAddress } from './stream-address.js';
import { splitStreamHeaders } from './stream-headers.js';
import { textLines } from './text-lines.js';

export function parseDiyp(text: string, maxChannels = PLAYLIST_MAX_CHANNELS): ChannelList {
  const channels: UnkeyedChannel[] = [];
  let capped: ChannelListCapped | undefined;
  // Group + name → the channel collecting that name's sources.
  const byGroupAndName = new Map<string, UnkeyedChannel>();
  let group: string | undefined;
  let skippedLines = 0;

  for (const rawLine of textLines(text)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    // Lists typed on Chinese keyboards sometimes use the full-width comma.
    const comma = line.search(/[,，]/);
    if (comma < 0) {
      skippedLines++;
      continue;
    }
    const name = line.slice(0, comma).trim();
    const value = line.slice(comma + 1).trim();
    if (value.toLowerCase() === '#genre#') {
      group = name || undefined;
      continue;
    }
    const sources = splitSources(value);
    const first = sources[0];
    if (!first) {
      skippedLines++;
      continue;
    }
    const { url, headers } = splitStreamHeaders(first);
    const channelName = name || nameFromAddress(url);
    const identity = `${group ?? ''}\u0000${channelName}`;
    const known = byGroupAndName.get(identity);
    if (known) {
      addAlternates(known, sources);
      continue;
    }
    if (channels.length === maxChannels) {
      capped = { limit: 'channels', max: maxChannels };
      break;
    }
    const channel: UnkeyedChannel = {
      name: channelName,
      url,
      headers,
      groups: group ? [group] : [],
      radio: false,
      kodiProps: {},
      vlcOptions: {},
    };
    addAlternates(channel, sources.slice(1));
    byGroupAndName.set(identity, channel);
    channels.push(channel);
  }

  return {
    channels: withChannelKeys(channels),
    guideUrls: [],
    skippedLines,
    format: 'diyp',
    ...(capped && { capped }),
  };
}

/**
 * `#` separates sources only where a new address starts, so a `#fragment`
 * inside an address survives. A `$label` after an address names the source
 * for the apps' source picker; it is not part of the address.
 */
function splitSources(value: string): string[] {
  return value
    .split(/#(?=[a-z][a-z0-9+.-]*:\/\/)/i)
    .map((source) => source.trim().replace(/\$(?!\{)[^/?&=$]*$/, ''))
    .filter((source) => isAbsoluteAddress(source) && splitStreamHeaders(source).url !== '');
}

function addAlternates(channel: UnkeyedChannel, sources: string[]): void {
  const seen = new Set([channel.url, ...(channel.alternates ?? [])]);
  for (const source of sources) {
    if ((channel.alternates?.length ?? 0) >= MAX_ALTERNATES) return;
    const { url } = splitStreamHeaders(source);
    if (seen.has(url)) continue;
    seen.add(url);
    channel.alternates = [...(channel.alternates ?? []), url];
  }
}

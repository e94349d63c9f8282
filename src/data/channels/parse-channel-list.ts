/**
 * Picks the reader for a channel list by its content, not its file name or
 * Content-Type: operators serve both formats as `text/plain` from `.txt`,
 * `.m3u` and extension-less addresses alike.
 */
import type { ChannelList } from './channel-types.js';
import { parseDiyp } from './diyp-parser.js';
import { parseM3u } from './m3u-parser.js';
import { withoutByteOrderMark } from './text-lines.js';

const DIYP_GROUP = /[,，]\s*#genre#/i;
const DIYP_CHANNEL = /^[^#,，\r\n][^,，\r\n]*[,，]\s*[a-z][a-z0-9+.-]*:\/\//im;

export function parseChannelList(text: string): ChannelList {
  const body = withoutByteOrderMark(text).trimStart();
  if (/^#EXTM3U/i.test(body) || /#EXTINF/i.test(body)) return parseM3u(text);
  if (DIYP_GROUP.test(body) || DIYP_CHANNEL.test(body)) return parseDiyp(text);
  // A bare list of addresses is valid M3U; anything else comes back with no channels.
  return parseM3u(text);
}

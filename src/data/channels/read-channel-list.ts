/**
 * The text of a downloaded channel list → the list the portal uses: read by
 * its content (parse-channel-list.ts), with relative addresses (streams,
 * logos, guides, catch-up templates) resolved against the list's own URL, so
 * a list can be served from anywhere. Pure and synchronous: the channel-list
 * worker runs it, and the page does when no worker can start.
 */
import type { ChannelList } from './channel-types.js';
import { parseChannelList } from './parse-channel-list.js';

export function readChannelList(text: string, base: string): ChannelList {
  return resolveAddresses(parseChannelList(text), base);
}

function resolveAddresses(list: ChannelList, base: string): ChannelList {
  const resolve = (value: string | undefined): string | undefined => {
    if (!value) return value;
    try {
      return new URL(value, base).href;
    } catch {
      return value;
    }
  };
  // A catch-up template holds placeholders, so only a relative path is joined, by text.
  const resolveTemplate = (value: string | undefined): string | undefined =>
    value?.startsWith('/') ? new URL(base).origin + value : value;
  return {
    ...list,
    guideUrls: list.guideUrls.map((u) => resolve(u) ?? u),
    channels: list.channels.map((channel) => ({
      ...channel,
      url: resolve(channel.url) ?? channel.url,
      logo: resolve(channel.logo),
      catchup: channel.catchup && {
        ...channel.catchup,
        source:
          channel.catchup.mode === 'default'
            ? resolveTemplate(channel.catchup.source)
            : channel.catchup.source,
      },
    })),
  };
}

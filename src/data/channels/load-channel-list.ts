/**
 * Fetches the operator's channel list and reads it. Relative addresses (streams,
 * logos, guides, catch-up templates) are resolved against the list's own URL,
 * so a list can be served from anywhere. Failures come back as a typed error
 * the watch screen puts into words.
 */
import type { ChannelList } from './channel-types.js';
import { parseChannelList } from './parse-channel-list.js';

export type ChannelListProblem = 'unreachable' | 'http' | 'empty' | 'timeout';

export class ChannelListError extends Error {
  constructor(
    readonly problem: ChannelListProblem,
    readonly status?: number,
  ) {
    super(`channel list: ${problem}${status ? ` (HTTP ${status})` : ''}`);
  }
}

const TIMEOUT_MS = 15_000;

export async function loadChannelList(url: string, base = location.href): Promise<ChannelList> {
  const address = new URL(url, base).href;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(address, { signal: controller.signal, cache: 'no-cache' });
  } catch {
    throw new ChannelListError(controller.signal.aborted ? 'timeout' : 'unreachable');
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new ChannelListError('http', response.status);
  const list = parseChannelList(await response.text());
  if (list.skippedLines > 0) {
    console.warn(`[hearth:channels] skipped ${list.skippedLines} unreadable lines`);
  }
  if (list.channels.length === 0) throw new ChannelListError('empty');
  return resolveAddresses(list, address);
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

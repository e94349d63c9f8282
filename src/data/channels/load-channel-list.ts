/**
 * Fetches the operator's channel list and reads it off the main thread
 * (read-channel-list-off-thread.ts), relative addresses resolved against the
 * list's own URL. Failures come back as a typed error the watch screen puts
 * into words.
 */
import type { ChannelList } from './channel-types.js';
import { readChannelListOffThread } from './read-channel-list-off-thread.js';

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
  const list = await readChannelListOffThread(await response.text(), address);
  if (list.skippedLines > 0) {
    console.warn(`[hearth:channels] skipped ${list.skippedLines} unreadable lines`);
  }
  if (list.channels.length === 0) throw new ChannelListError('empty');
  return list;
}

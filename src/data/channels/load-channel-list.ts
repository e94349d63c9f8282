/**
 * Fetches the operator's channel list and reads it off the main thread
 * (read-channel-list-off-thread.ts), relative addresses resolved against the
 * list's own URL. Failures come back as a typed error the watch screen puts
 * into words.
 *
 * At most PLAYLIST_MAX_BYTES of the list are read: past them the download is
 * cancelled and the list is read up to its last whole line, so the household
 * still gets the channels that came first (the list says it was capped). Only
 * when those bytes hold no channel at all is it an error.
 */
import { PLAYLIST_MAX_BYTES } from './channel-list-limits.js';
import type { ChannelList } from './channel-types.js';
import { readChannelListOffThread } from './read-channel-list-off-thread.js';

export type ChannelListProblem = 'unreachable' | 'http' | 'empty' | 'timeout' | 'too-large';

export class ChannelListError extends Error {
  constructor(
    readonly problem: ChannelListProblem,
    readonly status?: number,
  ) {
    super(`channel list: ${problem}${status ? ` (HTTP ${status})` : ''}`);
  }
}

const TIMEOUT_MS = 15_000;

export async function loadChannelList(
  url: string,
  base = location.href,
  maxBytes = PLAYLIST_MAX_BYTES,
): Promise<ChannelList> {
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
  const { text, cut } = await readText(response, maxBytes);
  const list = await readChannelListOffThread(text, address);
  if (list.skippedLines > 0) {
    console.warn(`[hearth:channels] skipped ${list.skippedLines} unreadable lines`);
  }
  if (cut) {
    if (list.channels.length === 0) throw new ChannelListError('too-large');
    list.capped = { limit: 'bytes', max: maxBytes };
  }
  if (list.channels.length === 0) throw new ChannelListError('empty');
  if (list.capped) {
    console.warn(
      `[hearth:channels] the list reached its ${list.capped.limit} cap (${list.capped.max}); only its first ${list.channels.length} channels are shown`,
    );
  }
  return list;
}

/**
 * The body as UTF-8 text (as `Response.text()` reads it), up to `maxBytes`:
 * past them the download is cancelled and the text ends at its last line break,
 * so no half-read address is taken for a whole one.
 */
async function readText(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; cut: boolean }> {
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.length > maxBytes
      ? cutAtLine(decoder.decode(whole.subarray(0, maxBytes)))
      : { text: decoder.decode(whole), cut: false };
  }
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.length;
    if (read > maxBytes) {
      void reader.cancel().catch(() => undefined);
      parts.push(decoder.decode(value.subarray(0, value.length - (read - maxBytes))));
      return cutAtLine(parts.join(''));
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), cut: false };
}

function cutAtLine(text: string): { text: string; cut: true } {
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { text: end < 0 ? '' : text.slice(0, end), cut: true };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PLAYLIST_MAX_BYTES,
  PLAYLIST_MAX_CHANNELS,
} from '@src/data/channels/channel-list-limits.js';
import { ChannelListError, loadChannelList } from '@src/data/channels/load-channel-list.js';

const BASE = 'http://127.0.0.1/lists/channels.m3u';

/** An M3U entry; `padding` bytes of DRM key make it as long as real ones can be. */
function entry(i: number, padding = 0): string {
  const kodiProp = padding
    ? `#KODIPROP:inputstream.adaptive.license_key=${'k'.repeat(padding)}\n`
    : '';
  return `#EXTINF:-1 tvg-id="c${i}",频道 ${i}\n${kodiProp}http://127.0.0.1/live/${i}/index.m3u8\n`;
}

/** A body made line by line as it is read, in chunks of about 64 kB, recording how far it got. */
function streamedBody(lines: (i: number) => string, count: number) {
  const seen = { bytes: 0, cancelled: false };
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= count) {
        controller.close();
        return;
      }
      let text = i === 0 ? '#EXTM3U\n' : '';
      while (i < count && text.length < 65_536) text += lines(i++);
      const bytes = encoder.encode(text);
      seen.bytes += bytes.length;
      controller.enqueue(bytes);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

function serve(body: BodyInit) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { headers: { 'Content-Type': 'audio/x-mpegurl' } })),
  );
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('loadChannelList caps', () => {
  it('reads a list under both caps whole and says nothing of caps', async () => {
    serve(`#EXTM3U\n${entry(0)}${entry(1)}`);

    const list = await loadChannelList('channels.m3u', BASE);

    expect(list.channels.map((c) => c.url)).toEqual([
      'http://127.0.0.1/live/0/index.m3u8',
      'http://127.0.0.1/live/1/index.m3u8',
    ]);
    expect(list).not.toHaveProperty('capped');
  });

  it('keeps the first 5,000 channels of a 6,000-channel list, says so and warns', async () => {
    serve(`#EXTM3U\n${Array.from({ length: 6_000 }, (_, i) => entry(i)).join('')}`);

    const list = await loadChannelList('channels.m3u', BASE);

    expect(list.capped).toEqual({ limit: 'channels', max: PLAYLIST_MAX_CHANNELS });
    expect(list.channels).toHaveLength(PLAYLIST_MAX_CHANNELS);
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining(`only its first ${PLAYLIST_MAX_CHANNELS} channels are shown`),
    );
  });

  it('stops downloading past 8 MB and keeps the channels before, each with a whole address', async () => {
    // Entries of 2 kB: 8 MB hold about 4,100 of the 6,000, fewer than the channel cap.
    const { body, seen } = streamedBody((i) => entry(i, 1_950), 6_000);
    serve(body);

    const list = await loadChannelList('channels.m3u', BASE);

    expect(list.capped).toEqual({ limit: 'bytes', max: PLAYLIST_MAX_BYTES });
    expect(list.channels.length).toBeGreaterThan(4_000);
    expect(list.channels.length).toBeLessThan(4_300);
    list.channels.forEach((channel, i) =>
      expect(channel.url).toBe(`http://127.0.0.1/live/${i}/index.m3u8`),
    );
    expect(seen.cancelled).toBe(true);
    expect(seen.bytes).toBeLessThan(PLAYLIST_MAX_BYTES + 3 * 65_536);
  });

  it('says a list whose first 8 MB hold no channel is too large, for the retry screen', async () => {
    const { body } = streamedBody(() => '# 这一行只是注释，没有频道\n', 1_000_000);
    serve(body);

    const failure = await loadChannelList('channels.m3u', BASE).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ChannelListError);
    expect(failure).toMatchObject({ problem: 'too-large' });
  });
});

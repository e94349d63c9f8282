import { describe, expect, it, vi } from 'vitest';
import { fetchFeedDocument } from '@src/data/alerts/fetch-feed-document';

const URL_ = 'http://127.0.0.1:9/cap/index.atom';
const options = { timeoutMs: 1000, maxBytes: 10_000 };

/** A CAP server on another host whose CORS answer does not allow conditional headers. */
function strictCorsServer() {
  const asked: Record<string, string>[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    asked.push(headers);
    // What the browser does when the preflight refuses a header.
    if (headers['If-Modified-Since'] || headers['If-None-Match']) {
      throw new TypeError('Failed to fetch');
    }
    return new Response('<feed/>', {
      headers: { 'Last-Modified': 'Sun, 06 Dec 2026 08:00:00 GMT' },
    });
  }) as typeof fetch;
  return { fetchImpl, asked };
}

describe('a conditional request the network refuses', () => {
  it('is asked again plainly, so warnings still arrive', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const server = strictCorsServer();
    const document = await fetchFeedDocument(URL_, {
      ...options,
      fetchImpl: server.fetchImpl,
      validators: { etag: null, lastModified: 'Sun, 06 Dec 2026 07:00:00 GMT' },
    });
    expect(document).toMatchObject({ changed: true, text: '<feed/>' });
    expect(server.asked).toHaveLength(2);
    expect(server.asked[1]).toEqual({});
  });

  it('a plain request that fails is not tried twice', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(
      fetchFeedDocument(URL_, { ...options, fetchImpl: fetchImpl as unknown as typeof fetch }),
    ).rejects.toThrow('Failed to fetch');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});

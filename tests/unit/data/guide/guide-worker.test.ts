import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideClient, GuideRequestError } from '@src/data/guide/guide-client.js';
import type { GuideRequest, GuideResponse } from '@src/data/guide/guide-messages.js';
import {
  GUIDE_LIMITS,
  GUIDE_MAX_CHANNELS,
  GUIDE_MAX_PROGRAMMES,
} from '@src/data/guide/guide-limits.js';
import { createGuideService } from '@src/data/guide/guide-service.js';
import {
  at,
  fixture,
  fixtureBytes,
  generatedGuide,
  gzipBytes,
  gzipStream,
  textStream,
} from './fixtures.js';

const URL_ = 'http://127.0.0.1/guide.xml';
const MAKRO = 'iptv-org-epg-makrodigitaltelevision.com-content-nodecl.xml';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A fake guide server: one body, an ETag, a request log; 304 when the ETag matches. */
function server(body: string | Uint8Array<ArrayBuffer>, { etag = '"v1"', status = 200 } = {}) {
  const requests: Headers[] = [];
  const fetchImpl = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    requests.push(headers);
    if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
    return new Response(body, {
      status,
      headers: { ETag: etag, 'Last-Modified': 'Sun, 16 Feb 2025 00:00:00 GMT' },
    });
  });
  return { fetchImpl: fetchImpl as unknown as typeof fetch, requests };
}

/** The service as the worker runs it, with every message it posts. */
function service(fetchImpl: typeof fetch, limits = GUIDE_LIMITS) {
  const posted: GuideResponse[] = [];
  const { handle } = createGuideService({ post: (m) => posted.push(m), fetch: fetchImpl, limits });
  const ask = async (request: GuideRequest) => {
    await handle(request);
    return posted.filter((m) => m.id === request.id && m.type !== 'progress').at(-1);
  };
  return { ask, posted };
}

describe('the guide worker service', () => {
  it('loads a guide, then answers window queries and matches from it', async () => {
    const { ask } = service(server(fixtureBytes(MAKRO)).fetchImpl);

    const ready = await ask({ type: 'load', id: 1, url: URL_ });
    const result = await ask({
      type: 'query',
      id: 2,
      channelIds: ['17', 'unknown'],
      from: at('2025-02-17T15:30:00Z'),
      to: at('2025-02-17T16:30:00Z'),
    });
    const matched = await ask({
      type: 'match',
      id: 3,
      playlist: [{ key: 'k', name: 'Service 1' }],
    });

    expect(ready).toMatchObject({
      type: 'ready',
      etag: '"v1"',
      lastModified: 'Sun, 16 Feb 2025 00:00:00 GMT',
      stats: { channels: 1, programmes: 64, dropped: 0, empty: 2 },
      channels: [{ id: '17', names: [{ text: 'Service 1' }] }],
    });
    expect(result).toMatchObject({ type: 'result', id: 2 });
    const programmes = (result as Extract<GuideResponse, { type: 'result' }>).programmes;
    expect(programmes['17']!.map((p) => p.title)).toEqual(['Videoteka Musical', 'Abba Conecta']);
    expect(programmes['unknown']).toEqual([]);
    expect(matched).toEqual({ type: 'matched', id: 3, matches: [['k', '17']] });
  });

  it('asks conditionally the second time and keeps its guide on 304', async () => {
    const { fetchImpl, requests } = server(fixtureBytes(MAKRO));
    const { ask } = service(fetchImpl);

    await ask({ type: 'load', id: 1, url: URL_ });
    const second = await ask({ type: 'load', id: 2, url: URL_ });

    expect(requests[0]!.get('If-None-Match')).toBeNull();
    expect(requests[1]!.get('If-None-Match')).toBe('"v1"');
    expect(requests[1]!.get('If-Modified-Since')).toBe('Sun, 16 Feb 2025 00:00:00 GMT');
    expect(second).toMatchObject({ type: 'unchanged', stats: { programmes: 64 } });
  });

  it('reports a refused guide as refused, and keeps no guide', async () => {
    const hostile = '<!DOCTYPE tv [<!ENTITY x SYSTEM "file:///etc/passwd">]><tv>&x;</tv>';
    const { ask } = service(server(hostile).fetchImpl);

    expect(await ask({ type: 'load', id: 1, url: URL_ })).toEqual({
      type: 'error',
      id: 1,
      message: expect.stringMatching(/internal DTD subset/),
      refused: true,
    });
    expect(await ask({ type: 'query', id: 2, channelIds: ['a'], from: 0, to: 1 })).toMatchObject({
      type: 'error',
      message: 'no guide is loaded',
      refused: false,
    });
  });

  it('reports an HTTP failure clearly', async () => {
    const { ask } = service(server('gone', { status: 503 }).fetchImpl);

    expect(await ask({ type: 'load', id: 1, url: URL_ })).toMatchObject({
      type: 'error',
      message: 'the guide server answered HTTP 503',
      refused: false,
    });
  });

  it('serves what a truncated guide had, without validators, so the next load fetches it all', async () => {
    const text = fixture(MAKRO);
    const { fetchImpl, requests } = server(text.slice(0, text.length / 2));
    const { ask } = service(fetchImpl);

    const ready = await ask({ type: 'load', id: 1, url: URL_ });
    await ask({ type: 'load', id: 2, url: URL_ });

    expect(ready).toMatchObject({ type: 'ready', partial: expect.stringMatching(/truncated/) });
    expect(ready).not.toHaveProperty('etag');
    expect((ready as Extract<GuideResponse, { type: 'ready' }>).stats.programmes).toBeGreaterThan(
      20,
    );
    expect(requests[1]!.get('If-None-Match')).toBeNull();
  });

  it('posts progress while reading a large guide', async () => {
    const programmes = Array.from({ length: 25_000 }, (_, i) => {
      const start = new Date(Date.UTC(2025, 2, 1) + i * 60_000).toISOString().replace(/\D/g, '');
      return `<programme start="${start.slice(0, 14)}" channel="c"><title>P${i}</title></programme>`;
    });
    const { ask, posted } = service(server(`<tv>${programmes.join('\n')}</tv>`).fetchImpl);

    await ask({ type: 'load', id: 1, url: URL_ });

    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress).toEqual([{ type: 'progress', id: 1, programmes: expect.any(Number) }]);
    expect((progress[0] as { programmes: number }).programmes).toBeGreaterThanOrEqual(20_000);
    expect(posted.at(-1)).toMatchObject({ type: 'ready', stats: { programmes: 25_000 } });
  });

  it('abandons a load when asked to', async () => {
    const fetchImpl = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
      })) as typeof fetch;
    const posted: GuideResponse[] = [];
    const { handle } = createGuideService({ post: (m) => posted.push(m), fetch: fetchImpl });

    const loading = handle({ type: 'load', id: 1, url: URL_ });
    await handle({ type: 'abort', id: 1 });
    await loading;

    expect(posted).toEqual([
      { type: 'error', id: 1, message: 'the guide load was abandoned', refused: false },
    ]);
  });
});

/** `count` channels declared, and nothing else. */
function channelsGuide(count: number): string {
  const channels = Array.from(
    { length: count },
    (_, i) => `<channel id="c${i}"><display-name>频道 ${i}</display-name></channel>`,
  );
  return `<tv>\n${channels.join('\n')}\n</tv>`;
}

type Ready = Extract<GuideResponse, { type: 'ready' }>;

describe('the guide worker service at its caps', () => {
  it('stops a gzip guide packed with programmes at the programme cap, serves the first ones and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { pieces } = generatedGuide(GUIDE_MAX_PROGRAMMES + 20_000);
    const fetchImpl = (async () =>
      new Response(gzipStream(pieces()), { headers: { ETag: '"big"' } })) as typeof fetch;
    const { ask } = service(fetchImpl);

    const ready = (await ask({ type: 'load', id: 1, url: URL_ })) as Ready;
    const first = await ask({ type: 'query', id: 2, channelIds: ['c0'], from: 0, to: Infinity });

    expect(ready).toMatchObject({
      type: 'ready',
      etag: '"big"',
      capped: { limit: 'programmes', max: GUIDE_MAX_PROGRAMMES },
      stats: { programmes: GUIDE_MAX_PROGRAMMES, channels: 600 },
    });
    expect(ready).not.toHaveProperty('partial');
    const programmes = (first as Extract<GuideResponse, { type: 'result' }>).programmes['c0']!;
    expect(programmes[0]!.title).toBe('节目 0');
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining(`programmes cap (${GUIDE_MAX_PROGRAMMES})`),
      expect.anything(),
    );
  }, 30_000);

  it('stops downloading once the programme cap is reached', async () => {
    // Uncompressed, so what was downloaded is what was made (node's inflater takes its
    // whole input at once, a browser's only as its output is read).
    const { pieces, made } = generatedGuide(100_000);
    let cancelled = false;
    const fetchImpl = (async () =>
      new Response(
        textStream(pieces(), () => {
          cancelled = true;
        }),
      )) as typeof fetch;
    const { ask } = service(fetchImpl, { ...GUIDE_LIMITS, programmes: 1_000 });

    const ready = (await ask({ type: 'load', id: 1, url: URL_ })) as Ready;

    expect(ready).toMatchObject({ capped: { limit: 'programmes', max: 1_000 } });
    expect(ready.stats.programmes).toBe(1_000);
    expect(cancelled).toBe(true);
    expect(made.programmes).toBeLessThan(5_000);
  });

  it('serves what came before the XML cap of a gzip guide, and keeps its validators', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { pieces } = generatedGuide(100_000);
    const { fetchImpl, requests } = server(await gzipBytes(pieces()), { etag: '"gz"' });
    const { ask } = service(fetchImpl, { ...GUIDE_LIMITS, xmlBytes: 2 * 1024 * 1024 });

    const ready = (await ask({ type: 'load', id: 1, url: URL_ })) as Ready;
    const again = await ask({ type: 'load', id: 2, url: URL_ });

    expect(ready).toMatchObject({
      type: 'ready',
      etag: '"gz"',
      capped: { limit: 'xml', max: 2 * 1024 * 1024 },
    });
    expect(ready.stats.programmes).toBeGreaterThan(10_000);
    expect(ready.stats.programmes).toBeLessThan(100_000);
    expect(requests[1]!.get('If-None-Match')).toBe('"gz"');
    expect(again).toMatchObject({ type: 'unchanged' });
  });

  it('serves a guide cut at its download cap before any programme, empty, rather than failing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ask } = service(server(channelsGuide(5_000)).fetchImpl, {
      ...GUIDE_LIMITS,
      downloadBytes: 64 * 1024,
    });

    const ready = (await ask({ type: 'load', id: 1, url: URL_ })) as Ready;

    expect(ready).toMatchObject({
      type: 'ready',
      capped: { limit: 'download', max: 64 * 1024 },
      stats: { programmes: 0 },
    });
    expect(ready.channels.length).toBeGreaterThan(100);
    expect(ready.channels.length).toBeLessThan(5_000);
  });

  it('keeps the first channels of a guide declaring more than the channel cap', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { ask } = service(server(channelsGuide(GUIDE_MAX_CHANNELS + 1)).fetchImpl);

    const ready = (await ask({ type: 'load', id: 1, url: URL_ })) as Ready;

    expect(ready.capped).toEqual({ limit: 'channels', max: GUIDE_MAX_CHANNELS });
    expect(ready.channels).toHaveLength(GUIDE_MAX_CHANNELS);
    expect(ready.channels.at(-1)!.id).toBe(`c${GUIDE_MAX_CHANNELS - 1}`);
  });
});

/** A Worker stand-in running the service in-process, cloning messages both ways as a worker would. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly received: GuideRequest[] = [];
  private readonly _service;

  constructor(fetchImpl: typeof fetch) {
    this._service = createGuideService({
      post: (message) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(message) } as MessageEvent);
      },
      fetch: fetchImpl,
    });
  }

  postMessage(message: GuideRequest): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    queueMicrotask(() => void this._service.handle(copy));
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

function client(fetchImpl: typeof fetch, options = {}) {
  const workers: FakeWorker[] = [];
  const guide = new GuideClient(() => {
    const worker = new FakeWorker(fetchImpl);
    workers.push(worker);
    return worker as unknown as Worker;
  }, options);
  return { guide, workers };
}

describe('GuideClient', () => {
  it('loads through the worker, then asks for windows and matches', async () => {
    const onProgress = vi.fn();
    const { guide, workers } = client(server(fixtureBytes(MAKRO)).fetchImpl, { onProgress });

    const loaded = await guide.load(URL_);
    const windows = await guide.programmes(
      ['17'],
      at('2025-02-17T15:30:00Z'),
      at('2025-02-17T16:00:00Z'),
    );
    const matches = await guide.match([{ key: 'k', tvgName: 'SERVICE-1', name: 'x' }]);

    expect(workers).toHaveLength(1);
    expect(loaded).toMatchObject({ unchanged: false, stats: { programmes: 64 } });
    expect(loaded.channels.map((c) => c.id)).toEqual(['17']);
    expect(windows).toEqual(
      new Map([['17', [expect.objectContaining({ title: 'Videoteka Musical', channelId: '17' })]]]),
    );
    expect(matches).toEqual(new Map([['k', '17']]));
  });

  it('reloads conditionally and says when the guide is unchanged', async () => {
    const { guide, workers } = client(server(fixtureBytes(MAKRO)).fetchImpl);

    await guide.load(URL_);
    const again = await guide.load(URL_);

    expect(workers[0]!.received[1]).toMatchObject({ type: 'load', etag: '"v1"' });
    expect(again).toMatchObject({ unchanged: true, stats: { programmes: 64 } });
  });

  it('says when the guide reached a cap', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { guide } = client(server(channelsGuide(GUIDE_MAX_CHANNELS + 1)).fetchImpl);

    const loaded = await guide.load(URL_);

    expect(loaded.capped).toEqual({ limit: 'channels', max: GUIDE_MAX_CHANNELS });
    expect(loaded.channels).toHaveLength(GUIDE_MAX_CHANNELS);
  });

  it('rejects a refused guide with refused set', async () => {
    const { guide } = client(server('<!DOCTYPE tv [<!ENTITY a "b">]><tv/>').fetchImpl);

    const failure = await guide.load(URL_).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(GuideRequestError);
    expect(failure).toMatchObject({ refused: true, message: expect.stringMatching(/refused/) });
  });

  it('rejects everything pending when the worker fails, and starts a new worker next time', async () => {
    const never = (() => new Promise(() => {})) as unknown as typeof fetch;
    const { guide, workers } = client(never);

    const pending = guide.load(URL_);
    workers[0]!.crash('out of memory');

    await expect(pending).rejects.toThrow('the guide worker failed: out of memory');
    expect(workers[0]!.terminated).toBe(true);
    await expect(guide.programmes(['a'], 0, 1)).rejects.toThrow('no guide is loaded');
    expect(workers).toHaveLength(2);
  });

  it('gives up on a slow load with a clear error and tells the worker to stop', async () => {
    vi.useFakeTimers();
    const never = (() => new Promise(() => {})) as unknown as typeof fetch;
    const { guide, workers } = client(never, { loadTimeoutMs: 120_000 });

    const pending = guide.load(URL_);
    const outcome = expect(pending).rejects.toThrow('the guide did not load within 120 s');
    await vi.advanceTimersByTimeAsync(120_000);

    await outcome;
    expect(workers[0]!.received.at(-1)).toEqual({ type: 'abort', id: 1 });
  });

  it('rejects pending and later requests once disposed', async () => {
    const never = (() => new Promise(() => {})) as unknown as typeof fetch;
    const { guide, workers } = client(never);

    const pending = guide.load(URL_);
    guide.dispose();

    await expect(pending).rejects.toThrow('the guide client was disposed');
    await expect(guide.match([])).rejects.toThrow('the guide client was disposed');
    expect(workers[0]!.terminated).toBe(true);
  });
});

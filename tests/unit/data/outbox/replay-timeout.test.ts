import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueue, listOutbox } from '@src/data/outbox/outbox-client';
import { replayOutbox } from '@src/data/outbox/replay';
import { sharedFakeDb } from './fake-local-db';

vi.mock('@src/data/local-db', () => import('./fake-local-db').then((m) => m.mockModule));

const offline: typeof fetch = async () => {
  throw new TypeError('offline');
};

beforeAll(() => {
  vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
  vi.stubGlobal('fetch', offline);
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => sharedFakeDb.clear());

describe('a server that never answers', () => {
  it('holds up the outbox for 30 s at most: the try is aborted and the rest go', async () => {
    await enqueue({ label: '第一件', url: '/hangs', body: { a: 1 } });
    await enqueue({ label: '第二件', url: '/answers', body: { b: 2 } });
    await replayOutbox(offline);
    for (const row of sharedFakeDb.store('outbox').values()) {
      (row as { nextAttemptAt: number }).nextAttemptAt = 0;
    }
    let aborted = false;
    let hangStarted = () => {};
    const hanging = new Promise<void>((resolve) => (hangStarted = resolve));
    const server: typeof fetch = (input, init) => {
      if (String(input).endsWith('/answers')) return Promise.resolve(new Response('{}'));
      hangStarted();
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const replay = replayOutbox(server);
      // Unsealing the item takes real time (WebCrypto): wait for the try itself.
      await hanging;
      await vi.advanceTimersByTimeAsync(29_999);
      expect(aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const result = await replay;
      expect(aborted).toBe(true);
      expect(result).toMatchObject({ delivered: 1, waiting: 1 });
      const [left] = await listOutbox();
      expect(left).toMatchObject({ label: '第一件', state: 'waiting' });
    } finally {
      vi.useRealTimers();
    }
  });
});

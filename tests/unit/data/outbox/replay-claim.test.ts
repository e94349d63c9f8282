import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedFakeDb } from './fake-local-db';

vi.mock('@src/data/local-db', () => import('./fake-local-db').then((m) => m.mockModule));

const ORIGIN = 'http://127.0.0.1:4173';
type ReplayModule = typeof import('@src/data/outbox/replay');
type ClientModule = typeof import('@src/data/outbox/outbox-client');

/** A fresh copy of the outbox modules: what a second tab or the service worker runs. */
async function anotherContext(): Promise<{ replay: ReplayModule; client: ClientModule }> {
  vi.resetModules();
  return {
    replay: await import('@src/data/outbox/replay'),
    client: await import('@src/data/outbox/outbox-client'),
  };
}

const offline: typeof fetch = async () => {
  throw new TypeError('offline');
};

beforeAll(() => {
  vi.stubGlobal('location', new URL(`${ORIGIN}/`));
  vi.stubGlobal('fetch', offline);
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => sharedFakeDb.clear());

describe('two contexts replaying the outbox at once', () => {
  it('send each item once: only one of them can claim it', async () => {
    const page = await anotherContext();
    await page.client.enqueue({ label: '高龄津贴申请', url: '/api/submit', body: { a: 1 } });
    await page.client.enqueue({ label: '预约挂号', url: '/api/book', body: { b: 2 } });
    await page.replay.replayOutbox(offline);
    // Both items wait with a backoff: make them due again for everyone.
    for (const row of sharedFakeDb.store('outbox').values()) {
      (row as { nextAttemptAt: number }).nextAttemptAt = 0;
    }
    const worker = await anotherContext();
    const tab = await anotherContext();
    const sent: string[] = [];
    const server: typeof fetch = async (input) => {
      sent.push(String(input));
      // The answer takes a while, so both contexts are mid-replay together.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return new Response('{}', { status: 201 });
    };
    const [a, b] = await Promise.all([
      worker.replay.replayOutbox(server),
      tab.replay.replayOutbox(server),
    ]);
    expect(sent.sort()).toEqual([`${ORIGIN}/api/book`, `${ORIGIN}/api/submit`]);
    expect(a.delivered + b.delivered).toBe(2);
    expect(await tab.client.listOutbox()).toEqual([]);
  });
});

describe('an item whose try was cut off (the worker replaced, the TV switched off)', () => {
  it('is listed with the time a replay will take it up again, and then goes once', async () => {
    const page = await anotherContext();
    await page.client.enqueue({ label: '高龄津贴申请', url: '/api/submit', body: { a: 1 } });
    await page.replay.replayOutbox(offline);
    const startedAt = Date.now() - 5_000;
    for (const row of sharedFakeDb.store('outbox').values()) {
      Object.assign(row as object, { state: 'sending', sendingSince: startedAt });
    }
    const [item] = await page.client.listOutbox();
    // The scheduler wakes a replay then; before, only 'waiting' items woke it.
    expect(item?.dueAt).toBe(startedAt + 15_000);
    const sent: string[] = [];
    const server: typeof fetch = async (input) => {
      sent.push(String(input));
      return new Response('{}', { status: 201 });
    };
    expect((await page.replay.replayOutbox(server)).nextDueAt).toBe(startedAt + 15_000);
    expect(sent).toEqual([]);
    for (const row of sharedFakeDb.store('outbox').values()) {
      Object.assign(row as object, { sendingSince: Date.now() - 16_000 });
    }
    expect((await page.replay.replayOutbox(server)).delivered).toBe(1);
    expect(sent).toHaveLength(1);
  });
});

describe('a try that takes long against a slow server', () => {
  it('keeps its claim while it runs, so no other context sends the item again', async () => {
    const page = await anotherContext();
    await page.client.enqueue({ label: '高龄津贴申请', url: '/api/submit', body: { a: 1 } });
    await page.replay.replayOutbox(offline);
    for (const row of sharedFakeDb.store('outbox').values()) {
      (row as { nextAttemptAt: number }).nextAttemptAt = 0;
    }
    const worker = await anotherContext();
    const tab = await anotherContext();
    const sent: string[] = [];
    let answer = () => {};
    let tryStarted = () => {};
    const started = new Promise<void>((resolve) => (tryStarted = resolve));
    const slow: typeof fetch = (input) => {
      sent.push(String(input));
      tryStarted();
      return new Promise((resolve) => (answer = () => resolve(new Response('{}'))));
    };
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    try {
      const first = worker.replay.replayOutbox(slow);
      await started;
      // Well past the 15 s after which an unrenewed claim counts as cut off.
      await vi.advanceTimersByTimeAsync(25_000);
      const second = await tab.replay.replayOutbox(slow);
      expect(second).toMatchObject({ delivered: 0, waiting: 1 });
      expect(sent).toHaveLength(1);
      answer();
      expect((await first).delivered).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

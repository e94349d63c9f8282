/**
 * A worker whose navigator.onLine still says offline after the network came
 * back skipped every item while the pages waited on it (the fault matrix saw
 * six items sit for 30 s). A page's word that it is online, sent with its
 * replay request, is believed for a minute.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueue } from '@src/data/outbox/outbox-client';
import { noteOnline, replayOutbox } from '@src/data/outbox/replay';
import { sharedFakeDb } from './fake-local-db';

vi.mock('@src/data/local-db', () => import('./fake-local-db').then((m) => m.mockModule));

beforeAll(() => {
  vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
  vi.stubGlobal('navigator', { onLine: false });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => sharedFakeDb.clear());

describe("the network's state as a replay sees it", () => {
  it('tries nothing while this context says offline, then sends on a page saying online', async () => {
    await enqueue({ label: '申请', url: '/submit', body: { a: 1 } });
    const tries: string[] = [];
    const server: typeof fetch = async (input) => {
      tries.push(String(input));
      return new Response('{}', { status: 201 });
    };
    expect(await replayOutbox(server)).toMatchObject({ delivered: 0, waiting: 1 });
    expect(tries).toEqual([]);

    noteOnline();
    expect(await replayOutbox(server)).toMatchObject({ delivered: 1, waiting: 0 });
    expect(tries).toEqual(['http://127.0.0.1:4173/submit']);
  });

  it('stops believing the word after a minute', async () => {
    noteOnline(Date.now() - 61_000);
    await enqueue({ label: '申请', url: '/submit', body: { a: 1 } });
    const result = await replayOutbox(async () => new Response('{}', { status: 201 }));
    expect(result).toMatchObject({ delivered: 0, waiting: 1 });
  });
});

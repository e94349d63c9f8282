import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { enqueue, listOutbox, takeOutboxResult } from '@src/data/outbox/outbox-client';
import { MAX_RESULT_BYTES } from '@src/data/outbox/outbox-results';
import { openPayload, allRecords } from '@src/data/outbox/outbox-store';
import { replayOutbox } from '@src/data/outbox/replay';
import { sharedFakeDb } from './fake-local-db';

vi.mock('@src/data/local-db', () => import('./fake-local-db').then((m) => m.mockModule));

const ORIGIN = 'http://127.0.0.1:4173';
const neverSend: typeof fetch = async () => {
  throw new TypeError('offline');
};

/** What the network answers; enqueue asks for a replay at once, which uses it. */
let network: typeof fetch = neverSend;

beforeAll(() => {
  vi.stubGlobal('location', new URL(`${ORIGIN}/`));
  vi.stubGlobal('fetch', ((input, init) => network(input, init)) as typeof fetch);
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(async () => {
  await replayOutbox(neverSend); // let a replay started by the previous test finish
  network = neverSend;
  sharedFakeDb.clear();
});

/** Queue an item while the network answers `with`, and let the replay run. */
async function deliver(with_: typeof fetch): Promise<string> {
  network = with_;
  const id = await queue();
  await replayOutbox();
  return id;
}

const queue = (idempotencyKey?: string) =>
  enqueue({ label: '高龄津贴申请', url: '/api/submit', body: { a: 1 }, idempotencyKey });

describe('queueing under a chosen Idempotency-Key', () => {
  it('sends every try with the key the caller gave', async () => {
    const id = await queue('direct-try-key');
    const [record] = await allRecords();
    expect(record?.id).toBe(id);
    const payload = record && (await openPayload(record));
    expect(payload?.headers['Idempotency-Key']).toBe('direct-try-key');
    expect(payload?.url).toBe(`${ORIGIN}/api/submit`);
  });

  it('makes up a fresh key when none is given', async () => {
    await queue();
    await queue();
    const keys = await Promise.all(
      (await allRecords()).map(async (r) => (await openPayload(r)).headers['Idempotency-Key']),
    );
    expect(new Set(keys).size).toBe(2);
  });
});

describe('keeping the answer to a delivered item', () => {
  const answer =
    (body: BodyInit | null, headers: Record<string, string>, status = 201): typeof fetch =>
    async () =>
      new Response(body, { status, headers });

  it('keeps a JSON answer sealed until the page takes it, once', async () => {
    const id = await deliver(
      answer(JSON.stringify({ receipt: 'TV-1', status: 'received' }), {
        'Content-Type': 'application/problem+json',
      }),
    );
    expect(await listOutbox()).toEqual([]);
    const stored = JSON.stringify([...sharedFakeDb.store('outbox-results').values()]);
    expect(stored).not.toContain('TV-1');
    expect(await takeOutboxResult(id)).toEqual({
      status: 201,
      body: { receipt: 'TV-1', status: 'received' },
    });
    expect(await takeOutboxResult(id)).toBeNull();
  });

  it('keeps only the status of an answer that is not JSON or too large', async () => {
    const text = await deliver(answer('OK', { 'Content-Type': 'text/plain' }, 200));
    expect(await takeOutboxResult(text)).toEqual({ status: 200, body: null });
    const big = JSON.stringify({ padding: 'x'.repeat(MAX_RESULT_BYTES) });
    const large = await deliver(answer(big, { 'Content-Type': 'application/json' }));
    expect(await takeOutboxResult(large)).toEqual({ status: 201, body: null });
  });

  it('keeps nothing while the item still waits (5xx)', async () => {
    const id = await deliver(answer('{}', { 'Content-Type': 'application/json' }, 503));
    expect((await listOutbox()).map((item) => item.id)).toEqual([id]);
    expect(await takeOutboxResult(id)).toBeNull();
  });
});

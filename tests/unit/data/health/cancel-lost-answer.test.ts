import type { Appointment } from 'fhir/r4';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelAppointment, queuedCancellation } from '@src/data/health/appointments';
import { readBooking } from '@src/data/health/appointment-resource';
import { FhirClient } from '@src/data/health/fhir-client';
import { HealthError } from '@src/data/health/health-error';
import { enqueue, listOutbox, takeOutboxResult } from '@src/data/outbox/outbox-client';
import { replayOutbox } from '@src/data/outbox/replay';
import { sharedFakeDb } from '../outbox/fake-local-db';
import { BASE, TOKEN, fakeFetch, fhirJson, fixture, type SentRequest } from './fixture-server';

vi.mock('@src/data/local-db', () => import('../outbox/fake-local-db').then((m) => m.mockModule));

/**
 * A FHIR server holding one appointment at version 3. `loseNextAnswer` makes it
 * store the next PUT and then drop the connection, as a network does.
 */
function appointmentServer() {
  let stored: Appointment = {
    ...fixture<Appointment>('Appointment-example'),
    status: 'booked',
    meta: { versionId: '3' },
  };
  let loseNextAnswer = false;
  const { fetch, sent } = fakeFetch((request: SentRequest) => {
    if (request.method === 'GET') return fhirJson(stored);
    const wanted = request.headers.get('If-Match');
    if (wanted !== `W/"${stored.meta?.versionId}"`) {
      return fhirJson({ resourceType: 'OperationOutcome', issue: [] }, 412);
    }
    const version = String(Number(stored.meta?.versionId) + 1);
    stored = { ...(request.body as Appointment), meta: { versionId: version } };
    if (loseNextAnswer) {
      loseNextAnswer = false;
      throw new TypeError('connection reset after the server stored it');
    }
    return fhirJson(stored);
  });
  return {
    fetch,
    sent,
    loseNextAnswer: () => (loseNextAnswer = true),
    hospitalMoves: () =>
      (stored = {
        ...stored,
        start: '2026-12-09T10:00:00Z',
        meta: { versionId: String(Number(stored.meta?.versionId) + 1) },
      }),
    readAsFirstSeen: () => readBooking({ ...stored, meta: { versionId: '3' } }, BASE),
  };
}

/** Where the page's own replay (started by enqueue) sends: the test's server, never the network. */
let network: typeof fetch = async () => {
  throw new TypeError('offline');
};
beforeAll(() => {
  vi.stubGlobal('location', new URL('http://127.0.0.1:4173/'));
  vi.stubGlobal('fetch', ((input, init) => network(input, init)) as typeof fetch);
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(async () => {
  await replayOutbox(); // let a replay from the previous test finish
  sharedFakeDb.clear();
});

describe('a cancellation whose first answer was lost', () => {
  it('is reported cancelled when tried again from the screen, not as changed by the hospital', async () => {
    const server = appointmentServer();
    const client = new FhirClient({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
    const booking = server.readAsFirstSeen();
    if (!booking) throw new Error('fixture has no booking');
    server.loseNextAnswer();
    await expect(cancelAppointment(client, booking, 'pat', '')).rejects.toBeInstanceOf(HealthError);
    const again = await cancelAppointment(client, booking, 'pat', '');
    expect(again.status).toBe('cancelled');
    expect(server.sent.map((r) => r.method)).toEqual(['PUT', 'PUT', 'GET']);
  });

  it('still says "changed" when the hospital really did change it', async () => {
    const server = appointmentServer();
    const client = new FhirClient({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
    const booking = server.readAsFirstSeen();
    if (!booking) throw new Error('fixture has no booking');
    server.hospitalMoves();
    const error = await cancelAppointment(client, booking, 'pat', '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HealthError);
    expect((error as HealthError).kind).toBe('conflict');
  });

  it('queued in the outbox, is delivered on replay when the resource read back is cancelled', async () => {
    const server = appointmentServer();
    const client = new FhirClient({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
    const booking = server.readAsFirstSeen();
    if (!booking) throw new Error('fixture has no booking');
    const request = queuedCancellation(client, booking, 'pat', '');
    server.loseNextAnswer();
    network = server.fetch;
    const id = await enqueue({ label: '取消预约', ...request });
    await replayOutbox(); // the PUT lands, its answer is lost
    for (const row of sharedFakeDb.store('outbox').values()) {
      (row as { nextAttemptAt: number }).nextAttemptAt = 0;
    }
    const result = await replayOutbox(); // 412, then read back
    expect(result).toMatchObject({ delivered: 1, failed: 0 });
    expect(await listOutbox()).toEqual([]);
    expect((await takeOutboxResult(id))?.status).toBe(200);
    const reads = server.sent.filter((r) => r.method === 'GET');
    expect(reads).toHaveLength(1);
    expect(reads[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(reads[0]?.headers.get('If-Match')).toBeNull();
  });

  it('queued, is shown refused when the appointment read back was not cancelled', async () => {
    const server = appointmentServer();
    const client = new FhirClient({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
    const booking = server.readAsFirstSeen();
    if (!booking) throw new Error('fixture has no booking');
    server.hospitalMoves();
    network = server.fetch;
    await enqueue({ label: '取消预约', ...queuedCancellation(client, booking, 'pat', '') });
    const result = await replayOutbox();
    expect(result).toMatchObject({ delivered: 0, failed: 1 });
    expect((await listOutbox())[0]?.state).toBe('failed');
  });
});

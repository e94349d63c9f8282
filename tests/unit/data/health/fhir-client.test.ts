import type { Appointment, HealthcareService, OperationOutcome } from 'fhir/r4';
import { describe, expect, it, vi } from 'vitest';
import { FhirClient } from '@src/data/health/fhir-client';
import { HealthError } from '@src/data/health/health-error';
import { BASE, TOKEN, fakeFetch, fhirJson, fixture, searchset, type Route } from './fixture-server';

function clientFor(route: Route, options: { timeoutMs?: number; online?: () => boolean } = {}) {
  const fake = fakeFetch(route);
  const client = new FhirClient({
    baseUrl: BASE,
    token: TOKEN,
    fetch: fake.fetch,
    timeoutMs: options.timeoutMs ?? 1000,
    ...(options.online ? { isOnline: options.online } : {}),
  });
  return { client, sent: fake.sent };
}

async function failure(promise: Promise<unknown>): Promise<HealthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HealthError) return error;
    throw error;
  }
  throw new Error('expected a HealthError');
}

const outcome = (code: string, text: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: code as 'conflict', details: { text }, diagnostics: 'en' }],
});

describe('FhirClient search', () => {
  it('sends the token only in the Authorization header and asks for FHIR JSON', async () => {
    const service = fixture<HealthcareService>('HealthcareService-example');
    const { client, sent } = clientFor(() => fhirJson(searchset([service])));

    const result = await client.search<HealthcareService>('HealthcareService', [
      ['active', 'true'],
    ]);

    expect(result.matches.map((s) => s.id)).toEqual(['example']);
    expect(sent[0]?.url.href).toBe(`${BASE}/HealthcareService?active=true`);
    expect(sent[0]?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent[0]?.headers.get('Accept')).toBe('application/fhir+json');
    expect(sent[0]?.url.href).not.toContain(TOKEN);
  });

  it('follows Bundle.link[next] until the last page and separates included resources', async () => {
    const pages = [
      searchset([fixture('Slot-1')], [fixture('Schedule-example')], `${BASE}/Slot?page=2`),
      searchset([fixture('Slot-2')], [], `${BASE}/Slot?page=3`),
      searchset([fixture('Slot-example')]),
    ];
    const { client, sent } = clientFor(({ url }) =>
      fhirJson(pages[Number(url.searchParams.get('page') ?? '1') - 1]),
    );

    const result = await client.search('Slot', [['schedule', 'Schedule/example']]);

    expect(result.matches.map((slot) => slot.id)).toEqual(['1', '2', 'example']);
    expect(result.included.map((r) => r.id)).toEqual(['example']);
    expect(sent).toHaveLength(3);
    expect(
      sent.every((request) => request.headers.get('Authorization') === `Bearer ${TOKEN}`),
    ).toBe(true);
  });

  it('never follows a next link to another host (the token would go with it)', async () => {
    const { client, sent } = clientFor(() =>
      fhirJson(
        searchset([fixture('Slot-1')], [], 'https://elsewhere.example.org/fhir/Slot?page=2'),
      ),
    );

    const error = await failure(client.search('Slot', []));

    expect(error.kind).toBe('invalid-response');
    expect(sent).toHaveLength(1);
  });
});

describe('FhirClient errors', () => {
  it('never lets the token follow a redirect to another host', async () => {
    // As an engine before Chromium 119 does: a redirect is followed with the same
    // headers, Authorization included, unless the request says redirect: 'error'.
    const reachedElsewhere: (string | null)[] = [];
    const redirecting = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.redirect === 'error') throw new TypeError('Failed to fetch: redirect');
      reachedElsewhere.push(new Headers(init?.headers).get('Authorization'));
      return fhirJson(searchset([]));
    }) as typeof fetch;
    const client = new FhirClient({
      baseUrl: BASE,
      token: TOKEN,
      fetch: redirecting,
      timeoutMs: 1000,
    });
    const error = await failure(client.search('HealthcareService', []));
    expect(error.kind).toBe('unreachable');
    expect(reachedElsewhere).toEqual([]);
  });

  it('reads an OperationOutcome into issues, with the server’s words', async () => {
    const { client } = clientFor(() => fhirJson(outcome('invalid', '缺少号源（slot）引用。'), 400));

    const error = await failure(client.create(fixture<Appointment>('Appointment-example')));

    expect(error).toMatchObject({ kind: 'outcome', status: 400 });
    expect(error.issues).toEqual([
      { severity: 'error', code: 'invalid', text: '缺少号源（slot）引用。' },
    ]);
  });

  it.each([
    [409, 'conflict', 'conflict'],
    [412, 'duplicate', 'conflict'],
    [422, 'business-rule', 'conflict'],
    [400, 'conflict', 'conflict'],
    [401, 'login', 'auth'],
    [403, 'forbidden', 'auth'],
    [404, 'not-found', 'not-found'],
    [500, 'exception', 'server'],
    [503, 'transient', 'server'],
  ])('HTTP %i with issue %s is a %s error', async (status, code, kind) => {
    const { client } = clientFor(() => fhirJson(outcome(code, 'x'), status));

    expect((await failure(client.search('Slot', []))).kind).toBe(kind);
  });

  it('a 500 without a FHIR body is still a server error', async () => {
    const { client } = clientFor(() => new Response('<html>Bad gateway</html>', { status: 502 }));

    expect(await failure(client.search('Slot', []))).toMatchObject({ kind: 'server', issues: [] });
  });

  it('gives up on a server that hangs, with a timeout error', async () => {
    vi.useFakeTimers();
    try {
      const { client } = clientFor(() => new Promise<Response>(() => undefined), {
        timeoutMs: 15_000,
      });
      const hanging = failure(client.search('Slot', []));
      await vi.advanceTimersByTimeAsync(15_000);

      expect((await hanging).kind).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts the request itself on timeout (its signal fires)', async () => {
    let signal: AbortSignal | undefined;
    const fake = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = new FhirClient({ baseUrl: BASE, fetch: fake as typeof fetch, timeoutMs: 20 });

    expect((await failure(client.search('Slot', []))).kind).toBe('timeout');
    expect(signal?.aborted).toBe(true);
  });

  it('says offline without sending when the browser is offline, and for the worker’s offline answer', async () => {
    const offline = clientFor(() => fhirJson(searchset([])), { online: () => false });
    const workerAnswer = clientFor(
      () =>
        new Response(JSON.stringify({ offline: true }), {
          status: 503,
          headers: { 'X-Hearth-Offline': '1' },
        }),
    );

    expect((await failure(offline.client.search('Slot', []))).kind).toBe('offline');
    expect(offline.sent).toHaveLength(0);
    expect((await failure(workerAnswer.client.search('Slot', []))).kind).toBe('offline');
  });

  it('a network failure while online is "unreachable"; the error never names the token', async () => {
    const { client } = clientFor(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = await failure(client.search('Slot', [['patient', 'Patient/1']]));

    expect(error.kind).toBe('unreachable');
    expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});

describe('FhirClient writes', () => {
  it('creates with If-None-Exist and updates by PUT {type}/{id}', async () => {
    const appointment = fixture<Appointment>('Appointment-example');
    const { client, sent } = clientFor(({ body }) => fhirJson(body, 201));

    await client.create(appointment, { ifNoneExist: 'identifier=a%7Cb' });
    await client.update(appointment);

    expect(sent.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /r4/Appointment',
      'PUT /r4/Appointment/example',
    ]);
    expect(sent[0]?.headers.get('If-None-Exist')).toBe('identifier=a%7Cb');
    expect(sent[0]?.headers.get('Content-Type')).toBe('application/fhir+json');
    expect(sent[1]?.body).toEqual(appointment);
  });

  it('updates only the version it read (If-Match), and a changed one comes back as a conflict', async () => {
    const read = { ...fixture<Appointment>('Appointment-example'), meta: { versionId: '3' } };
    const { client, sent } = clientFor(() =>
      fhirJson(outcome('conflict', 'Version mismatch'), 412),
    );

    const error = await failure(client.update(read));

    expect(sent[0]?.headers.get('If-Match')).toBe('W/"3"');
    expect(error.kind).toBe('conflict');
    // The queued form (offline) carries the same condition.
    expect(client.updateRequest(read).headers['If-Match']).toBe('W/"3"');
    const unversioned = fixture<Appointment>('Appointment-example');
    expect(client.updateRequest({ ...unversioned, meta: {} }).headers['If-Match']).toBeUndefined();
  });
});

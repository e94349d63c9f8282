import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ENDPOINTS, DEMO_FHIR_TOKEN } from '@src/demo/endpoints';
import type {
  Appointment,
  Bundle,
  HealthcareService,
  OperationOutcome,
  Slot,
} from '@src/demo/fhir/fhir-types';
import type { DemoState } from '@src/demo/handlers';
import { DAY_MS } from '@src/demo/time';
import { TUESDAY_MORNING, startDemoServer, url, type DemoServer } from './demo-server';

const now = TUESDAY_MORNING;
let demo: DemoServer;

beforeAll(() => {
  demo = startDemoServer({ now: () => now });
});
beforeEach(() => {
  demo.reset({ now: () => now });
});
afterAll(() => demo.close());

const fhirUrl = (path: string): string => url(`${DEMO_ENDPOINTS.fhirBase}/${path}`);

async function fhir<T>(
  path: string,
  init: RequestInit = {},
): Promise<{ response: Response; body: T }> {
  const headers = new Headers(init.headers);
  if (!headers.has('Authorization')) headers.set('Authorization', `Bearer ${DEMO_FHIR_TOKEN}`);
  headers.set('Accept', 'application/fhir+json');
  if (init.body) headers.set('Content-Type', 'application/fhir+json');
  const response = await fetch(path.startsWith('http') ? path : fhirUrl(path), {
    ...init,
    headers,
  });
  return { response, body: (await response.json()) as T };
}

const iso = (ms: number): string => new Date(ms).toISOString();

async function freeSlots(schedule = 'Schedule/schedule-li-xiuying'): Promise<Slot[]> {
  const query = new URLSearchParams([
    ['schedule', schedule],
    ['status', 'free'],
    ['start', `ge${iso(now)}`],
    ['start', `lt${iso(now + 14 * DAY_MS)}`],
    ['_sort', 'start'],
    ['_count', '100'],
  ]);
  const { body } = await fhir<Bundle>(`Slot?${query.toString()}`);
  return body.entry.map((entry) => entry.resource as Slot);
}

function booking(slot: Slot, identifier: string): Appointment {
  return {
    resourceType: 'Appointment',
    identifier: [{ system: 'urn:hearth:booking', value: identifier }],
    status: 'booked',
    slot: [{ reference: `Slot/${slot.id ?? ''}` }],
    participant: [
      { actor: { reference: DEMO_ENDPOINTS.fhirPatient, display: '李桂兰' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/practitioner-li-xiuying' }, status: 'accepted' },
    ],
  };
}

/** A create's answer: the Appointment, or an OperationOutcome when refused. */
interface BookingAnswer {
  resourceType: string;
  id?: string;
  status?: string;
  issue: OperationOutcome['issue'];
}

function book(
  appointment: Appointment,
  identifier?: string,
): Promise<{ response: Response; body: BookingAnswer }> {
  return fhir<BookingAnswer>('Appointment', {
    method: 'POST',
    body: JSON.stringify(appointment),
    headers: identifier ? { 'If-None-Exist': `identifier=urn:hearth:booking|${identifier}` } : {},
  });
}

describe('demo FHIR server: access', () => {
  it('answers 401 with an OperationOutcome without the bearer token', async () => {
    const missing = await fetch(fhirUrl('HealthcareService?active=true'));
    const wrong = await fhir<OperationOutcome>('HealthcareService', {
      headers: { Authorization: 'Bearer nope' },
    });
    const outcome = (await missing.json()) as OperationOutcome;

    expect(missing.status).toBe(401);
    expect(missing.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]?.code).toBe('login');
    expect(wrong.response.status).toBe(401);
  });

  it('serves its CapabilityStatement without a token', async () => {
    const response = await fetch(fhirUrl('metadata'));
    const body = (await response.json()) as { resourceType: string; fhirVersion: string };

    expect(response.status).toBe(200);
    expect(body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1' });
  });
});

describe('demo FHIR server: directory searches', () => {
  it('lists five active departments, one of them by video', async () => {
    const { response, body } = await fhir<Bundle>('HealthcareService?active=true');
    const services = body.entry.map((entry) => entry.resource as HealthcareService);

    expect(response.headers.get('Content-Type')).toContain('application/fhir+json');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(body).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 5 });
    expect(services.map((service) => service.name)).toEqual([
      '全科',
      '心内科',
      '内分泌科',
      '中医科',
      '心理咨询',
    ]);
    const video = services.filter((service) =>
      service.characteristic?.some((c) => c.coding?.[0]?.code === 'video'),
    );
    expect(video.map((service) => service.name)).toEqual(['心理咨询']);
    expect(video[0]?.appointmentRequired).toBe(true);
    expect(video[0]?.extension?.[0]?.valueBoolean).toBe(true);
  });

  it('finds a department’s doctors with their Practitioner included', async () => {
    const { body } = await fhir<Bundle>(
      'PractitionerRole?service=HealthcareService/service-cardiology&_include=PractitionerRole:practitioner',
    );
    const modes = body.entry.map(
      (entry) => `${entry.search?.mode ?? ''}:${entry.resource.resourceType}`,
    );

    expect(body.total).toBe(2);
    expect(modes).toEqual([
      'match:PractitionerRole',
      'match:PractitionerRole',
      'include:Practitioner',
      'include:Practitioner',
    ]);
    const included = body.entry[2]?.resource;
    expect(included?.resourceType === 'Practitioner' && included.name?.[0]?.text).toBe('张伟');
  });

  it('searches roles by specialty token, with or without the system', async () => {
    const byCode = await fhir<Bundle>('PractitionerRole?specialty=traditional-chinese-medicine');
    const bySnomed = await fhir<Bundle>(
      `PractitionerRole?specialty=${encodeURIComponent('http://snomed.info/sct|394583002')}`,
    );

    expect(byCode.body.total).toBe(2);
    expect(bySnomed.body.total).toBe(1);
  });

  it('finds a doctor’s Schedule by actor', async () => {
    const { body } = await fhir<Bundle>('Schedule?actor=Practitioner/practitioner-zhou-min');

    expect(body.total).toBe(1);
    expect(body.entry[0]?.resource.id).toBe('schedule-zhou-min');
  });
});

describe('demo FHIR server: slots', () => {
  it('offers free 30-minute slots on weekdays within opening hours, sorted by start', async () => {
    const slots = await freeSlots();
    const starts = slots.map((slot) => Date.parse(slot.start));

    expect(slots.length).toBeGreaterThan(50);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const slot of slots) {
      const local = new Date(Date.parse(slot.start) + 8 * 3_600_000);
      const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
      expect(slot.status).toBe('free');
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(now);
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
      expect([1, 2, 3, 4, 5]).toContain(local.getUTCDay());
      expect((minute >= 510 && minute + 30 <= 690) || (minute >= 840 && minute + 30 <= 990)).toBe(
        true,
      );
      expect(slot.start).toMatch(/\+08:00$/);
    }
  });

  it('has some busy slots, the same ones in every fresh server', async () => {
    const all = async (): Promise<string[]> => {
      const { body } = await fhir<Bundle>('Slot?schedule=schedule-liu-yang&status=busy&_count=100');
      return body.entry.map((entry) => entry.resource.id ?? '');
    };
    const first = await all();
    demo.reset({ now: () => now });

    expect(first.length).toBeGreaterThan(0);
    expect(await all()).toEqual(first);
  });

  it('pages with _count and next links until every match is seen once', async () => {
    const first = await fhir<Bundle>('Slot?status=free&_sort=start&_count=20');
    const seen: string[] = [];
    let page: Bundle | undefined = first.body;
    let pages = 0;
    while (page) {
      seen.push(...page.entry.map((entry) => entry.resource.id ?? ''));
      pages += 1;
      const next: string | undefined = page.link.find((link) => link.relation === 'next')?.url;
      page = next ? (await fhir<Bundle>(next)).body : undefined;
    }

    expect(first.body.entry).toHaveLength(20);
    expect(first.body.link.find((link) => link.relation === 'self')).toBeDefined();
    expect(pages).toBe(Math.ceil(first.body.total / 20));
    expect(seen).toHaveLength(first.body.total);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('demo FHIR server: booking and cancelling', () => {
  it('books, refuses the same slot again with 409, returns the first booking on a retry, and frees it on cancel', async () => {
    const [slot] = await freeSlots();
    if (!slot?.id) throw new Error('no free slot');

    // Book.
    const created = await book(booking(slot, 'visit-1'), 'visit-1');
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('Location')).toContain(
      `/Appointment/${created.body.id ?? ''}/_history/1`,
    );
    expect(created.body).toMatchObject({ status: 'booked', start: slot.start, end: slot.end });
    expect((await fhir<Slot>(`Slot/${slot.id}`)).body.status).toBe('busy');

    // Someone else (another identifier) wants the same slot.
    const conflict = await book(booking(slot, 'visit-2'), 'visit-2');
    expect(conflict.response.status).toBe(409);
    expect(conflict.body.resourceType).toBe('OperationOutcome');
    expect(conflict.body.issue[0]).toMatchObject({ severity: 'error', code: 'conflict' });
    expect(conflict.body.issue[0]?.details?.text).toMatch(/[\u4e00-\u9fff]/);
    expect(conflict.body.issue[0]?.diagnostics).toMatch(/no longer free/);

    // The portal retries the first booking (its answer was lost).
    const retried = await book(booking(slot, 'visit-1'), 'visit-1');
    expect(retried.response.status).toBe(200);
    expect(retried.body.id).toBe(created.body.id);
    const mine = await fhir<Bundle>(
      `Appointment?patient=${DEMO_ENDPOINTS.fhirPatient}&date=ge${iso(now)}`,
    );
    expect(mine.body.total).toBe(1);

    // Read, then cancel without and with a reason.
    const id = created.body.id ?? '';
    const read = await fhir<Appointment>(`Appointment/${id}`);
    expect(read.body.id).toBe(id);
    const noReason = await fhir<OperationOutcome>(`Appointment/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ ...read.body, status: 'cancelled' }),
    });
    expect(noReason.response.status).toBe(400);
    const cancelled = await fhir<Appointment>(`Appointment/${id}`, {
      method: 'PUT',
      headers: { 'If-Match': read.response.headers.get('ETag') ?? '' },
      body: JSON.stringify({
        ...read.body,
        status: 'cancelled',
        cancelationReason: { coding: [{ code: 'pat' }], text: '患者取消' },
      }),
    });
    expect(cancelled.response.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', meta: { versionId: '2' } });
    expect((await fhir<Slot>(`Slot/${slot.id}`)).body.status).toBe('free');

    // The freed slot can be booked again.
    expect((await book(booking(slot, 'visit-3'), 'visit-3')).response.status).toBe(201);
  });

  it('gives 409 when the slot was taken from outside ($demo-take-slot)', async () => {
    const [slot] = await freeSlots();
    const taken = await fetch(fhirUrl(`$demo-take-slot?slot=Slot/${slot?.id ?? ''}`), {
      method: 'POST',
    });
    await taken.text();

    const attempt = await book(booking(slot as Slot, 'late'));

    expect(taken.status).toBe(200);
    expect(attempt.response.status).toBe(409);
    expect(attempt.body.issue[0]?.code).toBe('conflict');
  });

  it('refuses malformed bookings with 400 and an OperationOutcome', async () => {
    const [slot] = await freeSlots();
    const valid = booking(slot as Slot, 'bad');
    const cases: unknown[] = [
      { ...valid, resourceType: 'Patient' },
      { ...valid, status: 'fulfilled' },
      { ...valid, slot: [] },
      {
        ...valid,
        participant: [
          { actor: { reference: 'Practitioner/practitioner-li-xiuying' }, status: 'accepted' },
        ],
      },
      { ...valid, slot: [{ reference: 'Slot/no-such-slot' }] },
    ];
    for (const body of cases) {
      const answer = await fhir<OperationOutcome>('Appointment', {
        method: 'POST',
        body: JSON.stringify(body),
      });
      expect(answer.response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.resourceType).toBe('OperationOutcome');
    }
    const notJson = await fhir<OperationOutcome>('Appointment', { method: 'POST', body: '{' });
    expect(notJson.response.status).toBe(400);
    expect((await fhir<Slot>(`Slot/${slot?.id ?? ''}`)).body.status).toBe('free');
  });

  it('keeps bookings across a restart when given its exported state', async () => {
    let saved: DemoState | undefined;
    demo.reset({ now: () => now, onStateChange: (state) => (saved = state) });
    const [slot] = await freeSlots();
    const created = await book(booking(slot as Slot, 'persist'), 'persist');

    demo.reset({ now: () => now, ...(saved ? { state: saved } : {}) });

    expect(saved?.fhir.appointments).toHaveLength(1);
    expect((await fhir<Appointment>(`Appointment/${created.body.id ?? ''}`)).response.status).toBe(
      200,
    );
    expect((await fhir<Slot>(`Slot/${slot?.id ?? ''}`)).body.status).toBe('busy');
  });
});

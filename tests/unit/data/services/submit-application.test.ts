import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetOutboxResult, listOutbox, readOutboxResult } from '@src/data/outbox/outbox-client';
import { replayOutbox } from '@src/data/outbox/replay';
import type { Application } from '@src/data/services/application-types';
import type { Catalog, Service } from '@src/data/services/catalog-types';
import {
  draftSubmissionKey,
  forgetDraftSubmissionKey,
  loadDraft,
  saveDraft,
} from '@src/data/services/drafts';
import {
  collectDeliveredApplications,
  collectDeliveredApplicationsOnce,
  listApplications,
  refreshStatus,
} from '@src/data/services/follow-applications';
import { buildFormModel } from '@src/data/services/form-model';
import { submitApplication } from '@src/data/services/submit-application';
import { ORIGIN, startDemoServer, type DemoServer } from '../../demo/demo-server';
import { sharedFakeDb } from '../outbox/fake-local-db';
import { demoCatalog } from './demo-catalog';
import { exampleData } from './example-data';

vi.mock('@src/data/local-db', () => import('../outbox/fake-local-db').then((m) => m.mockModule));

let demo: DemoServer;
let catalog: Catalog;
let pension: Service;
let data: Record<string, unknown>;
beforeAll(async () => {
  demo = startDemoServer();
  catalog = await demoCatalog();
  const found = catalog.services.find((s) => s.id === 'resident-pension-enrolment');
  if (!found) throw new Error('demo service missing');
  pension = found;
  data = exampleData(buildFormModel(pension.form, 'zh-CN'));
  vi.stubGlobal('location', new URL(`${ORIGIN}/`));
});
beforeEach(() => {
  demo.reset();
  sharedFakeDb.clear();
});
afterAll(() => {
  demo.close();
  vi.unstubAllGlobals();
});

const FakeDbPut = sharedFakeDb.put.bind(sharedFakeDb);

const failNetwork: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('submitting an application', () => {
  it('gets a receipt, keeps the application and deletes the draft', async () => {
    await saveDraft(pension.id, data, 1);
    const outcome = await submitApplication(pension, data);
    if (outcome.kind !== 'submitted') throw new Error(`not submitted: ${outcome.kind}`);
    const { application } = outcome;
    expect(application.receipt).toMatch(/^TV\d{8}-\d{6}$/);
    expect(application).toMatchObject({
      serviceId: pension.id,
      state: 'submitted',
      status: 'received',
    });
    expect(application.statusUrl).toBe(
      `${ORIGIN}/demo-api/services/submissions/${application.receipt}`,
    );
    expect(await listApplications()).toEqual([application]);
    expect(await loadDraft(pension.id)).toBeNull();
  });

  it('says sent when the gateway took it, even if the TV cannot keep its copy (a full disk)', async () => {
    const put = vi.spyOn(sharedFakeDb, 'put').mockImplementation(async (name, value, key) => {
      if (name === 'applications') throw new DOMException('quota', 'QuotaExceededError');
      return FakeDbPut(name, value, key);
    });
    try {
      const outcome = await submitApplication(pension, data);
      expect(outcome.kind).toBe('submitted');
    } finally {
      put.mockRestore();
    }
  });

  it('keeps one key for every attempt at a form until it is sent or refused', async () => {
    await saveDraft(pension.id, data, 1);
    const key = await draftSubmissionKey(pension.id);
    // The household goes on typing: autosaves keep the key.
    await saveDraft(pension.id, { ...data }, 2);
    expect(await draftSubmissionKey(pension.id)).toBe(key);
    // A refusal makes the next attempt, with changed data, a new request.
    await forgetDraftSubmissionKey(pension.id);
    expect(await draftSubmissionKey(pension.id)).not.toBe(key);
  });

  it('gets the same receipt when the same application is sent again with its key', async () => {
    const first = await submitApplication(pension, data, { idempotencyKey: 'key-1' }); // 201
    const again = await submitApplication(pension, data, { idempotencyKey: 'key-1' }); // 200
    const other = await submitApplication(pension, data); // a new key: a new application
    const receipt = (o: typeof first) => (o.kind === 'submitted' ? o.application.receipt : o.kind);
    expect(receipt(first)).toMatch(/^TV/);
    expect(receipt(again)).toBe(receipt(first));
    expect(receipt(other)).not.toBe(receipt(first));
  });

  it('shows the gateway’s field error next to its field (422 problem details)', async () => {
    // Our copy of the catalogue is older than the gateway's: for us the mobile is optional.
    const outdated: Service = {
      ...pension,
      form: {
        ...pension.form,
        schema: {
          ...pension.form.schema,
          required: (pension.form.schema.required ?? []).filter((n) => n !== 'mobile'),
        },
      },
    };
    const outcome = await submitApplication(outdated, { ...data, mobile: '' });
    expect(outcome).toEqual({
      kind: 'invalid',
      problems: [
        {
          pointer: '/mobile',
          code: 'required',
          params: { detail: '请填写“手机号码”。', serverCode: 'required' },
        },
      ],
    });
    expect(await listApplications()).toEqual([]);
  });

  it('does not send what the form itself finds wrong', async () => {
    const fetchImpl = vi.fn(fetch);
    const outcome = await submitApplication(
      pension,
      { ...data, idNumber: '110105194912310021' },
      { fetchImpl },
    );
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problems: [{ pointer: '/idNumber', params: { reason: 'checksum' } }],
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('passes on a refusal without field errors in the gateway’s words', async () => {
    const outcome = await submitApplication({ ...pension, id: 'no-such-service' }, data);
    expect(outcome).toMatchObject({
      kind: 'refused',
      status: 422,
      type: 'urn:hearth:demo:problem:unknown-service',
    });
  });

  it.each([
    ['the network fails', 'gateway', { fetchImpl: failNetwork }],
    [
      'the gateway is down (503)',
      'gateway',
      { fetchImpl: (async () => new Response(null, { status: 503 })) as typeof fetch },
    ],
    ['the TV is offline', 'offline', { isOnline: () => false, fetchImpl: failNetwork }],
  ] as const)('queues it under the same key when %s', async (_case, because, options) => {
    const queue = vi.fn(async () => 'outbox-1');
    const outcome = await submitApplication(pension, data, { ...options, queue, locale: 'en' });
    if (outcome.kind !== 'queued') throw new Error(`not queued: ${outcome.kind}`);
    expect(outcome.application).toMatchObject({
      state: 'queued',
      receipt: null,
      outboxId: 'outbox-1',
      // Online, yet not taken: the household is told the gateway, not the network, failed.
      queuedBecause: because,
    });
    expect(queue).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        label: 'Urban and rural resident pension enrolment',
        url: pension.submitUrl,
        idempotencyKey: outcome.application.id,
        body: expect.objectContaining({ serviceId: pension.id }),
      }),
    );
  });
});

it("queues a 503's Retry-After as the outbox's first try, not at once", async () => {
  const queue = vi.fn(async () => 'outbox-2');
  const now = Date.UTC(2026, 11, 6, 8, 0);
  await submitApplication(pension, data, {
    fetchImpl: (async () =>
      new Response(null, { status: 503, headers: { 'Retry-After': '120' } })) as typeof fetch,
    queue,
    now: () => now,
  });
  expect(queue).toHaveBeenCalledWith(expect.objectContaining({ notBefore: now + 120_000 }));
});

describe('following applications', () => {
  it('learns the receipt of a queued application once the outbox has delivered it', async () => {
    const outcome = await submitApplication(pension, data, { fetchImpl: failNetwork });
    expect(outcome.kind).toBe('queued');
    await replayOutbox(); // what the service worker does when the network is back
    expect(await listOutbox()).toEqual([]);
    const [collected] = await collectDeliveredApplications(catalog);
    expect(collected).toMatchObject({ state: 'submitted', status: 'received', outboxId: null });
    expect(collected?.receipt).toMatch(/^TV\d{8}-\d{6}$/);
    expect(await listApplications()).toEqual([collected]);
    expect(await collectDeliveredApplications(catalog)).toEqual([]);
  });

  it('two collections at once (the outbox announces each step) still see it submitted', async () => {
    const outcome = await submitApplication(pension, data, { fetchImpl: failNetwork });
    expect(outcome.kind).toBe('queued');
    await replayOutbox();
    const [first, second] = await Promise.all([
      collectDeliveredApplications(catalog),
      collectDeliveredApplications(catalog),
    ]);
    expect([...(first ?? []), ...(second ?? [])].map((a) => a.state)).toEqual(['submitted']);
    expect((await listApplications())[0]?.state).toBe('submitted');
  });

  it.each(['readResult', 'forgetResult'] as const)(
    'another tab collecting the same answer right after this page calls %s still leaves it submitted',
    async (step) => {
      await submitApplication(pension, data, { fetchImpl: failNetwork });
      await replayOutbox();
      const realDeps = {
        readResult: readOutboxResult,
        forgetResult: forgetOutboxResult,
        outboxItems: listOutbox,
      };
      const otherTab: Application[] = [];
      const [here] = await collectDeliveredApplications(catalog, {
        ...realDeps,
        [step]: async (id: string) => {
          const answer = await (realDeps[step] as (id: string) => Promise<unknown>)(id);
          otherTab.push(...(await collectDeliveredApplicationsOnce(catalog, realDeps)));
          return answer;
        },
      });
      // Told once, by one of the two; never withdrawn.
      expect([here, ...otherTab].filter(Boolean).map((a) => a?.state)).toEqual(['submitted']);
      expect((await listApplications()).map((a) => a.state)).toEqual(['submitted']);
    },
  );

  it('marks a queued application withdrawn when the household discarded it', async () => {
    await submitApplication(pension, data, { fetchImpl: failNetwork, queue: async () => 'gone' });
    const [changed] = await collectDeliveredApplications(catalog, {
      readResult: async () => null,
      forgetResult: async () => undefined,
      outboxItems: async () => [],
    });
    expect(changed?.state).toBe('withdrawn');
  });

  it('reads the status from the gateway and keeps it', async () => {
    const outcome = await submitApplication(pension, data);
    if (outcome.kind !== 'submitted') throw new Error('not submitted');
    const refreshed = await refreshStatus(outcome.application);
    expect(refreshed).toMatchObject({ ok: true, application: { status: 'received' } });
    expect(refreshed.ok && refreshed.application.message).toBeTruthy();
    expect((await listApplications())[0]).toEqual(refreshed.ok && refreshed.application);
    expect(
      await refreshStatus({
        ...outcome.application,
        statusUrl: `${ORIGIN}/demo-api/services/submissions/TV0-0`,
      }),
    ).toEqual({
      ok: false,
      reason: 'unknown-receipt',
    });
  });
});

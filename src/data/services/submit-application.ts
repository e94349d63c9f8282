/**
 * Sending an application: checked here first (the same rules the form shows),
 * then POSTed with an Idempotency-Key. When the network or the gateway fails
 * for the moment (no answer in 15 s, 5xx, 408, 429, or the TV is offline) it
 * goes to the outbox under the same key, so the gateway never sees two
 * applications; the service worker delivers it later and keeps the answer for
 * collectDeliveredApplications(). A refusal with field errors comes back as
 * problems next to their fields. Either way the draft is deleted once sent.
 */
import { backendReady } from '../backend-ready.js';
import { deliveryOf } from '../outbox/delivery.js';
import { enqueue, type QueuedRequest } from '../outbox/outbox-client.js';
import { randomId } from '../random-id.js';
import { putApplication } from './application-store.js';
import type { Application } from './application-types.js';
import type { Service } from './catalog-types.js';
import { cleanFormData } from './clean-data.js';
import { deleteDraft } from './drafts.js';
import { formValidator, type FieldProblem } from './form-validator.js';
import { pickText, type Locale } from './localized.js';
import { readProblem } from './problem-details.js';

export type SubmitOutcome =
  | { kind: 'submitted'; application: Application }
  | { kind: 'queued'; application: Application }
  /** Mistakes to put right, each with its field's pointer (found here or by the gateway). */
  | { kind: 'invalid'; problems: FieldProblem[] }
  /** Refused for another reason (unknown service, key reused…): the gateway's words. */
  | { kind: 'refused'; status: number; type: string | null; title: string | null };

export interface SubmitOptions {
  /** For the outbox label the household sees. Default zh-CN. */
  locale?: Locale;
  /** Reuse the key of an attempt whose answer was lost; fresh otherwise. */
  idempotencyKey?: string;
  fetchImpl?: typeof fetch;
  queue?: (request: QueuedRequest) => Promise<string>;
  isOnline?: () => boolean;
  now?: () => number;
  timeoutMs?: number;
}

/** `statusUrl` with the receipt filled in. */
export function statusUrlFor(service: Service, receipt: string): string {
  return service.statusUrl.replace('{receipt}', encodeURIComponent(receipt));
}

/** The application a 2xx answer describes. */
export function acceptedApplication(
  service: Service,
  base: Pick<Application, 'id' | 'serviceId' | 'submittedAt'>,
  body: unknown,
): Application {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const receipt =
    typeof answer.receipt === 'string' && answer.receipt !== '' ? answer.receipt : null;
  return {
    ...base,
    state: 'submitted',
    receipt,
    status: typeof answer.status === 'string' ? answer.status : null,
    statusUrl: receipt ? statusUrlFor(service, receipt) : null,
    message: null,
    updatedAt: null,
    outboxId: null,
  };
}

async function post(
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<Response | Error> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchImpl(url, { ...init, signal: controller.signal });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
  }
}

export async function submitApplication(
  service: Service,
  data: Record<string, unknown>,
  options: SubmitOptions = {},
): Promise<SubmitOutcome> {
  const problems = (await formValidator(service.form)).validate(data);
  if (problems.length > 0) return { kind: 'invalid', problems };

  const now = options.now ?? Date.now;
  const id = options.idempotencyKey ?? randomId();
  const submittedAt = new Date(now()).toISOString();
  const body = {
    serviceId: service.id,
    data: cleanFormData(service.form.schema, data),
    submittedAt,
  };
  const base = { id, serviceId: service.id, submittedAt };
  const online = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);

  let outcome: Response | Error = new Error('offline');
  const wasOnline = online();
  if (wasOnline) {
    await backendReady();
    outcome = await post(
      service.submitUrl,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
        body: JSON.stringify(body),
        cache: 'no-store',
      },
      options.fetchImpl ?? ((input, init) => fetch(input, init)),
      options.timeoutMs ?? 15_000,
    );
  }
  const delivery = deliveryOf(outcome);

  if (delivery.kind === 'refused' && outcome instanceof Response) {
    const problem = await readProblem(outcome);
    if (problem.fieldProblems.length > 0)
      return { kind: 'invalid', problems: problem.fieldProblems };
    return { kind: 'refused', status: problem.status, type: problem.type, title: problem.title };
  }

  let result: SubmitOutcome;
  if (delivery.kind === 'delivered' && outcome instanceof Response) {
    const answer: unknown = await outcome.json().catch(() => null);
    result = { kind: 'submitted', application: acceptedApplication(service, base, answer) };
  } else {
    const outboxId = await (options.queue ?? enqueue)({
      label: pickText(service.title, options.locale ?? 'zh-CN'),
      url: service.submitUrl,
      method: 'POST',
      body,
      idempotencyKey: id,
      // A gateway that said when to come back is asked again then, not at once.
      notBefore:
        delivery.kind === 'retry' && delivery.retryAfterMs !== null
          ? now() + delivery.retryAfterMs
          : undefined,
    });
    result = {
      kind: 'queued',
      application: {
        ...base,
        state: 'queued',
        receipt: null,
        status: null,
        statusUrl: null,
        message: null,
        updatedAt: null,
        outboxId,
        // Online before and after, yet not taken: the gateway, not the network.
        queuedBecause: wasOnline && online() ? 'gateway' : 'offline',
      },
    };
  }
  try {
    await putApplication(result.application, now());
  } catch (error) {
    // Sent (or queued) all the same: the household is told so, and a second try would
    // reuse the key anyway. Only the TV's own list of applications misses this one.
    console.warn('[hearth:services] the application was sent but not kept on this TV', error);
  }
  await deleteDraft(service.id).catch(() => undefined);
  return result;
}

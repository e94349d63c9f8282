/**
 * Following applications after they were sent: the list, each one's status
 * from the gateway (always fresh from the network: statuses are personal and
 * never cached), and the receipts of queued ones the outbox has since
 * delivered.
 */
import { backendReady } from '../backend-ready.js';
import { forgetOutboxResult, listOutbox, readOutboxResult } from '../outbox/outbox-client.js';
import type { OutboxItemView } from '../outbox/outbox-record.js';
import type { OutboxResult } from '../outbox/outbox-results.js';
import { allApplications, getApplication, updateApplication } from './application-store.js';
import type { Application } from './application-types.js';
import type { Catalog } from './catalog-types.js';
import { acceptedApplication } from './submit-application.js';

/** Every application kept on this TV, newest first. */
export async function listApplications(): Promise<Application[]> {
  return (await allApplications()).map(({ application }) => application);
}

export type StatusRefresh =
  | { ok: true; application: Application }
  | { ok: false; reason: 'no-receipt' | 'network' | 'unknown-receipt' | 'http'; status?: number };

/** Asks the gateway for `application`'s status and keeps the answer. */
export async function refreshStatus(
  application: Application,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): Promise<StatusRefresh> {
  if (!application.statusUrl) return { ok: false, reason: 'no-receipt' };
  await backendReady();
  let response: Response;
  try {
    response = await fetchImpl(application.statusUrl, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout?.(15_000),
    });
  } catch {
    return { ok: false, reason: 'network' };
  }
  if (response.status === 404) return { ok: false, reason: 'unknown-receipt' };
  if (!response.ok) return { ok: false, reason: 'http', status: response.status };
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const text = (value: unknown, fallback: string | null) =>
    typeof value === 'string' ? value : fallback;
  const updated: Application = {
    ...application,
    status: text(answer.status, application.status),
    updatedAt: text(answer.updatedAt, application.updatedAt),
    message: text(answer.message, application.message),
  };
  await updateApplication(updated);
  return { ok: true, application: updated };
}

export interface CollectDeps {
  readResult: (outboxId: string) => Promise<OutboxResult | null>;
  forgetResult: (outboxId: string) => Promise<void>;
  outboxItems: () => Promise<OutboxItemView[]>;
}

const defaultDeps: CollectDeps = {
  readResult: readOutboxResult,
  forgetResult: forgetOutboxResult,
  outboxItems: listOutbox,
};

/**
 * Brings queued applications up to date with the outbox: delivered ones become
 * submitted (with their receipt), refused ones refused, discarded ones
 * withdrawn. Returns those that changed, so the page can tell the household.
 */
export function collectDeliveredApplications(
  catalog: Catalog,
  deps: CollectDeps = defaultDeps,
): Promise<Application[]> {
  // One at a time in this page. Taking an answer is destructive, and the outbox
  // announces every step of a replay: two overlapping collections found one
  // answer and one empty hand, and the second called a delivered application
  // withdrawn (seen in the offline e2e test).
  const run = collecting.then(() => collectDeliveredApplicationsOnce(catalog, deps));
  collecting = run.catch(() => undefined);
  return run;
}

let collecting: Promise<unknown> = Promise.resolve();

/**
 * One collection, not queued behind this page's others: what another tab (or
 * the page before a reload) runs at the same time. Safe beside them: an answer
 * is forgotten only after the application it completes was updated, so a
 * collection that finds the answer gone finds the application no longer queued,
 * and never calls a delivered application withdrawn.
 */
export async function collectDeliveredApplicationsOnce(
  catalog: Catalog,
  deps: CollectDeps,
): Promise<Application[]> {
  const queued = (await listApplications()).filter((a) => a.state === 'queued' && a.outboxId);
  if (queued.length === 0) return [];
  const items = new Map((await deps.outboxItems()).map((item) => [item.id, item]));
  const changed: Application[] = [];
  for (const application of queued) {
    const outboxId = application.outboxId ?? '';
    const item = items.get(outboxId);
    let next: Application | null = null;
    let result: OutboxResult | null = null;
    if (item) {
      if (item.state === 'failed') next = { ...application, state: 'refused' };
    } else {
      result = await deps.readResult(outboxId);
      const service = catalog.services.find((s) => s.id === application.serviceId);
      if (result && service) {
        next = acceptedApplication(service, application, result.body);
      } else {
        next = { ...application, state: result ? 'submitted' : 'withdrawn', outboxId: null };
      }
    }
    // Re-read: another page may have collected it meanwhile.
    if (next && (await getApplication(application.id))?.state === 'queued') {
      await updateApplication(next);
      changed.push(next);
    }
    if (result) await deps.forgetResult(outboxId);
  }
  return changed;
}

/**
 * The page's side of the outbox: queue a request, list what waits, discard or
 * retry an item, and ask for a replay — of the service worker when one
 * controls the page (it also replays on its own start and on Background
 * Sync), else here in the page.
 */
import { randomId } from '../random-id.js';
import { replayOutbox } from './replay.js';
export {
  forgetOutboxResult,
  readOutboxResult,
  takeOutboxResult,
  type OutboxResult,
} from './outbox-results.js';
import type { DoneWhenRefused, OutboxItemView } from './outbox-record.js';
import {
  addRecord,
  allRecords,
  OUTBOX_CHANNEL,
  removeRecord,
  updateRecord,
  viewOf,
} from './outbox-store.js';

import { REPLAY_MESSAGE, SYNC_TAG } from './outbox-client-constants.js';

export interface QueuedRequest {
  /** How the household will recognise it ("养老保险参保登记"). */
  label: string;
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** JSON-serialisable body. */
  body: unknown;
  /**
   * The Idempotency-Key for all its tries; fresh when left out. Give the key of
   * a direct try that failed, so the server sees one request, not two.
   */
  idempotencyKey?: string;
  /**
   * How to tell, when the server refuses a try with 409 or 412, that an earlier
   * try landed and only its answer was lost: the resource read back has `field`
   * equal to `equals` (a cancellation: status is 'cancelled').
   */
  doneWhenRefused?: DoneWhenRefused;
  /**
   * Not before this time (ms since epoch): a direct try answered 503 with
   * Retry-After, and the outbox honours it rather than asking again at once.
   */
  notBefore?: number;
}

/** Queue a request; it carries one Idempotency-Key for all its tries. Returns the item's id. */
export async function enqueue(request: QueuedRequest): Promise<string> {
  const idempotencyKey = request.idempotencyKey ?? randomId();
  const record = await addRecord(
    {
      label: request.label,
      url: new URL(request.url, location.href).href,
      method: request.method ?? 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...request.headers,
        'Idempotency-Key': idempotencyKey,
      },
      body: request.body === undefined ? null : JSON.stringify(request.body),
      doneWhenRefused: request.doneWhenRefused,
    },
    Date.now(),
    request.notBefore,
  );
  requestReplay();
  return record.id;
}

export async function listOutbox(): Promise<OutboxItemView[]> {
  return Promise.all((await allRecords()).map(viewOf));
}

export async function discardItem(id: string): Promise<void> {
  await removeRecord(id);
}

/** Try a failed or waiting item again now. */
export async function retryItem(id: string): Promise<void> {
  await updateRecord(id, { state: 'waiting', nextAttemptAt: Date.now(), lastError: null });
  requestReplay();
}

export function requestReplay(): void {
  const controller = navigator.serviceWorker?.controller;
  if (controller) {
    // The page's word on the network goes with it: the worker's own can lag (replay.ts).
    controller.postMessage({ type: REPLAY_MESSAGE, online: navigator.onLine });
    void navigator.serviceWorker.ready
      .then((registration) => backgroundSync(registration)?.register(SYNC_TAG))
      .catch(() => undefined);
    return;
  }
  void replayOutbox().catch((error: unknown) =>
    console.warn('[hearth:outbox] replay failed', error),
  );
}

/** Called with every change to the outbox, from this page, another page or the worker. */
export function watchOutbox(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

function backgroundSync(registration: ServiceWorkerRegistration): SyncManagerLike | null {
  const sync = (registration as ServiceWorkerRegistration & { sync?: SyncManagerLike }).sync;
  return sync ?? null;
}

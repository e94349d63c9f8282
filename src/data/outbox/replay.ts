/**
 * Sending what waits in the outbox, one replay at a time per context (the
 * service worker when there is one, else the page). Each item goes with its
 * Idempotency-Key, so a try whose answer was lost can be repeated safely: the
 * server keeps the first and answers the same for the rest.
 */
import { backoffMs, deliveryOf } from './delivery.js';
import { CLAIM_RENEW_MS, dueAt, isDue } from './due.js';
import type { OutboxRecord } from './outbox-record.js';
import {
  allRecords,
  claimRecord,
  openPayload,
  removeRecord,
  renewClaim,
  updateRecord,
} from './outbox-store.js';
import { keepOutboxResult, readResult } from './outbox-results.js';
import { mayAlreadyBeDone, readBackIfDone } from './read-back.js';

/**
 * One attempt's limit (its claim is renewed meanwhile, see keepClaim). An attempt
 * cut short may have landed: the retry carries the same Idempotency-Key, so the
 * server keeps one.
 */
const SEND_TIMEOUT_MS = 30_000;

export interface ReplayResult {
  delivered: number;
  waiting: number;
  failed: number;
  /** When the next waiting item is due, if any. */
  nextDueAt: number | null;
}

let running: Promise<ReplayResult> | null = null;
let again = false;

/** Replay now; if a replay is running, run once more after it (nothing is skipped). */
export function replayOutbox(fetchImpl: typeof fetch = fetch): Promise<ReplayResult> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let result: ReplayResult;
    do {
      again = false;
      result = await replayOnce(fetchImpl);
    } while (again);
    return result;
  })().finally(() => {
    running = null;
  });
  return running;
}

async function replayOnce(fetchImpl: typeof fetch): Promise<ReplayResult> {
  const result: ReplayResult = { delivered: 0, waiting: 0, failed: 0, nextDueAt: null };
  for (const listed of await allRecords()) {
    if (listed.state === 'failed') {
      result.failed++;
      continue;
    }
    // A try while the TV knows it is offline cannot reach anyone, and would only
    // grow the item's backoff past the moment the network comes back ('online'
    // asks for a replay then).
    if (!isDue(listed, Date.now()) || knownOffline()) {
      result.waiting++;
      result.nextDueAt = Math.min(result.nextDueAt ?? Infinity, dueAt(listed) ?? Infinity);
      continue;
    }
    // The list may be stale: another context may have taken the item since.
    const record = await claimRecord(listed.id, (current) => isDue(current, Date.now()));
    if (!record) {
      result.waiting++;
      continue;
    }
    const stopRenewing = keepClaim(record);
    let delivered;
    try {
      delivered = await send(record, fetchImpl);
    } finally {
      stopRenewing();
    }
    if (delivered === 'delivered') result.delivered++;
    else if (delivered === 'failed') result.failed++;
    else {
      result.waiting++;
      result.nextDueAt = Math.min(result.nextDueAt ?? Infinity, record.nextAttemptAt);
    }
  }
  return result;
}

/**
 * Renew the claim on an item while its try runs, so no other context takes it
 * for an interrupted one; a sender that dies stops renewing, and the item is
 * due again INTERRUPTED_AFTER_MS later.
 */
function keepClaim(record: OutboxRecord): () => void {
  let since = record.sendingSince;
  const timer = setInterval(() => {
    if (since === null) return;
    renewClaim(record.id, since).then(
      (renewed) => {
        since = renewed;
        if (renewed === null) clearInterval(timer);
      },
      (error: unknown) => console.warn('[hearth:outbox] could not renew a claim', error),
    );
  }, CLAIM_RENEW_MS);
  return () => clearInterval(timer);
}

/**
 * When a page last said it is online (its replay request), or a background sync
 * fired. A service worker's own navigator.onLine can lag behind the page's: one
 * started while the TV was offline was seen to keep saying offline after the
 * network came back, and skipped every item while the pages waited on it.
 */
let onlineSaidAt = Number.NEGATIVE_INFINITY;
const ONLINE_WORD_KEEPS_MS = 60_000;

/** A page (or a background sync) says the network is there: believe it for a minute. */
export function noteOnline(now = Date.now()): void {
  onlineSaidAt = now;
}

function knownOffline(): boolean {
  if (Date.now() - onlineSaidAt < ONLINE_WORD_KEEPS_MS) return false;
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Send an item this context has claimed (it is marked 'sending'). */
async function send(
  record: OutboxRecord,
  fetchImpl: typeof fetch,
): Promise<'delivered' | 'waiting' | 'failed'> {
  let payload;
  try {
    payload = await openPayload(record);
  } catch {
    await updateRecord(record.id, { state: 'failed', sendingSince: null, lastError: 'unreadable' });
    return 'failed';
  }
  let outcome: Response | Error;
  // A server that never answers must not hold up the rest of the outbox.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  try {
    outcome = await fetchImpl(payload.url, {
      method: payload.method,
      headers: payload.headers,
      body: payload.body,
      credentials: 'omit',
      cache: 'no-store',
      // Engines before Chromium 119 keep Authorization across a cross-origin redirect.
      redirect: 'error',
      signal: controller.signal,
    });
  } catch (error) {
    outcome = error instanceof Error ? error : new Error(String(error));
  } finally {
    clearTimeout(timer);
  }
  const delivery = deliveryOf(outcome);
  const attempts = record.attempts + 1;
  const delivered = async (answer: Response | Error) => {
    // The answer first, then the item: a page that sees the item gone finds its answer.
    if (answer instanceof Response) await keepAnswer(record.id, answer);
    await removeRecord(record.id);
    return 'delivered' as const;
  };
  if (delivery.kind === 'delivered') return delivered(outcome);
  if (delivery.kind === 'refused' && outcome instanceof Response) {
    const done = mayAlreadyBeDone(payload, outcome.status)
      ? await readBackIfDone(payload, fetchImpl)
      : null;
    if (done) return delivered(done);
  }
  if (delivery.kind === 'refused') {
    await updateRecord(record.id, {
      attempts,
      state: 'failed',
      sendingSince: null,
      lastError: delivery.reason,
    });
    return 'failed';
  }
  const wait = Math.max(backoffMs(attempts), delivery.retryAfterMs ?? 0);
  const nextAttemptAt = Date.now() + wait;
  record.nextAttemptAt = nextAttemptAt;
  await updateRecord(record.id, {
    attempts,
    state: 'waiting',
    sendingSince: null,
    nextAttemptAt,
    lastError: delivery.reason,
  });
  return 'waiting';
}

async function keepAnswer(id: string, response: Response): Promise<void> {
  try {
    await keepOutboxResult(id, await readResult(response));
  } catch (error) {
    console.warn('[hearth:outbox] could not keep an answer', error);
  }
}

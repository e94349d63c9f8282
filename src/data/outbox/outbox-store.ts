/**
 * The outbox's storage: add, read, update and remove records, and tell every
 * open page (and the worker) that something changed.
 */
import { localDb } from '../local-db.js';
import { randomId } from '../random-id.js';
import { dueAt } from './due.js';
import { seal, unseal } from '../vault/vault.js';
import type { OutboxItemView, OutboxPayload, OutboxRecord } from './outbox-record.js';

export const OUTBOX_CHANNEL = 'hearth-outbox';

export function announceOutboxChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage({ type: 'changed' });
  channel.close();
}

export async function addRecord(
  payload: OutboxPayload,
  now = Date.now(),
  notBefore = now,
): Promise<OutboxRecord> {
  const record: OutboxRecord = {
    id: randomId(),
    createdAt: now,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: Math.max(now, notBefore),
    lastError: null,
    sendingSince: null,
    sealed: await seal(payload),
  };
  const db = await localDb();
  await db.put('outbox', record);
  announceOutboxChange();
  return record;
}

export async function allRecords(): Promise<OutboxRecord[]> {
  const db = await localDb();
  return db.getAllFromIndex('outbox', 'byCreated');
}

export async function putRecord(record: OutboxRecord): Promise<void> {
  const db = await localDb();
  await db.put('outbox', record);
  announceOutboxChange();
}

/**
 * Change a record only if it is still there: the household may have discarded
 * it while it was being sent, and a late answer must not bring it back.
 */
export async function updateRecord(
  id: string,
  change: Partial<Omit<OutboxRecord, 'id' | 'sealed'>>,
): Promise<boolean> {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.put({ ...current, ...change });
  await tx.done;
  if (current) announceOutboxChange();
  return current !== undefined;
}

/**
 * Take an item for sending, as one compare-and-set: the page and the service
 * worker (or two tabs) each replay the outbox, and IndexedDB runs readwrite
 * transactions on a store one at a time, so only one of them finds it still
 * `isFree` and marks it 'sending'. Returns the record as claimed, or null when
 * it is gone or someone else has it.
 */
export async function claimRecord(
  id: string,
  isFree: (record: OutboxRecord) => boolean,
  now = Date.now(),
): Promise<OutboxRecord | null> {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(id);
  let claimed: OutboxRecord | null = null;
  if (current && isFree(current)) {
    claimed = { ...current, state: 'sending', sendingSince: now };
    await tx.store.put(claimed);
  }
  await tx.done;
  if (claimed) announceOutboxChange();
  return claimed;
}

/**
 * Renew a claim taken at `since`, if it is still this sender's: the item is
 * still 'sending' from that same moment. Returns the new moment, or null when
 * the item is gone or was taken over (a try cut off by a suspended TV).
 */
export async function renewClaim(
  id: string,
  since: number,
  now = Date.now(),
): Promise<number | null> {
  const db = await localDb();
  const tx = db.transaction('outbox', 'readwrite');
  const current = await tx.store.get(id);
  const ours = current?.state === 'sending' && current.sendingSince === since;
  if (current && ours) await tx.store.put({ ...current, sendingSince: now });
  await tx.done;
  return ours ? now : null;
}

export async function removeRecord(id: string): Promise<void> {
  const db = await localDb();
  await db.delete('outbox', id);
  announceOutboxChange();
}

export function openPayload(record: OutboxRecord): Promise<OutboxPayload> {
  return unseal<OutboxPayload>(record.sealed);
}

export async function viewOf(record: OutboxRecord): Promise<OutboxItemView> {
  let label: string;
  try {
    label = (await openPayload(record)).label;
  } catch {
    // The key is gone (reset elsewhere) or the record is damaged: still show and allow discard.
    label = '';
  }
  return {
    id: record.id,
    label,
    state: record.state,
    attempts: record.attempts,
    createdAt: record.createdAt,
    nextAttemptAt: record.nextAttemptAt,
    dueAt: dueAt(record),
    lastError: record.lastError,
  };
}

/**
 * When an outbox item may be sent: a waiting one once its backoff is over; one
 * left 'sending' by a try that was cut off (the TV switched off, the worker
 * replaced by an update) once that try is surely dead; a failed one never.
 */
import type { OutboxRecord } from './outbox-record.js';

/** A 'sending' item older than this was interrupted and goes again. */
export const INTERRUPTED_AFTER_MS = 60_000;

export function dueAt(
  record: Pick<OutboxRecord, 'state' | 'nextAttemptAt' | 'sendingSince'>,
): number | null {
  if (record.state === 'waiting') return record.nextAttemptAt;
  if (record.state === 'sending') return (record.sendingSince ?? 0) + INTERRUPTED_AFTER_MS;
  return null;
}

export function isDue(record: Parameters<typeof dueAt>[0], now: number): boolean {
  const at = dueAt(record);
  return at !== null && at <= now;
}

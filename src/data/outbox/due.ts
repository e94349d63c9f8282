/**
 * When an outbox item may be sent: a waiting one once its backoff is over; one
 * left 'sending' by a try that was cut off (the TV switched off, the worker
 * replaced by an update) once that try is surely dead; a failed one never.
 */
import type { OutboxRecord } from './outbox-record.js';

/**
 * A sender renews its claim on an item this often while its try runs (see
 * renewClaim), so a long try against a slow server keeps the item.
 */
export const CLAIM_RENEW_MS = 5_000;

/**
 * A 'sending' item whose claim was not renewed for this long was interrupted
 * and goes again: three renewals missed. Not a minute: a worker stopped mid-try
 * (which a browser does to an idle worker at any moment) left the household's
 * request waiting that long after the next start.
 */
export const INTERRUPTED_AFTER_MS = 3 * CLAIM_RENEW_MS;

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

/**
 * One queued request as stored: bookkeeping in the clear (so the top bar can
 * count and the replay can schedule without decrypting), the request itself
 * and its label sealed by the vault.
 */
import type { Sealed } from '../vault/vault.js';

export type OutboxState = 'waiting' | 'sending' | 'failed';

export interface OutboxRecord {
  id: string;
  createdAt: number;
  state: OutboxState;
  attempts: number;
  /** Not before this time (ms since epoch): backoff after a failed try. */
  nextAttemptAt: number;
  /** Why the last try did not deliver, in words for the household (no personal data). */
  lastError: string | null;
  /** When the current try started (a 'sending' item older than a minute was interrupted). */
  sendingSince: number | null;
  sealed: Sealed;
}

/** What is sealed: everything needed to send it again, and how to name it on screen. */
export interface OutboxPayload {
  label: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  /** See QueuedRequest.doneWhenRefused. */
  doneWhenRefused?: DoneWhenRefused;
}

/** A field of the resource read back that shows the change is already made. */
export interface DoneWhenRefused {
  field: string;
  equals: string;
}

/** What the page shows for each item. */
export interface OutboxItemView {
  id: string;
  label: string;
  state: OutboxState;
  attempts: number;
  createdAt: number;
  nextAttemptAt: number;
  /** When a replay will take it up (null: failed, waits for the household). */
  dueAt: number | null;
  lastError: string | null;
}

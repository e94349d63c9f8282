/**
 * The alerts in force, as a pure reducer over the CAP messages received.
 * CAP chains messages: an Update replaces the messages it references, a Cancel
 * withdraws them, and each info block ends at its <expires>. Pure functions so
 * the feed, tests and a future worker share one set of rules, and a replay of
 * the same messages always gives the same book.
 */
import type { CapAlert, CapReference } from './cap-types.js';

export interface AlertBook {
  /** Alerts in force (as of the last apply), in arrival order. */
  readonly current: readonly CapAlert[];
  /** Every accepted message, oldest first, bounded by HISTORY_LIMIT. */
  readonly history: readonly CapAlert[];
  /** Keys of messages updated or cancelled, so a late copy of one is not revived. */
  readonly retired: readonly string[];
}

export interface ApplyOptions {
  /** Show Exercise and Test messages too (a settings switch for drills). */
  includeTests?: boolean;
}

/** A TV box has little memory; older history is of little use to a household. */
export const HISTORY_LIMIT = 200;
const RETIRED_LIMIT = 1000;

export function emptyBook(): AlertBook {
  return { current: [], history: [], retired: [] };
}

/** CAP identifies a message by sender + identifier (references name both). */
export function alertKey(alert: CapReference | CapAlert): string {
  return `${alert.sender}\n${alert.identifier}`;
}

/** Expired when it has infos and every one of them carries an expiry that has passed. */
export function isExpired(alert: CapAlert, now: number): boolean {
  if (alert.infos.length === 0) return false;
  return alert.infos.every((info) => {
    if (info.expires === undefined) return false;
    const end = Date.parse(info.expires);
    // An unreadable expiry must not silence a warning.
    return !Number.isNaN(end) && end < now;
  });
}

function accepted(alert: CapAlert, options: ApplyOptions): boolean {
  if (alert.status === 'Actual') return true;
  if (alert.status === 'Exercise' || alert.status === 'Test') return options.includeTests === true;
  return false; // System and Draft are never for the public
}

function withHistory(history: readonly CapAlert[], alert: CapAlert): CapAlert[] {
  const key = alertKey(alert);
  // A resent message (same sender + identifier) replaces its earlier copy rather than repeating.
  const next = [...history.filter((seen) => alertKey(seen) !== key), alert];
  return next.slice(-HISTORY_LIMIT);
}

/** Returns the book after receiving one message; `now` is epoch milliseconds. */
export function applyAlert(
  book: AlertBook,
  alert: CapAlert,
  now: number,
  options: ApplyOptions = {},
): AlertBook {
  if (!accepted(alert, options)) return book;
  const history = withHistory(book.history, alert);
  const key = alertKey(alert);
  // Ack and Error are about messages, not hazards: remembered, never shown as warnings.
  if (alert.msgType === 'Ack' || alert.msgType === 'Error') return { ...book, history };
  // A sender retires only its own messages: CAP references name any sender, and a
  // Cancel from one source must not silence another's warning.
  const referenced = new Set(
    alert.references.filter((ref) => ref.sender === alert.sender).map(alertKey),
  );
  const retired =
    alert.msgType === 'Update' || alert.msgType === 'Cancel'
      ? [...book.retired, ...referenced].slice(-RETIRED_LIMIT)
      : [...book.retired];
  let current = book.current.filter((held) => {
    const heldKey = alertKey(held);
    if (heldKey === key) return false; // a resend replaces itself
    return !((alert.msgType === 'Update' || alert.msgType === 'Cancel') && referenced.has(heldKey));
  });
  const stillLive =
    alert.msgType !== 'Cancel' && !book.retired.includes(key) && !isExpired(alert, now);
  if (stillLive) current = [...current, alert];
  current = current.filter((held) => !isExpired(held, now));
  return { current, history, retired };
}

/** The alerts still in force at `now` (expiry is re-checked: time passes between applies). */
export function currentAlerts(book: AlertBook, now: number): CapAlert[] {
  return book.current.filter((alert) => !isExpired(alert, now));
}

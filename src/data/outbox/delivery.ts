/**
 * What one answer means for a queued request. Delivered only on 2xx. Network
 * errors, 5xx, 408 and 429 are temporary (retry with backoff, honouring
 * Retry-After); any other status means the server refused it for good, and the
 * household decides (it stays visible, marked failed, until discarded).
 */
export type Delivery =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs: number | null }
  | { kind: 'refused'; reason: string };

export function deliveryOf(outcome: Response | Error): Delivery {
  if (outcome instanceof Error) return { kind: 'retry', reason: 'network', retryAfterMs: null };
  const status = outcome.status;
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status >= 500 || status === 408 || status === 429) {
    return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: retryAfter(outcome) };
  }
  return { kind: 'refused', reason: `HTTP ${status}` };
}

/** However long a server asks, a household's request is tried again within the hour. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * Retry-After in ms, capped. A date is read against the server's own Date header when
 * it sent one: a TV's clock may be years off (a box that booted without NTP reads 1970),
 * and the gap between two of the server's times does not depend on it.
 */
function retryAfter(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  let wait: number;
  if (value.trim() !== '' && Number.isFinite(seconds)) wait = seconds * 1000;
  else {
    const until = Date.parse(value);
    if (Number.isNaN(until)) return null;
    const serverNow = Date.parse(response.headers.get('Date') ?? '');
    wait = until - (Number.isNaN(serverNow) ? Date.now() : serverNow);
  }
  return Math.min(RETRY_AFTER_CAP_MS, Math.max(0, wait));
}

/** 2 s, 4 s, 8 s … capped at 5 minutes, with ±20 % jitter so boxes don't retry in step. */
export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(5 * 60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

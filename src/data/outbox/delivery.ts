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

function retryAfter(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** 2 s, 4 s, 8 s … capped at 5 minutes, with ±20 % jitter so boxes don't retry in step. */
export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(5 * 60_000, 2000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

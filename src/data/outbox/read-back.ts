/**
 * Telling a refused try from a done one. A try whose answer was lost may have
 * landed; its repeat then carries a stale If-Match and the server refuses it
 * (409, 412). When the item says how to recognise the change made, the resource
 * is read back: if it already shows the change, the item was delivered.
 */
import type { OutboxPayload } from './outbox-record.js';

/** Statuses that may mean "already changed, by an earlier try of this very item". */
const CONFLICT_STATUSES = new Set([409, 412]);
const READ_BACK_TIMEOUT_MS = 15_000;
/** Of the queued request's headers, those a read needs: who asks and in what format. */
const READ_HEADERS = new Set(['authorization', 'accept']);

export function mayAlreadyBeDone(payload: OutboxPayload, status: number): boolean {
  return payload.doneWhenRefused !== undefined && CONFLICT_STATUSES.has(status);
}

/** The resource as read back when it shows the change made, else null (never throws). */
export async function readBackIfDone(
  payload: OutboxPayload,
  fetchImpl: typeof fetch,
): Promise<Response | null> {
  const rule = payload.doneWhenRefused;
  if (!rule) return null;
  const headers = Object.fromEntries(
    Object.entries(payload.headers).filter(([name]) => READ_HEADERS.has(name.toLowerCase())),
  );
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), READ_BACK_TIMEOUT_MS);
  try {
    const response = await fetchImpl(payload.url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      // The token must not follow a redirect to another host.
      redirect: 'error',
      signal: controller.signal,
    });
    if (!response.ok) return null;
    const text = await response.text();
    const resource: unknown = JSON.parse(text);
    const done =
      typeof resource === 'object' &&
      resource !== null &&
      (resource as Record<string, unknown>)[rule.field] === rule.equals;
    return done ? new Response(text, { status: 200, headers: response.headers }) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

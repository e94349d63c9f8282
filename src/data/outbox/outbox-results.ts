/**
 * What the server answered to a queued request, kept until the page collects
 * it: a government application queued offline and delivered later by the
 * service worker gets its receipt number in that answer. Kept sealed (the
 * answer may name the applicant), only when JSON and under 64 kB, under the
 * outbox item's id; an answer nobody collects is dropped after 30 days.
 */
import { localDb } from '../local-db.js';
import { seal, unseal, type Sealed } from '../vault/vault.js';

export interface OutboxResult {
  status: number;
  /** The JSON body, or null when it was not JSON or too large. */
  body: unknown;
}

export interface OutboxResultRecord {
  id: string;
  deliveredAt: number;
  sealed: Sealed;
}

export const MAX_RESULT_BYTES = 64 * 1024;
const KEEP_MS = 30 * 24 * 3600_000;

function isJson(response: Response): boolean {
  const type = response.headers.get('Content-Type') ?? '';
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type.trim());
}

/** The status, and the body when it is small JSON; never throws. */
export async function readResult(response: Response): Promise<OutboxResult> {
  const result: OutboxResult = { status: response.status, body: null };
  if (!isJson(response)) return result;
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > MAX_RESULT_BYTES) return result;
  try {
    const text = await response.text();
    if (new TextEncoder().encode(text).length > MAX_RESULT_BYTES) return result;
    result.body = JSON.parse(text) as unknown;
  } catch {
    // Unreadable or not JSON after all: the status alone still tells it was delivered.
  }
  return result;
}

export async function keepOutboxResult(
  id: string,
  result: OutboxResult,
  now = Date.now(),
): Promise<void> {
  const record: OutboxResultRecord = { id, deliveredAt: now, sealed: await seal(result) };
  const db = await localDb();
  await db.put('outbox-results', record);
  for (const old of await db.getAll('outbox-results')) {
    if (now - old.deliveredAt > KEEP_MS) await db.delete('outbox-results', old.id);
  }
}

/**
 * The answer to outbox item `id`, or null if none (yet). It stays until
 * forgetOutboxResult: whoever acts on it records what it did first, then
 * forgets it, so another tab that finds it gone knows the work is done.
 */
export async function readOutboxResult(id: string): Promise<OutboxResult | null> {
  const record = await (await localDb()).get('outbox-results', id);
  if (!record) return null;
  try {
    return await unseal<OutboxResult>(record.sealed);
  } catch {
    return null; // the vault key went with a reset elsewhere
  }
}

export async function forgetOutboxResult(id: string): Promise<void> {
  await (await localDb()).delete('outbox-results', id);
}

/** The answer to outbox item `id`, once: it is deleted as it is read. Null if none (yet). */
export async function takeOutboxResult(id: string): Promise<OutboxResult | null> {
  const result = await readOutboxResult(id);
  await forgetOutboxResult(id);
  return result;
}

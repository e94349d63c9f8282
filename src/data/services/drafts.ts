/**
 * Drafts of service forms: every change is kept (sealed, in IndexedDB), so a
 * household that switches channel, loses power or hands the remote over finds
 * its form as it left it. One draft per service; deleted once submitted.
 */
import { localDb } from '../local-db.js';
import { randomId } from '../random-id.js';
import { seal, unseal } from '../vault/vault.js';
import type { DraftRecord } from './draft-record.js';

/** What a list of drafts shows: no personal data. */
export interface DraftSummary {
  serviceId: string;
  updatedAt: number;
  stepIndex: number;
}

export interface Draft extends DraftSummary {
  data: Record<string, unknown>;
}

export async function saveDraft(
  serviceId: string,
  data: Record<string, unknown>,
  stepIndex: number,
  now = Date.now(),
): Promise<void> {
  const sealed = await seal(data);
  const db = await localDb();
  const tx = db.transaction('drafts', 'readwrite');
  const submissionKey = (await tx.store.get(serviceId))?.submissionKey;
  const record: DraftRecord = { serviceId, updatedAt: now, stepIndex, sealed };
  if (submissionKey) record.submissionKey = submissionKey;
  await tx.store.put(record);
  await tx.done;
}

/**
 * The key every attempt to send this form uses (see DraftRecord.submissionKey): the
 * one kept with the draft, or a new one kept from now on.
 */
export async function draftSubmissionKey(serviceId: string): Promise<string> {
  const db = await localDb();
  const tx = db.transaction('drafts', 'readwrite');
  const record = await tx.store.get(serviceId);
  if (record?.submissionKey) {
    await tx.done;
    return record.submissionKey;
  }
  const key = randomId();
  if (record) await tx.store.put({ ...record, submissionKey: key });
  await tx.done;
  return key;
}

/** The draft of `serviceId`, or null (none, or unreadable after a reset elsewhere). */
export async function loadDraft(serviceId: string): Promise<Draft | null> {
  const db = await localDb();
  const record = await db.get('drafts', serviceId);
  if (!record) return null;
  try {
    const data = await unseal<Record<string, unknown>>(record.sealed);
    return { serviceId, updatedAt: record.updatedAt, stepIndex: record.stepIndex, data };
  } catch {
    return null;
  }
}

/** Every draft, the most recent first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  const db = await localDb();
  const records = await db.getAll('drafts');
  return records
    .map(({ serviceId, updatedAt, stepIndex }) => ({ serviceId, updatedAt, stepIndex }))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/**
 * Forgets the key after a definite refusal: the household will change the form, and a
 * gateway refuses a key reused with other data.
 */
export async function forgetDraftSubmissionKey(serviceId: string): Promise<void> {
  const db = await localDb();
  const tx = db.transaction('drafts', 'readwrite');
  const record = await tx.store.get(serviceId);
  if (record?.submissionKey) {
    const kept: DraftRecord = { ...record };
    delete kept.submissionKey;
    await tx.store.put(kept);
  }
  await tx.done;
}

export async function deleteDraft(serviceId: string): Promise<void> {
  const db = await localDb();
  await db.delete('drafts', serviceId);
}

export interface DraftAutosave {
  /** Note the form's latest state; written within `delayMs`. */
  update(data: Record<string, unknown>, stepIndex: number): void;
  /** Write what is pending now (on pagehide/visibilitychange, before leaving the form). */
  flush(): Promise<void>;
  /** Stop without writing what is pending (after a submit, or a discard). */
  cancel(): void;
}

/**
 * Saves a form's draft as the household types: one write per pause of
 * `delayMs` (a write seals and stores the whole form, too much for every
 * key press on a TV box), in order, never two at once.
 */
export function draftAutosave(
  serviceId: string,
  delayMs = 300,
  save: typeof saveDraft = saveDraft,
): DraftAutosave {
  let pending: { data: Record<string, unknown>; stepIndex: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const next = pending;
    pending = null;
    if (next) {
      writing = writing
        .then(() => save(serviceId, next.data, next.stepIndex))
        .catch((error: unknown) => console.warn('[hearth:services] draft not saved', error));
    }
    return writing;
  };

  return {
    update(data, stepIndex) {
      pending = { data, stepIndex };
      clearTimeout(timer);
      timer = setTimeout(() => void write(), delayMs);
    },
    flush: write,
    cancel() {
      clearTimeout(timer);
      pending = null;
    },
  };
}

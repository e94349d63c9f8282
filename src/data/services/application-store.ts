/** Applications kept on the TV, sealed (see application-record.ts). */
import { localDb } from '../local-db.js';
import { seal, unseal } from '../vault/vault.js';
import type { ApplicationRecord } from './application-record.js';
import type { Application } from './application-types.js';

export async function putApplication(application: Application, createdAt: number): Promise<void> {
  const record: ApplicationRecord = {
    id: application.id,
    createdAt,
    sealed: await seal(application),
  };
  const db = await localDb();
  await db.put('applications', record);
}

/** Every readable application, newest first, each with its stored creation time. */
export async function allApplications(): Promise<
  Array<{ application: Application; createdAt: number }>
> {
  const db = await localDb();
  const records = await db.getAllFromIndex('applications', 'byCreated');
  const out: Array<{ application: Application; createdAt: number }> = [];
  for (const record of records.reverse()) {
    try {
      out.push({
        application: await unseal<Application>(record.sealed),
        createdAt: record.createdAt,
      });
    } catch {
      // Sealed with a key a reset elsewhere removed: nothing to show.
    }
  }
  return out;
}

export async function getApplication(id: string): Promise<Application | null> {
  const db = await localDb();
  const record = await db.get('applications', id);
  if (!record) return null;
  try {
    return await unseal<Application>(record.sealed);
  } catch {
    return null;
  }
}

/** Replaces an application's sealed copy, keeping its creation time. */
export async function updateApplication(application: Application): Promise<void> {
  const db = await localDb();
  const record = await db.get('applications', application.id);
  await putApplication(application, record?.createdAt ?? Date.now());
}

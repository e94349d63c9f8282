/**
 * Hearth's one IndexedDB database, shared by the page and the service worker.
 * Each store belongs to one data module: `keys` to the vault, `outbox` and
 * `outbox-results` to the outbox, `sw-settings` to the service worker's routing
 * table, `drafts` and `applications` to government services.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxRecord } from './outbox/outbox-record.js';
import type { OutboxResultRecord } from './outbox/outbox-results.js';
import type { ApplicationRecord } from './services/application-record.js';
import type { DraftRecord } from './services/draft-record.js';

export interface HearthDb extends DBSchema {
  keys: { key: string; value: CryptoKey };
  outbox: { key: string; value: OutboxRecord; indexes: { byCreated: number } };
  'sw-settings': { key: string; value: unknown };
  'outbox-results': { key: string; value: OutboxResultRecord };
  /** Keyed by service id: one draft per service. */
  drafts: { key: string; value: DraftRecord };
  applications: { key: string; value: ApplicationRecord; indexes: { byCreated: number } };
}

export const DB_NAME = 'hearth';
const DB_VERSION = 2;

let opening: Promise<IDBPDatabase<HearthDb>> | null = null;

/**
 * The database, opened once and shared. An open that failed (storage briefly
 * unavailable, a blocked upgrade) and a connection the browser closed are not kept:
 * the next call opens again, so the vault, drafts and outbox come back without a reload.
 */
export function localDb(): Promise<IDBPDatabase<HearthDb>> {
  if (opening) return opening;
  const attempt = openDB<HearthDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each version adds its stores; what an older version made is kept.
      if (oldVersion < 1) {
        db.createObjectStore('keys');
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('byCreated', 'createdAt');
        db.createObjectStore('sw-settings');
      }
      if (oldVersion < 2) {
        db.createObjectStore('outbox-results', { keyPath: 'id' });
        db.createObjectStore('drafts', { keyPath: 'serviceId' });
        const applications = db.createObjectStore('applications', { keyPath: 'id' });
        applications.createIndex('byCreated', 'createdAt');
      }
    },
    blocking() {
      // A reset (deleteDatabase) elsewhere: let it through and reopen next time.
      void attempt.then((db) => db.close());
      if (opening === attempt) opening = null;
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk trouble).
      if (opening === attempt) opening = null;
    },
  });
  opening = attempt;
  attempt.catch(() => {
    if (opening === attempt) opening = null;
  });
  return attempt;
}

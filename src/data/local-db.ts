/**
 * Hearth's one IndexedDB database, shared by the page and the service worker.
 * Each store belongs to one data module: `keys` to the vault, `outbox` to the
 * outbox, `sw-settings` to the service worker's routing table.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxRecord } from './outbox/outbox-record.js';

export interface HearthDb extends DBSchema {
  keys: { key: string; value: CryptoKey };
  outbox: { key: string; value: OutboxRecord; indexes: { byCreated: number } };
  'sw-settings': { key: string; value: unknown };
}

export const DB_NAME = 'hearth';
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<HearthDb>> | null = null;

export function localDb(): Promise<IDBPDatabase<HearthDb>> {
  opening ??= openDB<HearthDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('keys');
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byCreated', 'createdAt');
      db.createObjectStore('sw-settings');
    },
    blocking() {
      // A reset (deleteDatabase) elsewhere: let it through and reopen next time.
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

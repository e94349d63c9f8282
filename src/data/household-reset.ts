import { DB_NAME } from './local-db.js';

/**
 * "Reset household data": everything this TV keeps for the household goes —
 * settings, drafts, the outbox and other IndexedDB stores, Cache Storage, and
 * the service worker (which is registered again on the next start).
 */
export async function resetHouseholdData(): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be disabled; nothing to clear then.
  }
  if (typeof indexedDB !== 'undefined') {
    // indexedDB.databases() is Chromium 71+ and WebKit 14+; where it is missing,
    // the portal's own database is deleted by name (it keeps no other).
    const names =
      'databases' in indexedDB
        ? // eslint-disable-next-line no-restricted-properties -- guarded just above
          (await indexedDB.databases()).map((db) => db.name ?? '')
        : [DB_NAME];
    for (const name of names) {
      if (!name) continue;
      tasks.push(
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
      );
    }
  }
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    tasks.push(...names.map((name) => caches.delete(name)));
  }
  if (navigator.serviceWorker) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    tasks.push(...registrations.map((r) => r.unregister()));
  }
  await Promise.all(tasks);
}

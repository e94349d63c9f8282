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
  if (typeof indexedDB !== 'undefined' && 'databases' in indexedDB) {
    const databases = await indexedDB.databases();
    for (const db of databases) {
      if (!db.name) continue;
      const name = db.name;
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

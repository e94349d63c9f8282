/**
 * The demo backend's bookings, submissions and raised alerts, kept in
 * IndexedDB: a service worker is stopped when idle, and a demo booking must
 * not vanish with it. (The state holds no form data, only fingerprints.)
 */
import type { DemoState } from '../demo/handlers.js';
import { localDb } from '../data/local-db.js';

const KEY = 'demo-backend-state';

export async function loadDemoState(): Promise<DemoState | undefined> {
  try {
    const db = await localDb();
    return (await db.get('sw-settings', KEY)) as DemoState | undefined;
  } catch {
    return undefined;
  }
}

let saving: Promise<void> = Promise.resolve();

/** Saves in order, so a slow write never overwrites a newer state. */
export function saveDemoState(state: DemoState): void {
  saving = saving
    .then(async () => {
      const db = await localDb();
      await db.put('sw-settings', state, KEY);
    })
    .catch((error: unknown) => console.warn('[hearth:sw] demo state not saved', error));
}

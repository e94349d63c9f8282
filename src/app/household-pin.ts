/**
 * The household PIN for the routes behind it (health, 电视办): loaded with such a
 * route, not with the first screen, and handed to the gate by the area (the ui
 * layer knows no data store).
 */
import type { PinLock } from '../data/household-pin/pin-lock.js';

let lock: PinLock | null = null;

/** Load the PIN store and the gate that asks for it; a route's `load` awaits this. */
export async function loadHouseholdPin(): Promise<void> {
  const [{ pinLock }] = await Promise.all([
    import('../data/household-pin/pin-lock.js'),
    import('../ui/pin/pin-gate.js'),
  ]);
  lock = pinLock();
}

/** The PIN store, once loadHouseholdPin() has resolved. */
export function householdPin(): PinLock {
  if (!lock) throw new Error('the household PIN is used before its route loaded it');
  return lock;
}

/**
 * The household PIN for the routes behind it (health, 电视办): its code is loaded
 * with such a route, not with the first screen, and the lock (one for the
 * portal, from the shell's registry) is handed to the gate by the area (the ui
 * layer knows no data store).
 */
import type { PinLock } from '../data/household-pin/pin-lock.js';
import type { ShellServices } from './shell-services.js';

let pinModule: typeof import('../data/household-pin/pin-lock.js') | null = null;

/** Load the PIN store and the gate that asks for it; a route's `load` awaits this. */
export async function loadHouseholdPin(): Promise<void> {
  const [module] = await Promise.all([
    import('../data/household-pin/pin-lock.js'),
    import('../ui/pin/pin-gate.js'),
  ]);
  pinModule = module;
}

/** The portal's PIN lock, once loadHouseholdPin() has resolved. */
export function householdPin(services: ShellServices): PinLock {
  if (!pinModule) throw new Error('the household PIN is used before its route loaded it');
  return services.get(pinModule.householdPinService);
}

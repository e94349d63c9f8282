/**
 * The page tells the worker which URLs of the operator's config are public and
 * which personal; the worker keeps the table in IndexedDB so it still knows
 * after a restart with no page open. Each area names its own addresses
 * (`dataAddresses` in app/area-registry.ts); this file only merges them.
 */
import { EMPTY_ROUTING_TABLE, type RoutingTable } from './request-kind.js';

export const ROUTING_MESSAGE = 'hearth-routing-table';

/** One area's data addresses; an address the config leaves out may be undefined. */
export interface DataAddresses {
  /** Cached and served stale while revalidating (playlists, catalogues, schemas). */
  publicData?: (string | undefined)[];
  /** Fetched fresh, the last copy kept for offline (warnings, notices). */
  liveData?: (string | undefined)[];
  /** Never cached (health records, the home's devices, pickup codes). */
  personal?: (string | undefined)[];
}

export function routingTableFor(
  areas: readonly DataAddresses[],
  base: string,
  configUrl: string,
): RoutingTable {
  const absolute = (kind: keyof DataAddresses) =>
    areas.flatMap((area) => (area[kind] ?? []).flatMap((u) => (u ? [new URL(u, base).href] : [])));
  return {
    publicData: absolute('publicData'),
    liveData: absolute('liveData'),
    personal: absolute('personal'),
    publicConfig: new URL(configUrl, base).pathname === '/config.json' ? [] : [configUrl],
  };
}

export { EMPTY_ROUTING_TABLE };

/**
 * Where the household's parcels come from: the property manager's list
 * (parcel-feed.ts) or a Home Assistant sensor (home-parcels.ts). The screens
 * read either the same way.
 */
import type { Parcel } from './parcel.js';

export interface ParcelSource extends EventTarget {
  /** The parcels waiting now, the newest first. */
  parcels(): readonly Parcel[];
  /** Waiting parcels the household has not yet been told of. */
  unseen(): Parcel[];
  markSeen(id: string): void;
  /** The last problem, for the log and a word on screen; null once a read succeeds. */
  readonly lastError: string | null;
  /** Stops polling (a list); a sensor on the home's connection has nothing of its own to stop. */
  stop?(): void;
}

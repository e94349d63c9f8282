/**
 * Parcels from a Home Assistant sensor (a locker or courier integration, or a
 * template sensor the installer wrote): its attribute `parcels` lists the
 * waiting ones in the same shape as the property manager's list
 * (`[{ id, locker, code, carrier?, arrivedAt? }]`). It follows the household's
 * one Home Assistant connection; nothing is polled or kept but seen ids.
 */
import type { HomeChangeDetail } from '../home/home-connection.js';
import type { HomeSnapshot } from '../home/home-types.js';
import type { Parcel } from './parcel.js';
import { seenParcels, type KeptIds } from './kept-ids.js';
import type { ParcelSource } from './parcel-source.js';
import { parseParcels } from './parse-parcels.js';

/** The part of the Home Assistant connection this needs. */
export interface HomeSnapshots extends EventTarget {
  readonly snapshot: HomeSnapshot;
}

export class HomeParcels extends EventTarget implements ParcelSource {
  private _parcels: Parcel[] = [];
  lastError: string | null = null;

  constructor(
    private readonly _home: HomeSnapshots,
    private readonly _entityId: string,
    private readonly _seen: KeptIds = seenParcels(),
  ) {
    super();
    _home.addEventListener('change', (event) => {
      const ids = (event as CustomEvent<HomeChangeDetail>).detail?.ids;
      // A change that names entities and not ours is not ours.
      if (!ids || ids.length === 0 || ids.includes(this._entityId)) this._read();
    });
    this._read();
  }

  parcels(): readonly Parcel[] {
    return this._parcels;
  }

  unseen(): Parcel[] {
    return this._parcels.filter((p) => !this._seen.has(p.id));
  }

  markSeen(id: string): void {
    if (
      this._seen.add(
        id,
        this._parcels.map((p) => p.id),
      )
    )
      this.dispatchEvent(new Event('change'));
  }

  private _read(): void {
    const snapshot = this._home.snapshot;
    const entity = snapshot.entities.get(this._entityId);
    let problem: string | null = null;
    if (!entity) {
      // Not yet connected, or the installer named a sensor that is not there.
      problem = snapshot.status === 'live' ? `no entity ${this._entityId}` : null;
    } else {
      try {
        const { parcels, skipped } = parseParcels({ parcels: entity.attributes['parcels'] ?? [] });
        if (skipped) console.warn(`[hearth:community] ${skipped} parcel entries left out`);
        this._parcels = parcels.sort((a, b) => (b.arrivedAt ?? 0) - (a.arrivedAt ?? 0));
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
    }
    if (problem && problem !== this.lastError) {
      console.warn('[hearth:community] parcels not read:', problem);
    }
    this.lastError = problem;
    this.dispatchEvent(new Event('change'));
  }
}

/**
 * The dashboard's rooms and readings, and when they must be worked out again.
 * Grouping and sorting a thousand entities into rooms is the costly part of a
 * full draw, so it is redone only when a change can move a tile: a new or
 * removed entity, a rename, a move to another room, another area list or
 * connection status, or another sensor taking over a reading (one goes
 * offline). A value changing on a tile changes none of these.
 */
import { groupByArea, type AreaGroup } from '../../data/home/group-by-area.js';
import type { HomeEntity, HomeSnapshot } from '../../data/home/home-types.js';
import { environmentReadings, type Reading } from './environment-readings.js';

/** What decides an entity's room and place in it: when this changes, regroup. */
function placeOf(entity: HomeEntity | undefined): string {
  return entity
    ? `${entity.domain}|${entity.areaId ?? ''}|${entity.name}|${entity.hidden ? 1 : 0}`
    : '';
}

/**
 * What could make an entity one of the readings (environment-readings.ts picks the first
 * available sensor of each class): only when this changes are the readings looked up again.
 */
function readingSlotOf(entity: HomeEntity | undefined): string {
  return entity?.domain === 'sensor' && entity.state !== 'unavailable'
    ? (entity.deviceClass ?? '')
    : '';
}

function sameReadings(a: readonly Reading[], b: readonly Reading[]): boolean {
  return a.length === b.length && a.every((r, i) => r.entity.id === b[i]?.entity.id);
}

export class DashboardLayout {
  rooms: AreaGroup[] = [];
  readings: Reading[] = [];
  private _places = new Map<string, string>();
  private _readingSlots = new Map<string, string>();
  private _areas: HomeSnapshot['areas'] | null = null;
  private _status: HomeSnapshot['status'] | null = null;

  /** Groups the whole home again. */
  regroup(snapshot: HomeSnapshot): void {
    this.rooms = groupByArea(snapshot);
    this.readings = environmentReadings(snapshot);
    this._areas = snapshot.areas;
    this._status = snapshot.status;
    const places = new Map<string, string>();
    const slots = new Map<string, string>();
    for (const [id, entity] of snapshot.entities) {
      places.set(id, placeOf(entity));
      slots.set(id, readingSlotOf(entity));
    }
    this._places = places;
    this._readingSlots = slots;
  }

  /** Whether the connection status changed since the last grouping (the draw checks it). */
  statusChanged(snapshot: HomeSnapshot): boolean {
    return snapshot.status !== this._status;
  }

  /** Whether the changes to `ids` (or a `structure` change) can move a tile or a reading. */
  needsRegroup(snapshot: HomeSnapshot, ids: ReadonlySet<string>, structure: boolean): boolean {
    if (structure || snapshot.areas !== this._areas) return true;
    let readingsMayChange = false;
    for (const id of ids) {
      const entity = snapshot.entities.get(id);
      if (placeOf(entity) !== (this._places.get(id) ?? '')) return true;
      const slot = readingSlotOf(entity);
      if (slot !== (this._readingSlots.get(id) ?? '')) {
        readingsMayChange = true;
        this._readingSlots.set(id, slot);
      }
    }
    return readingsMayChange && !sameReadings(environmentReadings(snapshot), this.readings);
  }
}

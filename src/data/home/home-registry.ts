/**
 * Joins Home Assistant's states with its registries: which area an entity is
 * in (its own, else its device's, as Home Assistant resolves it), whether
 * dashboards should show it, and the plain HomeEntity the screens read.
 */
import type { HassEntity } from 'home-assistant-js-websocket';
import type { HomeArea, HomeEntity } from './home-types.js';

/** The fields of `config/area_registry/list` entries Hearth reads. */
export interface AreaRegistryEntry {
  area_id: string;
  name: string;
}

/** The fields of `config/device_registry/list` entries Hearth reads. */
export interface DeviceRegistryEntry {
  id: string;
  area_id: string | null;
}

/** The fields of `config/entity_registry/list` entries Hearth reads. */
export interface EntityRegistryEntry {
  entity_id: string;
  area_id: string | null;
  device_id: string | null;
  hidden_by?: string | null;
  entity_category?: string | null;
}

export interface HomeRegistry {
  areas: HomeArea[];
  /** Entity id → area id, resolved through the device when the entity has none. */
  areaOf: ReadonlyMap<string, string>;
  /** Entity id → its device's id (a doorbell's camera is on the same device). */
  deviceOf: ReadonlyMap<string, string>;
  /** Entity ids dashboards leave out (hidden, config or diagnostic). */
  hidden: ReadonlySet<string>;
}

export const EMPTY_REGISTRY: HomeRegistry = {
  areas: [],
  areaOf: new Map(),
  deviceOf: new Map(),
  hidden: new Set(),
};

export function buildRegistry(
  areas: readonly AreaRegistryEntry[],
  devices: readonly DeviceRegistryEntry[],
  entities: readonly EntityRegistryEntry[],
): HomeRegistry {
  const known = new Set(areas.map((area) => area.area_id));
  const deviceArea = new Map(devices.map((device) => [device.id, device.area_id]));
  const areaOf = new Map<string, string>();
  const deviceOf = new Map<string, string>();
  const hidden = new Set<string>();
  for (const entry of entities) {
    if (entry.device_id) deviceOf.set(entry.entity_id, entry.device_id);
    const area =
      entry.area_id ?? (entry.device_id ? (deviceArea.get(entry.device_id) ?? null) : null);
    if (area && known.has(area)) areaOf.set(entry.entity_id, area);
    if (entry.hidden_by || entry.entity_category) hidden.add(entry.entity_id);
  }
  return {
    areas: areas.map((area) => ({ id: area.area_id, name: area.name })),
    areaOf,
    deviceOf,
    hidden,
  };
}

/** A registry list as received, or an empty list when the answer is not one. */
export function registryList<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function toHomeEntity(state: HassEntity, registry: HomeRegistry): HomeEntity {
  const id = state.entity_id;
  const attributes = state.attributes as Record<string, unknown>;
  const entity: HomeEntity = {
    id,
    domain: id.slice(0, id.indexOf('.')),
    name: nameOf(id, attributes),
    state: state.state,
    attributes,
    lastChanged: timeOf(state.last_changed),
  };
  const areaId = registry.areaOf.get(id);
  if (areaId !== undefined) entity.areaId = areaId;
  const deviceId = registry.deviceOf.get(id);
  if (deviceId !== undefined) entity.deviceId = deviceId;
  const deviceClass = attributes['device_class'];
  if (typeof deviceClass === 'string') entity.deviceClass = deviceClass;
  const unit = attributes['unit_of_measurement'];
  if (typeof unit === 'string') entity.unit = unit;
  if (registry.hidden.has(id)) entity.hidden = true;
  return entity;
}

/** True when two entities would look the same on screen (so no change is reported). */
export function sameEntity(a: HomeEntity, b: HomeEntity): boolean {
  return (
    a.state === b.state &&
    a.lastChanged === b.lastChanged &&
    a.name === b.name &&
    a.areaId === b.areaId &&
    a.deviceId === b.deviceId &&
    a.hidden === b.hidden &&
    (a.attributes === b.attributes || JSON.stringify(a.attributes) === JSON.stringify(b.attributes))
  );
}

function nameOf(id: string, attributes: Record<string, unknown>): string {
  const friendly = attributes['friendly_name'];
  if (typeof friendly === 'string' && friendly.trim() !== '') return friendly;
  return id.slice(id.indexOf('.') + 1).replace(/_/g, ' ');
}

function timeOf(iso: string): number {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? time : 0;
}

/**
 * What HomeConnection asks the hub about its rooms and devices: the area,
 * device and entity registry lists, read together, and the events that say one
 * of them changed. Its own file so the connection's code is about when to ask
 * (after connecting, after a burst of registry events), not what to send.
 */
import type { Connection } from 'home-assistant-js-websocket';
import {
  buildRegistry,
  registryList,
  type AreaRegistryEntry,
  type DeviceRegistryEntry,
  type EntityRegistryEntry,
  type HomeRegistry,
} from './home-registry.js';

const REGISTRY_LISTS = [
  'config/area_registry/list',
  'config/device_registry/list',
  'config/entity_registry/list',
] as const;

/** The events after which the registries are read again. */
export const REGISTRY_EVENTS = [
  'area_registry_updated',
  'device_registry_updated',
  'entity_registry_updated',
] as const;

/** The three registries, or undefined when any read fails (the caller keeps what it had). */
export async function readRegistry(conn: Connection): Promise<HomeRegistry | undefined> {
  const lists = await Promise.all(
    REGISTRY_LISTS.map((type) =>
      conn.sendMessagePromise<unknown>({ type }).then(
        (list) => (Array.isArray(list) ? list : null),
        () => null,
      ),
    ),
  );
  const [areas, devices, entities] = lists;
  if (!areas || !devices || !entities) return undefined;
  return buildRegistry(
    registryList<AreaRegistryEntry>(areas),
    registryList<DeviceRegistryEntry>(devices),
    registryList<EntityRegistryEntry>(entities),
  );
}

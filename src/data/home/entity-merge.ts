/**
 * Home Assistant's state objects turned into the snapshot's entities, keeping
 * the previous HomeEntity object for every entity that did not really change:
 * a `change` event then names only real differences, and a tile whose entity
 * is the same object is not drawn again. After a reconnect every state arrives
 * again; most of them are the same.
 *
 * Its own file because this is a pure question (what differs?) with no socket,
 * timer or event in it; HomeConnection (home-connection.ts) decides when it is
 * asked and what to do with the answer.
 */
import type { HassEntity } from 'home-assistant-js-websocket';
import { sameEntity, toHomeEntity, type HomeRegistry } from './home-registry.js';
import type { HomeEntity } from './home-types.js';

export interface EntityMerge {
  /** Every entity, the unchanged ones as the same objects as before. */
  entities: Map<string, HomeEntity>;
  /** The entities added, changed or gone. */
  ids: string[];
}

/** The registries changed: every entity mapped again from its last state (or kept, without one). */
export function remapEntities(
  previous: ReadonlyMap<string, HomeEntity>,
  raw: ReadonlyMap<string, HassEntity>,
  registry: HomeRegistry,
): EntityMerge {
  const ids: string[] = [];
  const entities = new Map<string, HomeEntity>();
  for (const [id, before] of previous) {
    const state = raw.get(id);
    const next = state ? toHomeEntity(state, registry) : before;
    if (sameEntity(before, next)) {
      entities.set(id, before);
    } else {
      entities.set(id, next);
      ids.push(id);
    }
  }
  return { entities, ids };
}

/**
 * Every entity at once (the first message after connecting). `previousRaw` is
 * the states last received: an entity whose state is the same object is not
 * mapped again. Returns the new states to keep as `raw`.
 */
export function mergeAllEntities(
  previous: ReadonlyMap<string, HomeEntity>,
  previousRaw: ReadonlyMap<string, HassEntity>,
  raw: ReadonlyMap<string, HassEntity>,
  registry: HomeRegistry,
): EntityMerge & { raw: Map<string, HassEntity> } {
  const entities = new Map<string, HomeEntity>();
  const ids: string[] = [];
  const rawNext = new Map<string, HassEntity>();
  for (const [id, state] of raw) {
    rawNext.set(id, state);
    const known = previous.get(id);
    if (known && previousRaw.get(id) === state) {
      entities.set(id, known);
      continue;
    }
    const entity = toHomeEntity(state, registry);
    // After a reconnect every state arrives again: report only real differences.
    if (known && sameEntity(known, entity)) {
      entities.set(id, known);
    } else {
      entities.set(id, entity);
      ids.push(id);
    }
  }
  for (const id of previous.keys()) if (!rawNext.has(id)) ids.push(id);
  return { entities, ids, raw: rawNext };
}

/**
 * Some entities changed: only those are looked at. `rawKept` (the states last
 * received) is brought up to date in place, whether or not anything differs.
 */
export function mergeChangedEntities(
  previous: ReadonlyMap<string, HomeEntity>,
  rawKept: Map<string, HassEntity>,
  raw: ReadonlyMap<string, HassEntity>,
  changed: readonly string[],
  registry: HomeRegistry,
): EntityMerge {
  const entities = new Map(previous);
  const ids: string[] = [];
  for (const id of changed) {
    const state = raw.get(id);
    const known = entities.get(id);
    if (!state) {
      rawKept.delete(id);
      if (entities.delete(id)) ids.push(id);
      continue;
    }
    rawKept.set(id, state);
    const entity = toHomeEntity(state, registry);
    if (known && sameEntity(known, entity)) continue;
    entities.set(id, entity);
    ids.push(id);
  }
  return { entities, ids };
}

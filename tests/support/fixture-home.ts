/**
 * A demo home (src/demo/home-assistant's DemoHome) built from a fixture's
 * `get_states` list, so tests run Home Assistant's protocol over real
 * installations' entities. The fixtures carry states only, no registries, so
 * this file makes them up by one rule:
 *
 * - An entity is in a room when its friendly_name begins with one of the
 *   room's prefixes (case-insensitive, whole words): "Living room spotlights"
 *   and "Living Motion Sensor" → "Living room", "Kitchen Leak Sensor" →
 *   "Kitchen", "Front Door Sensor" → "Entrance". Everything else ("Floor lamp",
 *   zones, "HA Alarm") is in no area.
 * - Areas are the rooms that got an entity, in FIXTURE_ROOMS order (the
 *   registry order); their ids are the names in snake case.
 * - Each entity in a room gets a device of its own in that room, and its
 *   entity registry entry leaves `area_id` null, so the area comes through the
 *   device as in a real install. `entityAreas` gives an entity an area of its
 *   own, which Home Assistant lets override the device's.
 * - States without `last_changed` get `now`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoHomeSeed } from '@src/demo/home-assistant/demo-home';
import { newContext } from '@src/demo/home-assistant/context-id';
import type {
  HaAreaEntry,
  HaContext,
  HaDeviceEntry,
  HaEntityRegistryEntry,
  HaState,
  JsonObject,
} from '@src/demo/home-assistant/ha-types';

/** One state as the fixtures (and `get_states`) have it; the times and context may be missing. */
export interface FixtureState {
  entity_id: string;
  state: string;
  attributes: JsonObject;
  last_changed?: string;
  last_updated?: string;
  context?: HaContext;
}

export type FixtureName = 'jimpower' | 'sections';

export interface FixtureRoom {
  name: string;
  /** Beginnings of friendly names that put an entity in this room. */
  prefixes: string[];
}

export const FIXTURE_ROOMS: readonly FixtureRoom[] = [
  { name: 'Living room', prefixes: ['Living room', 'Living'] },
  { name: 'Kitchen', prefixes: ['Kitchen'] },
  { name: 'Bedroom', prefixes: ['Bedroom'] },
  { name: 'Bathroom', prefixes: ['Bathroom'] },
  { name: 'Study', prefixes: ['Study'] },
  { name: 'Playroom', prefixes: ['Playroom'] },
  { name: "Jackson's room", prefixes: ['Jackson'] },
  { name: "Hudson's room", prefixes: ['Hudson'] },
  { name: 'Entrance', prefixes: ['Entrance', 'Front door'] },
  { name: 'Staircase', prefixes: ['Staircase'] },
  { name: 'Upstairs', prefixes: ['Upstairs'] },
  { name: 'Downstairs', prefixes: ['Downstairs'] },
  { name: 'Patio', prefixes: ['Patio'] },
  { name: 'Garage', prefixes: ['Garage'] },
  { name: 'Outdoor', prefixes: ['Outdoor'] },
];

export interface FixtureSeedOptions {
  rooms?: readonly FixtureRoom[];
  /** Entity id → area id (a room's snake-case name) set on the entity itself. */
  entityAreas?: Readonly<Record<string, string>>;
  /** Time for states without one (ms). */
  now?: number;
}

// From a path string, not `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's.
const FIXTURE_DIR = `${join(dirname(fileURLToPath(import.meta.url)), '../fixtures/home-assistant')}/`;

/** A fixture's states, read from tests/fixtures/home-assistant/. */
export function loadFixtureStates(name: FixtureName): FixtureState[] {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.states.json`, 'utf8')) as FixtureState[];
}

/** "Jackson's room" → "jacksons_room", the way Home Assistant makes area ids. */
export function areaIdOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The room the rule above puts a friendly name in. */
export function roomOf(
  friendlyName: string,
  rooms: readonly FixtureRoom[] = FIXTURE_ROOMS,
): FixtureRoom | undefined {
  const name = friendlyName.toLowerCase();
  return rooms.find((room) =>
    room.prefixes.some((prefix) => {
      const start = prefix.toLowerCase();
      return name === start || name.startsWith(`${start} `);
    }),
  );
}

const REGISTERED_AT = Date.UTC(2025, 0, 1) / 1000;

export function seedFromStates(
  fixture: readonly FixtureState[],
  options: FixtureSeedOptions = {},
): DemoHomeSeed {
  const rooms = options.rooms ?? FIXTURE_ROOMS;
  const now = new Date(options.now ?? Date.now()).toISOString();
  const overrides = options.entityAreas ?? {};

  const used = new Set<string>(Object.values(overrides));
  const deviceRoom = new Map<string, FixtureRoom>();
  for (const state of fixture) {
    const friendly = state.attributes['friendly_name'];
    const room = typeof friendly === 'string' ? roomOf(friendly, rooms) : undefined;
    if (!room) continue;
    deviceRoom.set(state.entity_id, room);
    used.add(areaIdOf(room.name));
  }

  const areas: HaAreaEntry[] = rooms
    .filter((room) => used.has(areaIdOf(room.name)))
    .map((room) => ({
      area_id: areaIdOf(room.name),
      name: room.name,
      aliases: [],
      floor_id: null,
      icon: null,
      labels: [],
      picture: null,
      humidity_entity_id: null,
      temperature_entity_id: null,
      created_at: REGISTERED_AT,
      modified_at: REGISTERED_AT,
    }));

  const devices: HaDeviceEntry[] = [];
  const entities: HaEntityRegistryEntry[] = fixture.map((state) => {
    const room = deviceRoom.get(state.entity_id);
    const friendly = state.attributes['friendly_name'];
    let deviceId: string | null = null;
    if (room) {
      deviceId = `device-${state.entity_id.replace('.', '-')}`;
      devices.push(
        deviceEntry(
          deviceId,
          typeof friendly === 'string' ? friendly : state.entity_id,
          areaIdOf(room.name),
        ),
      );
    }
    return {
      id: `entity-${state.entity_id}`,
      entity_id: state.entity_id,
      unique_id: `fixture-${state.entity_id}`,
      platform: 'fixture',
      device_id: deviceId,
      area_id: overrides[state.entity_id] ?? null,
      config_entry_id: 'fixture',
      config_subentry_id: null,
      name: null,
      original_name: typeof friendly === 'string' ? friendly : null,
      icon: null,
      disabled_by: null,
      hidden_by: null,
      entity_category: null,
      has_entity_name: false,
      labels: [],
      categories: {},
      options: {},
      translation_key: null,
      created_at: REGISTERED_AT,
      modified_at: REGISTERED_AT,
    };
  });

  const states: HaState[] = fixture.map((state) => ({
    entity_id: state.entity_id,
    state: state.state,
    attributes: JSON.parse(JSON.stringify(state.attributes)) as JsonObject,
    last_changed: state.last_changed ?? now,
    last_updated: state.last_updated ?? state.last_changed ?? now,
    context: state.context ?? newContext(),
  }));

  return { areas, devices, entities, states, scripts: {}, notifyServices: [] };
}

function deviceEntry(id: string, name: string, areaId: string): HaDeviceEntry {
  return {
    id,
    area_id: areaId,
    name,
    name_by_user: null,
    manufacturer: 'Fixture',
    model: 'Fixture device',
    model_id: null,
    sw_version: null,
    hw_version: null,
    serial_number: null,
    identifiers: [['fixture', id]],
    connections: [],
    config_entries: ['fixture'],
    config_entries_subentries: { fixture: [null] },
    primary_config_entry: 'fixture',
    configuration_url: null,
    disabled_by: null,
    entry_type: null,
    labels: [],
    via_device_id: null,
    created_at: REGISTERED_AT,
    modified_at: REGISTERED_AT,
  };
}

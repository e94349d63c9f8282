import type {
  HaAreaEntry,
  HaDeviceEntry,
  HaEntityRegistryEntry,
  HaState,
  JsonObject,
} from './ha-types';
import { demoId } from './demo-ids';
import { newContextId } from './context-id';
import { DEMO_AREAS, DEMO_DEVICES } from './demo-rooms';
import { DEMO_ENTITIES } from './demo-entities';

/**
 * The demo flat as data: a two-room flat in a Chinese city with the devices the
 * household dashboard and alarm overlay need. Shapes follow real Home Assistant
 * states (see /work/shared/fixtures/home-assistant); names are Chinese because
 * that is what a household there types into Home Assistant.
 *
 * The tables are their own files (demo-rooms.ts: rooms and devices;
 * demo-entities.ts: entities and their first states); this one holds the
 * account, the scripts and the config, and builds the registries from the tables.
 */

// The doorbell's snapshot is named by the camera entity's table; tests and the
// demo's users have always read it from here.
export { DEMO_DOORBELL_SNAPSHOT } from './demo-entities';

/** PIN for the alarm panel and the front-door lock. Demo only, not a secret. */
export const DEMO_HOME_CODE = '1234';

/** The Home Assistant version the demo claims (new enough for subscribe_entities). */
export const DEMO_HA_VERSION = '2025.10.1';

export const DEMO_USER = {
  id: demoId('user:household'),
  name: '家人',
  is_owner: true,
  is_admin: true,
  credentials: [{ auth_provider_type: 'homeassistant', auth_provider_id: null }],
  mfa_modules: [],
} as const;

/** One service call a demo script runs, in Home Assistant's action shape. */
export interface DemoScriptStep {
  domain: string;
  service: string;
  service_data?: JsonObject;
  target?: { entity_id?: string | string[]; area_id?: string | string[] };
}

export interface DemoHomeSeed {
  areas: HaAreaEntry[];
  devices: HaDeviceEntry[];
  entities: HaEntityRegistryEntry[];
  states: HaState[];
  /** What each script entity does when run. */
  scripts: Record<string, DemoScriptStep[]>;
  /** The `notify.*` services this flat has (e.g. a family member's phone). */
  notifyServices: string[];
}

// Registries record when entries were made; a fixed day keeps the data stable.
const REGISTERED_AT = Date.UTC(2025, 0, 1) / 1000;

const SCRIPTS: Record<string, DemoScriptStep[]> = {
  // The SOS key: tell the family and light the way for whoever comes in.
  'script.sos_call': [
    {
      domain: 'notify',
      service: 'family',
      service_data: {
        title: '紧急呼叫',
        message: '家中有人按下了电视上的紧急呼叫键，请尽快联系。',
      },
    },
    {
      domain: 'light',
      service: 'turn_on',
      target: { entity_id: ['light.living_room_ceiling', 'light.kitchen_light'] },
      service_data: { brightness_pct: 100 },
    },
  ],
};

/** Builds the flat's registries and initial states, timed relative to `now`. */
export function createDemoHomeSeed(now: number = Date.now()): DemoHomeSeed {
  const areas: HaAreaEntry[] = DEMO_AREAS.map((area) => ({
    area_id: area.area_id,
    name: area.name,
    aliases: [],
    floor_id: null,
    icon: area.icon,
    labels: [],
    picture: null,
    humidity_entity_id: area.humidity ?? null,
    temperature_entity_id: area.temperature ?? null,
    created_at: REGISTERED_AT,
    modified_at: REGISTERED_AT,
  }));

  const deviceIds = new Map<string, string>();
  const devices: HaDeviceEntry[] = DEMO_DEVICES.map((device) => {
    const id = demoId(`device:${device.key}`);
    const configEntry = demoId(`config_entry:${device.platform}`);
    deviceIds.set(device.key, id);
    return {
      id,
      area_id: device.area_id,
      name: device.name,
      name_by_user: null,
      manufacturer: device.manufacturer,
      model: device.model,
      model_id: null,
      sw_version: device.sw_version,
      hw_version: null,
      serial_number: null,
      identifiers: [[device.platform, device.key]],
      connections: [],
      config_entries: [configEntry],
      config_entries_subentries: { [configEntry]: [null] },
      primary_config_entry: configEntry,
      configuration_url: null,
      disabled_by: null,
      entry_type: null,
      labels: [],
      via_device_id: null,
      created_at: REGISTERED_AT,
      modified_at: REGISTERED_AT,
    };
  });
  const platformOf = new Map(DEMO_DEVICES.map((device) => [device.key, device.platform]));

  const entities: HaEntityRegistryEntry[] = DEMO_ENTITIES.map((seed) => {
    const platform = seed.device === null ? 'script' : (platformOf.get(seed.device) ?? 'demo');
    const friendlyName = seed.attributes['friendly_name'];
    return {
      id: demoId(`entity:${seed.entity_id}`),
      entity_id: seed.entity_id,
      unique_id: `${seed.device ?? 'helper'}-${seed.entity_id.split('.')[0]}`,
      platform,
      device_id: seed.device === null ? null : (deviceIds.get(seed.device) ?? null),
      // Entities follow their device's area, as Home Assistant does when unset.
      area_id: null,
      config_entry_id: demoId(`config_entry:${platform}`),
      config_subentry_id: null,
      name: null,
      original_name: typeof friendlyName === 'string' ? friendlyName : null,
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

  const states: HaState[] = DEMO_ENTITIES.map((seed) => {
    const changed = new Date(now - seed.minutesAgo * 60_000).toISOString();
    return {
      entity_id: seed.entity_id,
      state: seed.state,
      attributes: cloneJson(seed.attributes),
      last_changed: changed,
      last_updated: changed,
      context: { id: newContextId(now - seed.minutesAgo * 60_000), parent_id: null, user_id: null },
    };
  });

  return {
    areas,
    devices,
    entities,
    states,
    scripts: cloneJson(SCRIPTS),
    notifyServices: ['notify', 'family'],
  };
}

/** A deep copy of plain data (structuredClone is missing on 2018–2020 TV engines). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `get_config`: where the flat is and how it measures things. */
export function demoHomeConfig(): JsonObject {
  return {
    latitude: 31.2304,
    longitude: 121.4737,
    elevation: 4,
    radius: 100,
    unit_system: {
      length: 'km',
      accumulated_precipitation: 'mm',
      mass: 'g',
      pressure: 'Pa',
      temperature: '°C',
      volume: 'L',
      wind_speed: 'm/s',
    },
    location_name: '我的家',
    time_zone: 'Asia/Shanghai',
    components: [
      'alarm_control_panel',
      'binary_sensor',
      'camera',
      'climate',
      'cover',
      'event',
      'fan',
      'light',
      'lock',
      'notify',
      'script',
      'sensor',
      'switch',
    ],
    config_dir: '/config',
    allowlist_external_dirs: [],
    allowlist_external_urls: [],
    version: DEMO_HA_VERSION,
    config_source: 'storage',
    recovery_mode: false,
    safe_mode: false,
    state: 'RUNNING',
    external_url: null,
    internal_url: null,
    currency: 'CNY',
    country: 'CN',
    language: 'zh-Hans',
  };
}

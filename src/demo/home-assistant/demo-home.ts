import type {
  HaAreaEntry,
  HaDeviceEntry,
  HaEntityRegistryEntry,
  HaState,
  JsonObject,
} from './ha-types';
import { demoId } from './demo-ids';
import { newContextId } from './context-id';

/**
 * The demo flat as data: a two-room flat in a Chinese city with the devices the
 * household dashboard and alarm overlay need. Shapes follow real Home Assistant
 * states (see /work/shared/fixtures/home-assistant); names are Chinese because
 * that is what a household there types into Home Assistant.
 */

/** PIN for the alarm panel and the front-door lock. Demo only, not a secret. */
export const DEMO_HOME_CODE = '1234';

/** The doorbell camera's snapshot, a static file in public/ on the portal's origin. */
export const DEMO_DOORBELL_SNAPSHOT = '/demo/doorbell-snapshot.svg';

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

interface AreaSeed {
  area_id: string;
  name: string;
  icon: string;
  temperature?: string;
  humidity?: string;
}

const AREAS: AreaSeed[] = [
  {
    area_id: 'living_room',
    name: '客厅',
    icon: 'mdi:sofa',
    temperature: 'sensor.living_room_temperature',
    humidity: 'sensor.living_room_humidity',
  },
  {
    area_id: 'bedroom',
    name: '主卧',
    icon: 'mdi:bed',
    temperature: 'sensor.bedroom_temperature',
    humidity: 'sensor.bedroom_humidity',
  },
  { area_id: 'kitchen', name: '厨房', icon: 'mdi:stove' },
  { area_id: 'bathroom', name: '卫生间', icon: 'mdi:shower' },
  { area_id: 'entrance', name: '玄关', icon: 'mdi:door' },
  { area_id: 'balcony', name: '阳台', icon: 'mdi:balcony' },
];

interface DeviceSeed {
  key: string;
  name: string;
  area_id: string;
  manufacturer: string;
  model: string;
  sw_version: string;
  /** The integration that would provide it in a real install. */
  platform: string;
}

/** Maker, the integration a real install would use for it, and a firmware version. */
const BRANDS = {
  yeelight: ['Yeelight', 'yeelight', '2.0.6'],
  aqara: ['Aqara', 'mqtt', '1.0.4'],
  xiaomi: ['Xiaomi', 'xiaomi_miio', '2.1.3'],
  qingping: ['Qingping', 'xiaomi_miio', '4.1.8'],
  midea: ['Midea', 'midea_ac_lan', '5.0'],
  honeywell: ['Honeywell', 'mqtt', '1.1'],
  chint: ['CHINT', 'mqtt', '3.2'],
  ezviz: ['EZVIZ', 'ezviz', '5.3.0'],
  // The alarm panel is Home Assistant's own manual panel, on an Aqara hub.
  hub: ['Aqara', 'manual', '4.0.5'],
} as const;

function device(
  key: string,
  name: string,
  area_id: string,
  brand: keyof typeof BRANDS,
  model: string,
): DeviceSeed {
  const [manufacturer, platform, sw_version] = BRANDS[brand];
  return { key, name, area_id, manufacturer, model, sw_version, platform };
}

const DEVICES: DeviceSeed[] = [
  device('living_room_ceiling', '客厅吸顶灯', 'living_room', 'yeelight', 'Arwen 450S'),
  device('bedroom_light', '卧室灯', 'bedroom', 'yeelight', 'Ceiling Light C2001'),
  device('kitchen_light', '厨房灯', 'kitchen', 'aqara', 'Smart Wall Switch H1'),
  device('washer_plug', '洗衣机插座', 'balcony', 'xiaomi', 'Mi Smart Plug 2'),
  device('bedroom_fan', '卧室风扇', 'bedroom', 'xiaomi', 'Smart Standing Fan 2'),
  device('living_room_curtain', '客厅窗帘', 'living_room', 'aqara', 'Curtain Driver E1'),
  device('bedroom_curtain', '卧室窗帘', 'bedroom', 'aqara', 'Curtain Driver E1'),
  device('living_room_ac', '客厅空调', 'living_room', 'midea', 'KFR-35GW'),
  device('front_door_lock', '入户门锁', 'entrance', 'aqara', 'Smart Lock D100'),
  device('entrance_motion', '玄关人体传感器', 'entrance', 'aqara', 'Motion Sensor P1'),
  device('living_room_motion', '客厅人体传感器', 'living_room', 'aqara', 'Motion Sensor P1'),
  device('living_room_window', '客厅窗户', 'living_room', 'aqara', 'Door and Window Sensor'),
  device('bedroom_window', '卧室窗户', 'bedroom', 'aqara', 'Door and Window Sensor'),
  device('balcony_door', '阳台门', 'balcony', 'aqara', 'Door and Window Sensor'),
  device('kitchen_smoke', '厨房烟雾报警器', 'kitchen', 'honeywell', 'JTY-GD-H381'),
  device('kitchen_gas', '厨房燃气报警器', 'kitchen', 'honeywell', 'Natural Gas Detector'),
  device('kitchen_co', '厨房一氧化碳报警器', 'kitchen', 'honeywell', 'CO Detector'),
  device('bathroom_leak', '卫生间水浸传感器', 'bathroom', 'aqara', 'Water Leak Sensor'),
  device('distribution_box', '配电箱', 'entrance', 'chint', 'NXBLE-63 Smart Breaker'),
  device('air_monitor', '客厅空气检测仪', 'living_room', 'qingping', 'Air Monitor 2'),
  device('bedroom_thermometer', '卧室温湿度计', 'bedroom', 'xiaomi', 'Thermometer 2'),
  device('doorbell', '门铃', 'entrance', 'ezviz', 'DB2C'),
  device('alarm_hub', '安防网关', 'living_room', 'hub', 'Hub M2'),
];

interface EntitySeed {
  entity_id: string;
  /** Key into DEVICES; null for helpers such as scripts. */
  device: string | null;
  state: string;
  attributes: JsonObject;
  /** How long ago the state last changed, so the dashboard shows varied ages. */
  minutesAgo: number;
}

const MEASUREMENT = 'measurement';

const ENTITIES: EntitySeed[] = [
  // Lights: one with colour temperature, one dimmable, one on/off.
  {
    entity_id: 'light.living_room_ceiling',
    device: 'living_room_ceiling',
    state: 'on',
    attributes: {
      min_color_temp_kelvin: 2700,
      max_color_temp_kelvin: 6500,
      supported_color_modes: ['color_temp'],
      color_mode: 'color_temp',
      brightness: 204,
      color_temp_kelvin: 4000,
      friendly_name: '客厅吸顶灯',
      supported_features: 32,
    },
    minutesAgo: 42,
  },
  {
    entity_id: 'light.bedroom_light',
    device: 'bedroom_light',
    state: 'off',
    attributes: {
      supported_color_modes: ['brightness'],
      color_mode: null,
      brightness: null,
      friendly_name: '卧室灯',
      supported_features: 32,
    },
    minutesAgo: 600,
  },
  {
    entity_id: 'light.kitchen_light',
    device: 'kitchen_light',
    state: 'off',
    attributes: {
      supported_color_modes: ['onoff'],
      color_mode: null,
      friendly_name: '厨房灯',
      supported_features: 0,
    },
    minutesAgo: 95,
  },
  {
    entity_id: 'switch.balcony_washer_plug',
    device: 'washer_plug',
    state: 'off',
    attributes: { device_class: 'outlet', friendly_name: '洗衣机插座' },
    minutesAgo: 300,
  },
  {
    entity_id: 'fan.bedroom_fan',
    device: 'bedroom_fan',
    state: 'off',
    attributes: {
      percentage: 0,
      percentage_step: 33.333333333333336,
      preset_mode: null,
      preset_modes: ['nature', 'sleep'],
      oscillating: false,
      friendly_name: '卧室风扇',
      // SET_SPEED | OSCILLATE | PRESET_MODE | TURN_OFF | TURN_ON
      supported_features: 59,
    },
    minutesAgo: 720,
  },
  {
    entity_id: 'cover.living_room_curtain',
    device: 'living_room_curtain',
    state: 'open',
    attributes: {
      current_position: 100,
      device_class: 'curtain',
      friendly_name: '客厅窗帘',
      // OPEN | CLOSE | SET_POSITION | STOP
      supported_features: 15,
    },
    minutesAgo: 180,
  },
  {
    entity_id: 'cover.bedroom_curtain',
    device: 'bedroom_curtain',
    state: 'closed',
    attributes: {
      current_position: 0,
      device_class: 'curtain',
      friendly_name: '卧室窗帘',
      supported_features: 15,
    },
    minutesAgo: 610,
  },
  {
    entity_id: 'climate.living_room_ac',
    device: 'living_room_ac',
    state: 'cool',
    attributes: {
      hvac_modes: ['off', 'cool', 'heat', 'dry', 'fan_only'],
      min_temp: 16,
      max_temp: 30,
      target_temp_step: 1,
      fan_modes: ['auto', 'low', 'medium', 'high'],
      current_temperature: 27.5,
      temperature: 26,
      fan_mode: 'auto',
      hvac_action: 'cooling',
      friendly_name: '客厅空调',
      // TARGET_TEMPERATURE | FAN_MODE | TURN_OFF | TURN_ON
      supported_features: 393,
    },
    minutesAgo: 50,
  },
  {
    entity_id: 'lock.front_door',
    device: 'front_door_lock',
    state: 'locked',
    attributes: {
      code_format: '^\\d{4}$',
      changed_by: null,
      friendly_name: '入户门锁',
      supported_features: 0,
    },
    minutesAgo: 130,
  },
  binary('binary_sensor.front_door', 'front_door_lock', 'door', '入户门', 'off', 131),
  binary(
    'binary_sensor.entrance_motion',
    'entrance_motion',
    'motion',
    '玄关人体传感器',
    'off',
    128,
  ),
  binary(
    'binary_sensor.living_room_motion',
    'living_room_motion',
    'motion',
    '客厅人体传感器',
    'off',
    4,
  ),
  binary(
    'binary_sensor.living_room_window',
    'living_room_window',
    'window',
    '客厅窗户',
    'off',
    900,
  ),
  binary('binary_sensor.bedroom_window', 'bedroom_window', 'window', '卧室窗户', 'on', 75),
  binary('binary_sensor.balcony_door', 'balcony_door', 'door', '阳台门', 'off', 240),
  binary('binary_sensor.kitchen_smoke', 'kitchen_smoke', 'smoke', '厨房烟雾报警器', 'off', 4320),
  binary('binary_sensor.kitchen_gas', 'kitchen_gas', 'gas', '厨房燃气报警器', 'off', 4320),
  binary(
    'binary_sensor.kitchen_co',
    'kitchen_co',
    'carbon_monoxide',
    '厨房一氧化碳报警器',
    'off',
    4320,
  ),
  binary(
    'binary_sensor.bathroom_leak',
    'bathroom_leak',
    'moisture',
    '卫生间水浸传感器',
    'off',
    4320,
  ),
  // Safety: on means unsafe (here, the breaker's leakage protection tripped).
  binary(
    'binary_sensor.distribution_box_safety',
    'distribution_box',
    'safety',
    '配电箱漏电保护',
    'off',
    4320,
  ),
  {
    entity_id: 'alarm_control_panel.home_security',
    device: 'alarm_hub',
    state: 'disarmed',
    attributes: {
      code_format: 'number',
      changed_by: null,
      code_arm_required: true,
      friendly_name: '家庭安防',
      // ARM_HOME | ARM_AWAY | TRIGGER
      supported_features: 11,
    },
    minutesAgo: 130,
  },
  {
    entity_id: 'camera.doorbell',
    device: 'doorbell',
    state: 'idle',
    attributes: {
      access_token: demoId('camera.doorbell:token'),
      frontend_stream_type: null,
      entity_picture: DEMO_DOORBELL_SNAPSHOT,
      brand: 'EZVIZ',
      model_name: 'DB2C',
      friendly_name: '门铃摄像头',
      supported_features: 0,
    },
    minutesAgo: 4320,
  },
  {
    // An event entity's state is when it last fired; 'unknown' until the first ring.
    entity_id: 'event.doorbell',
    device: 'doorbell',
    state: 'unknown',
    attributes: {
      event_types: ['ring'],
      event_type: null,
      device_class: 'doorbell',
      friendly_name: '门铃',
    },
    minutesAgo: 4320,
  },
  sensor('sensor.living_room_temperature', 'air_monitor', '26.4', 'temperature', '°C', '客厅温度'),
  sensor('sensor.living_room_humidity', 'air_monitor', '58', 'humidity', '%', '客厅湿度'),
  sensor('sensor.living_room_pm25', 'air_monitor', '12', 'pm25', 'µg/m³', '客厅 PM2.5'),
  sensor('sensor.living_room_co2', 'air_monitor', '620', 'carbon_dioxide', 'ppm', '客厅二氧化碳'),
  sensor(
    'sensor.bedroom_temperature',
    'bedroom_thermometer',
    '25.1',
    'temperature',
    '°C',
    '卧室温度',
  ),
  sensor('sensor.bedroom_humidity', 'bedroom_thermometer', '55', 'humidity', '%', '卧室湿度'),
  // Recomputed from what is switched on (see power-meter.ts).
  sensor('sensor.home_power', 'distribution_box', '0', 'power', 'W', '家庭用电功率'),
  {
    entity_id: 'sensor.home_energy_today',
    device: 'distribution_box',
    state: '6.42',
    attributes: {
      state_class: 'total_increasing',
      unit_of_measurement: 'kWh',
      device_class: 'energy',
      friendly_name: '今日用电量',
    },
    minutesAgo: 1,
  },
  {
    entity_id: 'script.sos_call',
    device: null,
    state: 'off',
    attributes: {
      last_triggered: null,
      mode: 'single',
      current: 0,
      icon: 'mdi:alarm-light',
      friendly_name: '紧急呼叫',
    },
    minutesAgo: 10080,
  },
];

function binary(
  entity_id: string,
  device: string,
  device_class: string,
  friendly_name: string,
  state: 'on' | 'off',
  minutesAgo: number,
): EntitySeed {
  return { entity_id, device, state, attributes: { device_class, friendly_name }, minutesAgo };
}

function sensor(
  entity_id: string,
  device: string,
  state: string,
  device_class: string,
  unit_of_measurement: string,
  friendly_name: string,
): EntitySeed {
  return {
    entity_id,
    device,
    state,
    attributes: { state_class: MEASUREMENT, unit_of_measurement, device_class, friendly_name },
    minutesAgo: 2,
  };
}

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
  const areas: HaAreaEntry[] = AREAS.map((area) => ({
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
  const devices: HaDeviceEntry[] = DEVICES.map((device) => {
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
  const platformOf = new Map(DEVICES.map((device) => [device.key, device.platform]));

  const entities: HaEntityRegistryEntry[] = ENTITIES.map((seed) => {
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

  const states: HaState[] = ENTITIES.map((seed) => {
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

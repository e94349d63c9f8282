/**
 * The demo flat's entities: each one's device, first state and attributes, in
 * the shapes real Home Assistant integrations report. Data only (with two small
 * builders for the many look-alike sensors); demo-home.ts turns it into the
 * entity registry and the initial states. Its own file because it is most of
 * the flat: kept apart, the code that builds the registries stays short.
 */
import type { JsonObject } from './ha-types';
import { demoId } from './demo-ids';

/** The doorbell camera's snapshot, a static file in public/ on the portal's origin. */
export const DEMO_DOORBELL_SNAPSHOT = '/demo/doorbell-snapshot.svg';

export interface EntitySeed {
  entity_id: string;
  /** Key into DEMO_DEVICES (demo-rooms.ts); null for helpers such as scripts. */
  device: string | null;
  state: string;
  attributes: JsonObject;
  /** How long ago the state last changed, so the dashboard shows varied ages. */
  minutesAgo: number;
}

const MEASUREMENT = 'measurement';

export const DEMO_ENTITIES: EntitySeed[] = [
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

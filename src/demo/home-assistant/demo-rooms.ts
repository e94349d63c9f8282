/**
 * The demo flat's rooms and the devices in each, as Home Assistant's area and
 * device registries would describe them. Data only: demo-home.ts turns it into
 * registry entries. Its own file so the flat's layout reads as one table.
 */

export interface AreaSeed {
  area_id: string;
  name: string;
  icon: string;
  temperature?: string;
  humidity?: string;
}

export const DEMO_AREAS: AreaSeed[] = [
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

export interface DeviceSeed {
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

export const DEMO_DEVICES: DeviceSeed[] = [
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

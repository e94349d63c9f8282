import { describe, expect, it } from 'vitest';
import { createDemoHomeSeed, DEMO_DOORBELL_SNAPSHOT } from '@src/demo/home-assistant/demo-home';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('the demo flat', () => {
  const seed = createDemoHomeSeed(NOW);
  const byId = new Map(seed.states.map((state) => [state.entity_id, state]));
  const deviceClassOf = (id: string): unknown => byId.get(id)?.attributes['device_class'];

  it('has every kind of device the dashboard and the alarms need', () => {
    const domains = new Set(seed.states.map((state) => state.entity_id.split('.')[0]));

    expect([...domains].sort()).toEqual(
      [
        'alarm_control_panel',
        'binary_sensor',
        'camera',
        'climate',
        'cover',
        'event',
        'fan',
        'light',
        'lock',
        'script',
        'sensor',
        'switch',
      ].sort(),
    );
    const binaryClasses = seed.states
      .filter((state) => state.entity_id.startsWith('binary_sensor.'))
      .map((state) => state.attributes['device_class']);
    expect(binaryClasses).toEqual(
      expect.arrayContaining([
        'door',
        'window',
        'motion',
        'smoke',
        'gas',
        'moisture',
        'carbon_monoxide',
        'safety',
      ]),
    );
  });

  it('names everything in Chinese', () => {
    for (const state of seed.states) {
      expect(state.attributes['friendly_name']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives sensors Home Assistant units and state classes', () => {
    expect(byId.get('sensor.home_energy_today')?.attributes).toMatchObject({
      unit_of_measurement: 'kWh',
      device_class: 'energy',
      state_class: 'total_increasing',
    });
    expect(byId.get('sensor.living_room_pm25')?.attributes).toMatchObject({
      unit_of_measurement: 'µg/m³',
      device_class: 'pm25',
    });
    expect(deviceClassOf('sensor.living_room_co2')).toBe('carbon_dioxide');
    expect(deviceClassOf('sensor.home_power')).toBe('power');
  });

  it('points the doorbell camera at a snapshot on the portal origin', () => {
    expect(byId.get('camera.doorbell')?.attributes['entity_picture']).toBe(DEMO_DOORBELL_SNAPSHOT);
    expect(DEMO_DOORBELL_SNAPSHOT.startsWith('/')).toBe(true);
  });

  it('requires a code on the alarm panel and the lock', () => {
    expect(byId.get('alarm_control_panel.home_security')?.attributes).toMatchObject({
      code_format: 'number',
      code_arm_required: true,
    });
    expect(byId.get('lock.front_door')?.attributes['code_format']).toBe('^\\d{4}$');
  });

  it('dates states before now, with last_updated equal to last_changed', () => {
    for (const state of seed.states) {
      expect(Date.parse(state.last_changed)).toBeLessThanOrEqual(NOW);
      expect(state.last_updated).toBe(state.last_changed);
      expect(state.context.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    }
  });

  it('keeps the same ids from one start to the next', () => {
    const again = createDemoHomeSeed(NOW + 86_400_000);

    expect(again.devices.map((device) => device.id)).toEqual(
      seed.devices.map((device) => device.id),
    );
    expect(seed.devices[0]?.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives each of the six rooms at least one device', () => {
    const rooms = new Set(seed.devices.map((device) => device.area_id));

    expect(seed.areas.every((area) => rooms.has(area.area_id))).toBe(true);
  });
});

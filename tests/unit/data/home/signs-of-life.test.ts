import { describe, expect, it } from 'vitest';
import { lastSignOfLife, withinDay } from '@src/data/home/signs-of-life.js';
import type { HomeEntity, HomeSnapshot } from '@src/data/home/home-types.js';

const entity = (id: string, deviceClass: string, lastChanged: number): HomeEntity => ({
  id,
  domain: id.split('.')[0] ?? '',
  name: id,
  state: 'off',
  attributes: {},
  deviceClass,
  lastChanged,
});

describe('signs of life', () => {
  it('takes the latest change of a motion, presence, door or window sensor', () => {
    const snapshot: HomeSnapshot = {
      status: 'live',
      areas: [],
      entities: new Map(
        [
          entity('binary_sensor.hall_motion', 'motion', 1000),
          entity('binary_sensor.front_door', 'door', 3000),
          entity('binary_sensor.kitchen_smoke', 'smoke', 9000),
          entity('sensor.temperature', 'temperature', 9999),
        ].map((e) => [e.id, e]),
      ),
    };
    expect(lastSignOfLife(snapshot)).toBe(3000);
  });

  it('knows nothing when the home has no such sensor', () => {
    expect(lastSignOfLife({ status: 'live', areas: [], entities: new Map() })).toBeUndefined();
  });

  it('checks the daytime window in the configured zone, across midnight too', () => {
    const at = (h: number, m = 0) => Date.UTC(2026, 10, 24, h - 8, m); // Shanghai time
    expect(withinDay(at(12), 'Asia/Shanghai', '07:00', '21:00')).toBe(true);
    expect(withinDay(at(21), 'Asia/Shanghai', '07:00', '21:00')).toBe(false);
    expect(withinDay(at(6, 59), 'Asia/Shanghai', '07:00', '21:00')).toBe(false);
    expect(withinDay(at(23), 'Asia/Shanghai', '22:00', '06:00')).toBe(true);
    expect(withinDay(at(12), 'Asia/Shanghai', '22:00', '06:00')).toBe(false);
    expect(withinDay(at(3), 'Asia/Shanghai', '00:00', '00:00')).toBe(true);
  });
});

/** The air readings and the words that mark one past the operator's thresholds. */
import { describe, expect, it } from 'vitest';
import {
  environmentReadings,
  readingLevel,
  readingWarning,
} from '@src/features/home/environment-readings';
import type { HomeEntity } from '@src/data/home/home-types';

function sensor(id: string, deviceClass: string, state: string): HomeEntity {
  return { id, domain: 'sensor', name: id, state, attributes: {}, lastChanged: 0, deviceClass };
}

describe('environment readings', () => {
  it('takes the first available sensor of each kind, in a fixed order', () => {
    const entities = new Map(
      [
        sensor('sensor.co2', 'carbon_dioxide', '600'),
        sensor('sensor.t_offline', 'temperature', 'unavailable'),
        sensor('sensor.t_living', 'temperature', '24'),
        sensor('sensor.t_bedroom', 'temperature', '22'),
      ].map((e) => [e.id, e]),
    );
    expect(environmentReadings({ entities }).map((r) => [r.kind, r.entity.id])).toEqual([
      ['temperature', 'sensor.t_living'],
      ['co2', 'sensor.co2'],
    ]);
  });

  it('marks readings past the default thresholds, and only those', () => {
    expect(readingLevel('pm25', sensor('s', 'pm25', '76'))).toBe('high');
    expect(readingLevel('pm25', sensor('s', 'pm25', '75'))).toBeNull();
    expect(readingLevel('co2', sensor('s', 'carbon_dioxide', '1200'))).toBe('high');
    expect(readingLevel('temperature', sensor('s', 'temperature', '31'))).toBe('high');
    expect(readingLevel('temperature', sensor('s', 'temperature', '9.5'))).toBe('low');
    expect(readingLevel('humidity', sensor('s', 'humidity', '25'))).toBe('low');
    expect(readingLevel('humidity', sensor('s', 'humidity', '50'))).toBeNull();
    expect(readingLevel('temperature', sensor('s', 'temperature', 'unknown'))).toBeNull();
  });

  it('follows the operator’s thresholds over the defaults', () => {
    const pm25 = sensor('s', 'pm25', '40');
    expect(readingLevel('pm25', pm25)).toBeNull();
    expect(readingLevel('pm25', pm25, { pm25: 35 })).toBe('high');
    expect(
      readingLevel('temperature', sensor('s', 'temperature', '27'), { temperatureHigh: 26 }),
    ).toBe('high');
  });

  it('says it in words', () => {
    expect(readingWarning('pm25', sensor('s', 'pm25', '120'))).toBe('超标');
    expect(readingWarning('temperature', sensor('s', 'temperature', '5'))).toBe('偏低');
    expect(readingWarning('temperature', sensor('s', 'temperature', '22'))).toBe('');
  });
});

/**
 * The readings the household looks for first: temperature, humidity, PM2.5,
 * CO₂ and today's energy, one sensor each (the first the hub lists), and
 * whether one is past the operator's thresholds (`sources.home.thresholds`),
 * said in words on the reading, not by colour alone.
 */
import { msg } from '@lit/localize';
import { DEFAULT_HOME_THRESHOLDS } from '../../config/defaults.js';
import type { HomeThresholds } from '../../config/types.js';
import type { HomeEntity, HomeSnapshot } from '../../data/home/home-types.js';

export type ReadingKind = 'temperature' | 'humidity' | 'pm25' | 'co2' | 'energy';

export interface Reading {
  kind: ReadingKind;
  label: string;
  entity: HomeEntity;
}

const KINDS: { kind: ReadingKind; deviceClass: string; label: () => string }[] = [
  {
    kind: 'temperature',
    deviceClass: 'temperature',
    label: () => msg('室内温度', { id: 'home.temperature' }),
  },
  { kind: 'humidity', deviceClass: 'humidity', label: () => msg('湿度', { id: 'home.humidity' }) },
  { kind: 'pm25', deviceClass: 'pm25', label: () => msg('PM2.5', { id: 'home.pm25' }) },
  { kind: 'co2', deviceClass: 'carbon_dioxide', label: () => msg('二氧化碳', { id: 'home.co2' }) },
  { kind: 'energy', deviceClass: 'energy', label: () => msg('用电量', { id: 'home.energy' }) },
];

export function environmentReadings(snapshot: Pick<HomeSnapshot, 'entities'>): Reading[] {
  const found = new Map<string, HomeEntity>();
  for (const entity of snapshot.entities.values()) {
    if (entity.domain !== 'sensor' || entity.state === 'unavailable') continue;
    const cls = entity.deviceClass;
    if (cls !== undefined && !found.has(cls)) found.set(cls, entity);
  }
  return KINDS.flatMap(({ kind, deviceClass, label }) => {
    const entity = found.get(deviceClass);
    return entity ? [{ kind, label: label(), entity }] : [];
  });
}

export type ReadingLevel = 'high' | 'low' | null;

/** Whether a reading is past its threshold: above the high one, below the low one. */
export function readingLevel(
  kind: ReadingKind,
  entity: HomeEntity,
  thresholds: Partial<HomeThresholds> = {},
): ReadingLevel {
  const value = Number(entity.state);
  if (entity.state.trim() === '' || !Number.isFinite(value)) return null;
  const limits = { ...DEFAULT_HOME_THRESHOLDS, ...thresholds };
  switch (kind) {
    case 'temperature':
      return value > limits.temperatureHigh ? 'high' : value < limits.temperatureLow ? 'low' : null;
    case 'humidity':
      return value > limits.humidityHigh ? 'high' : value < limits.humidityLow ? 'low' : null;
    case 'pm25':
      return value > limits.pm25 ? 'high' : null;
    case 'co2':
      return value > limits.co2 ? 'high' : null;
    case 'energy':
      return null;
  }
}

/** The words put after a reading past its threshold ("偏高"), or ''. */
export function readingWarning(
  kind: ReadingKind,
  entity: HomeEntity,
  thresholds?: Partial<HomeThresholds>,
): string {
  const level = readingLevel(kind, entity, thresholds);
  if (level === null) return '';
  if (kind === 'pm25') return msg('超标', { id: 'home.reading.over' });
  if (kind === 'co2') return msg('偏高，请开窗通风', { id: 'home.reading.airOut' });
  return level === 'high'
    ? msg('偏高', { id: 'home.reading.high' })
    : msg('偏低', { id: 'home.reading.low' });
}

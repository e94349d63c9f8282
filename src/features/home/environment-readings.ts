/**
 * The readings the household looks for first: temperature, humidity, PM2.5,
 * CO₂ and today's energy, one sensor each (the first the hub lists).
 */
import { msg } from '@lit/localize';
import type { HomeEntity, HomeSnapshot } from '../../data/home/home-types.js';

const KINDS: { deviceClass: string; label: () => string }[] = [
  { deviceClass: 'temperature', label: () => msg('室内温度', { id: 'home.temperature' }) },
  { deviceClass: 'humidity', label: () => msg('湿度', { id: 'home.humidity' }) },
  { deviceClass: 'pm25', label: () => msg('PM2.5', { id: 'home.pm25' }) },
  { deviceClass: 'carbon_dioxide', label: () => msg('二氧化碳', { id: 'home.co2' }) },
  { deviceClass: 'energy', label: () => msg('用电量', { id: 'home.energy' }) },
];

export function environmentReadings(
  snapshot: HomeSnapshot,
): { label: string; entity: HomeEntity }[] {
  const sensors = [...snapshot.entities.values()].filter(
    (e) => e.domain === 'sensor' && e.state !== 'unavailable',
  );
  return KINDS.flatMap(({ deviceClass, label }) => {
    const entity = sensors.find((e) => e.deviceClass === deviceClass);
    return entity ? [{ label: label(), entity }] : [];
  });
}

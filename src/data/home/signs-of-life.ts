/**
 * When someone at home last showed a sign of life, as the hub sees it: the
 * latest change of a motion, presence, door or window sensor. The TV adds its
 * own (a key pressed on the remote) in the care check.
 */
import type { HomeSnapshot } from './home-types.js';
import { h23Clock } from '../../i18n/h23-clock.js';

const LIVELY_CLASSES = new Set([
  'motion',
  'occupancy',
  'presence',
  'door',
  'window',
  'opening',
  'garage_door',
]);

export function lastSignOfLife(snapshot: HomeSnapshot): number | undefined {
  let latest: number | undefined;
  for (const entity of snapshot.entities.values()) {
    if (entity.domain !== 'binary_sensor' || !LIVELY_CLASSES.has(entity.deviceClass ?? ''))
      continue;
    if (latest === undefined || entity.lastChanged > latest) latest = entity.lastChanged;
  }
  return latest;
}

/** Minutes since local midnight in the zone. */
export function minutesOfDay(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...h23Clock(),
  }).formatToParts(ms);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

/** Whether `ms` falls in the daytime window [start, end) given as HH:MM; start = end is all day. */
export function withinDay(ms: number, timeZone: string, start: string, end: string): boolean {
  const toMinutes = (hhmm: string) => {
    const [h = 0, m = 0] = hhmm.split(':').map(Number);
    return h * 60 + m;
  };
  const now = minutesOfDay(ms, timeZone);
  const from = toMinutes(start);
  const to = toMinutes(end);
  if (from === to) return true;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

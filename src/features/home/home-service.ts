/**
 * One connection to the household's Home Assistant per page, made from the
 * operator's config, and the alarm watcher on it. The shell starts both at
 * boot (alarms must reach the screen whatever area is open); the dashboard
 * reads the same connection.
 */
import type { HearthConfig } from '../../config/types.js';
import { AlarmWatcher } from '../../data/home/alarm-watcher.js';
import type { HomeConnection } from '../../data/home/home-connection.js';
import { householdHome } from '../../data/home/household-home.js';

let watcher: AlarmWatcher | null = null;

/** The household's Home Assistant (data/home/household-home.ts: one per page, shared). */
export function homeConnection(config: HearthConfig): HomeConnection | null {
  return householdHome(config);
}

export function alarmWatcher(config: HearthConfig): AlarmWatcher | null {
  const home = homeConnection(config);
  if (!home) return null;
  watcher ??= new AlarmWatcher(home);
  return watcher;
}

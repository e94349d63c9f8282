/**
 * One connection to the household's Home Assistant per page, made from the
 * operator's config, and the alarm watcher on it. The shell starts both at
 * boot (alarms must reach the screen whatever area is open); the dashboard
 * reads the same connection.
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../../data/backend-ready.js';
import { AlarmWatcher } from '../../data/home/alarm-watcher.js';
import { HomeConnection } from '../../data/home/home-connection.js';

let connection: HomeConnection | null = null;
let watcher: AlarmWatcher | null = null;

export function homeConnection(config: HearthConfig): HomeConnection | null {
  const source = config.sources.home;
  if (!source) return null;
  if (!connection) {
    const home = new HomeConnection({ url: source.url, token: source.token });
    connection = home;
    // The demo hub lives in the page and is ready with the rest of the demo backend.
    void backendReady().then(() => home.start());
  }
  return connection;
}

export function alarmWatcher(config: HearthConfig): AlarmWatcher | null {
  const home = homeConnection(config);
  if (!home) return null;
  watcher ??= new AlarmWatcher(home);
  return watcher;
}

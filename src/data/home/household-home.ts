/**
 * The household's one connection to its Home Assistant per page, made from the
 * operator's config: My Home, its alarms, and 社区's parcel sensor all read the
 * same one (a second WebSocket would double the hub's work and its logins).
 */
import type { HearthConfig } from '../../config/types.js';
import { backendReady } from '../backend-ready.js';
import { HomeConnection } from './home-connection.js';

let connection: HomeConnection | null = null;

export function householdHome(config: HearthConfig): HomeConnection | null {
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

/**
 * The household's one connection to its Home Assistant, made from the
 * operator's config: My Home, its alarms, and 社区's parcel sensor all read the
 * same one (a second WebSocket would double the hub's work and its logins).
 * The shell's registry (app/shell-services.ts) makes it once per config.
 */
import type { ServiceDefinition } from '../../app/shell-services.js';
import { backendReady } from '../backend-ready.js';
import { HomeConnection } from './home-connection.js';

export const householdHomeService: ServiceDefinition<HomeConnection | null> = {
  name: 'home.connection',
  create: (config) => {
    const source = config.sources.home;
    if (!source) return null;
    const home = new HomeConnection({ url: source.url, token: source.token });
    // The demo hub lives in the page and is ready with the rest of the demo backend.
    void backendReady().then(() => home.start());
    return home;
  },
  stop: (home) => home.stop(),
};

import type { DemoHome } from '../home-state';
import type { DomainServices, ServiceCall } from './service-call';

/** switch.turn_on / turn_off / toggle: plugs and relays, nothing but on and off. */

function set(home: DemoHome, ids: string[], call: ServiceCall, on: boolean | 'toggle'): void {
  for (const id of ids) {
    const next = on === 'toggle' ? home.getState(id)?.state !== 'on' : on;
    home.patchState(id, { state: next ? 'on' : 'off' }, call.context);
  }
}

export const switchServices: DomainServices = {
  turn_on: { entityService: true, handler: (home, call, ids) => set(home, ids, call, true) },
  turn_off: { entityService: true, handler: (home, call, ids) => set(home, ids, call, false) },
  toggle: { entityService: true, handler: (home, call, ids) => set(home, ids, call, 'toggle') },
};

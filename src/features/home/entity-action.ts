/**
 * What OK on a tile asks the hub to do, and the state the tile shows at once
 * (optimistic) until the hub confirms or refuses. Domains whose control needs
 * more than one press (locks behind the PIN, climate, alarm panel) have no
 * single action here.
 */
import type { HomeEntity } from '../../data/home/home-types.js';

export interface EntityAction {
  domain: string;
  service: string;
  expected: string;
}

export function primaryAction(entity: HomeEntity): EntityAction | null {
  if (entity.state === 'unavailable') return null;
  switch (entity.domain) {
    case 'light':
    case 'switch':
    case 'fan':
      return entity.state === 'on'
        ? { domain: entity.domain, service: 'turn_off', expected: 'off' }
        : { domain: entity.domain, service: 'turn_on', expected: 'on' };
    case 'cover':
      return entity.state === 'closed' || entity.state === 'closing'
        ? { domain: 'cover', service: 'open_cover', expected: 'opening' }
        : { domain: 'cover', service: 'close_cover', expected: 'closing' };
    default:
      return null;
  }
}

/**
 * What OK on a dashboard tile does, decided without drawing anything: one call
 * to the hub at once (a light, a switch, a plain curtain; a lock that needs no
 * PIN or code now), the controls dialog first (curtains with stop or position,
 * air conditioning, the alarm panel; a lock that needs the household PIN or
 * its own code), or nothing (a sensor). Also the words for a refused call.
 */
import { msg, str } from '@lit/localize';
import { hasCodeFormat, lockControl, type HomeControl } from '../../data/home/entity-controls.js';
import type { HomeServiceError } from '../../data/home/home-service-error.js';
import type { HomeEntity } from '../../data/home/home-types.js';
import { primaryAction } from './entity-action.js';
import { tileHasControls } from './entity-text.js';
import type { LockIntent } from './home-controls.js';

export type TileActivation =
  | { kind: 'call'; control: HomeControl }
  /** A lock's dialog: its PIN or code before the call. */
  | { kind: 'lock'; intent: LockIntent }
  /** The controls dialog of a device with more than one thing to do. */
  | { kind: 'controls' }
  | { kind: 'none' };

/**
 * `entity` as the hub has it, `shown` with a pending change applied; `pinUnlocked`: the
 * household PIN was entered recently.
 */
export function tileActivation(
  entity: HomeEntity,
  shown: HomeEntity,
  pinUnlocked: boolean,
): TileActivation {
  if (entity.domain === 'lock' && shown.state !== 'unavailable') {
    const unlock = !['unlocked', 'unlocking', 'open', 'opening'].includes(shown.state);
    const needsPin = unlock && !pinUnlocked;
    // Locking needs no PIN; unlocking acts at once when the PIN was entered recently.
    if (!needsPin && !hasCodeFormat(entity)) return { kind: 'call', control: lockControl(!unlock) };
    return { kind: 'lock', intent: unlock ? 'unlock' : 'lock' };
  }
  if (tileHasControls(entity)) return { kind: 'controls' };
  const action = primaryAction(shown);
  if (!action) return { kind: 'none' };
  return {
    kind: 'call',
    control: {
      domain: action.domain,
      service: action.service,
      expected: { state: action.expected },
    },
  };
}

/** Said when the hub refuses a call: a wrong code, or no answer (the tile is rolled back). */
export function refusalText(name: string, error: HomeServiceError): string {
  switch (error.translationKey) {
    case 'invalid_code':
    case 'add_default_code':
    case 'code_arm_required':
      return msg(str`密码不对，${name} 没有变化。`, { id: 'home.wrongCode' });
    default:
      return msg(str`${name} 没有响应，状态已恢复。`, { id: 'home.refused' });
  }
}

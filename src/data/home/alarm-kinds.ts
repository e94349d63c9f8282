/**
 * Which entity states are alarms, as a pure function of the entity and of how
 * the house is armed. Device classes are Home Assistant's
 * (BinarySensorDeviceClass, EventDeviceClass).
 */
import type { AlarmKind, HomeEntity, HomeSnapshot } from './home-types.js';

/**
 * How the alarm panels stand:
 * - `away`: nobody should be home (`armed_away`, `armed_vacation`), or the
 *   alarm is already counting down or sounding (`pending`, `triggered`):
 *   doors, windows and motion all count;
 * - `home`: people are in (`armed_home`, `armed_night`, `armed_custom_bypass`):
 *   only the perimeter (doors, windows) counts, since motion inside is the
 *   household itself;
 * - `disarmed`: anything else (`disarmed`, `arming`, `disarming`, unavailable).
 * `true` means `away` and `false` means `disarmed`, for callers that only know
 * "armed or not".
 */
export type PanelArming = 'disarmed' | 'home' | 'away';

const HAZARDS: Readonly<Record<string, AlarmKind>> = {
  smoke: 'smoke',
  gas: 'gas',
  carbon_monoxide: 'co',
  co: 'co',
  moisture: 'moisture',
  // For `safety`, on means unsafe.
  safety: 'safety',
};

/** Openings: count whenever the house is armed. */
const PERIMETER = new Set(['door', 'window', 'opening', 'garage_door']);
/** Presence inside: count only when the house should be empty. */
const INTERIOR = new Set(['motion', 'occupancy']);

const AWAY_STATES = new Set(['armed_away', 'armed_vacation', 'pending', 'triggered']);
const HOME_STATES = new Set(['armed_home', 'armed_night', 'armed_custom_bypass']);

/** An event entity's state before it first fired, or while its device is gone. */
const NO_EVENT = new Set(['unknown', 'unavailable', '']);

export type AlarmEntity = Pick<HomeEntity, 'domain' | 'state' | 'deviceClass'>;

/** The alarm `entity` stands for now, or null. */
export function classifyAlarm(
  entity: AlarmEntity,
  panelArmed: boolean | PanelArming,
): AlarmKind | null {
  const arming: PanelArming =
    panelArmed === true ? 'away' : panelArmed === false ? 'disarmed' : panelArmed;
  const deviceClass = entity.deviceClass ?? '';
  switch (entity.domain) {
    case 'binary_sensor': {
      if (entity.state !== 'on') return null;
      const hazard = HAZARDS[deviceClass];
      if (hazard) return hazard;
      if (PERIMETER.has(deviceClass) && arming !== 'disarmed') return 'intrusion';
      if (INTERIOR.has(deviceClass) && arming === 'away') return 'intrusion';
      return null;
    }
    case 'alarm_control_panel':
      return entity.state === 'triggered' ? 'intrusion' : null;
    case 'event':
      return deviceClass === 'doorbell' && !NO_EVENT.has(entity.state) ? 'doorbell' : null;
    default:
      return null;
  }
}

/** One panel's arming, from its state. */
export function armingOf(panelState: string): PanelArming {
  if (AWAY_STATES.has(panelState)) return 'away';
  if (HOME_STATES.has(panelState)) return 'home';
  return 'disarmed';
}

/** The strictest arming over every alarm panel in the home. */
export function panelArming(snapshot: Pick<HomeSnapshot, 'entities'>): PanelArming {
  let arming: PanelArming = 'disarmed';
  for (const entity of snapshot.entities.values()) {
    if (entity.domain !== 'alarm_control_panel') continue;
    const own = armingOf(entity.state);
    if (own === 'away') return 'away';
    if (own === 'home') arming = 'home';
  }
  return arming;
}

/** Every alarm but the doorbell interrupts whatever is on screen. */
export function isCritical(kind: AlarmKind): boolean {
  return kind !== 'doorbell';
}

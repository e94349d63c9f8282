import { newContext } from './context-id';
import type { DemoHome } from './home-state';

/**
 * Situations the demo can raise on demand, for end-to-end tests and for
 * showing the portal: each one changes the sensors a real event would change,
 * so the portal reacts through the same `state_changed` path as in a real home.
 * A `demo_trigger` event (not a Home Assistant event) announces each one.
 */

export const DEMO_TRIGGER_KINDS = [
  'smoke',
  'gas',
  'co',
  'water',
  'power',
  'intrusion',
  'doorbell',
  'motion',
  'clear',
] as const;

export type DemoTriggerKind = (typeof DEMO_TRIGGER_KINDS)[number];

export function isDemoTriggerKind(value: unknown): value is DemoTriggerKind {
  return typeof value === 'string' && (DEMO_TRIGGER_KINDS as readonly string[]).includes(value);
}

/** A motion sensor drops back to clear after this long, as Aqara's do. */
export const MOTION_CLEAR_MS = 30_000;

export const HAZARD_SENSOR = {
  smoke: 'binary_sensor.kitchen_smoke',
  gas: 'binary_sensor.kitchen_gas',
  co: 'binary_sensor.kitchen_co',
  water: 'binary_sensor.bathroom_leak',
  power: 'binary_sensor.distribution_box_safety',
} as const;

const ALARM_PANEL = 'alarm_control_panel.home_security';
const MOTION_SENSORS = ['binary_sensor.living_room_motion', 'binary_sensor.entrance_motion'];
const ENTRY_SENSORS = ['binary_sensor.front_door', 'binary_sensor.balcony_door'];

function motion(home: DemoHome, entityId: string): void {
  const context = newContext();
  home.patchState(entityId, { state: 'on' }, context);
  home.schedule(`motion:${entityId}`, MOTION_CLEAR_MS, () =>
    home.patchState(entityId, { state: 'off' }, newContext()),
  );
}

export function triggerDemoEvent(home: DemoHome, kind: DemoTriggerKind): void {
  const context = newContext();
  home.fireEvent('demo_trigger', { kind }, context);
  switch (kind) {
    case 'smoke':
    case 'gas':
    case 'co':
    case 'water':
    case 'power':
      home.patchState(HAZARD_SENSOR[kind], { state: 'on' }, context);
      return;
    case 'intrusion':
      // Someone comes in through the balcony while the household is out.
      if (home.getState(ALARM_PANEL)?.state === 'disarmed') {
        home.patchState(ALARM_PANEL, { state: 'armed_away' }, context);
      }
      home.patchState('binary_sensor.balcony_door', { state: 'on' }, context);
      motion(home, 'binary_sensor.living_room_motion');
      home.patchState(ALARM_PANEL, { state: 'triggered' }, context);
      return;
    case 'doorbell':
      // An event entity's state is the time it fired; event_type says what fired.
      home.patchState(
        'event.doorbell',
        { state: new Date().toISOString(), attributes: { event_type: 'ring' } },
        context,
      );
      home.fireEvent('demo_doorbell', { entity_id: 'event.doorbell', event_type: 'ring' }, context);
      motion(home, 'binary_sensor.entrance_motion');
      return;
    case 'motion':
      motion(home, 'binary_sensor.living_room_motion');
      return;
    case 'clear':
      for (const entityId of Object.values(HAZARD_SENSOR)) {
        home.patchState(entityId, { state: 'off' }, context);
      }
      for (const entityId of [...MOTION_SENSORS, ...ENTRY_SENSORS]) {
        home.cancel(`motion:${entityId}`);
        home.patchState(entityId, { state: 'off' }, context);
      }
      if (home.getState(ALARM_PANEL)?.state === 'triggered') {
        home.patchState(ALARM_PANEL, { state: 'disarmed' }, context);
      }
      return;
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOTION_CLEAR_MS } from '@src/demo/home-assistant/demo-triggers';
import type { HaEvent } from '@src/demo/home-assistant/ha-types';
import { createDemoHome, type DemoHome } from '@src/demo/home-assistant/home-state';

let home: DemoHome;
let events: HaEvent[];

beforeEach(() => {
  vi.useFakeTimers();
  home = createDemoHome();
  events = [];
  home.subscribe((event) => events.push(event));
});

afterEach(() => {
  home.dispose();
  vi.useRealTimers();
});

const stateOf = (entityId: string): string | undefined => home.getState(entityId)?.state;

describe('triggerDemoEvent', () => {
  it.each([
    ['smoke', 'binary_sensor.kitchen_smoke'],
    ['gas', 'binary_sensor.kitchen_gas'],
    ['co', 'binary_sensor.kitchen_co'],
    ['water', 'binary_sensor.bathroom_leak'],
    ['power', 'binary_sensor.distribution_box_safety'],
  ] as const)('raises %s by turning %s on', (kind, entityId) => {
    home.triggerDemoEvent(kind);

    expect(stateOf(entityId)).toBe('on');
    expect(events[0]).toMatchObject({ event_type: 'demo_trigger', data: { kind } });
    expect(events.some((event) => event.data['entity_id'] === entityId)).toBe(true);
  });

  it('raises an intrusion: arms, opens the balcony door, sees motion, triggers the panel', () => {
    home.triggerDemoEvent('intrusion');

    expect(stateOf('binary_sensor.balcony_door')).toBe('on');
    expect(stateOf('binary_sensor.living_room_motion')).toBe('on');
    expect(stateOf('alarm_control_panel.home_security')).toBe('triggered');
    const panelStates = events
      .filter((event) => event.data['entity_id'] === 'alarm_control_panel.home_security')
      .map((event) => (event.data['new_state'] as { state: string }).state);
    expect(panelStates).toEqual(['armed_away', 'triggered']);
  });

  it('rings the doorbell: the event entity fires ring and records when', () => {
    const before = Date.now();

    home.triggerDemoEvent('doorbell');

    const doorbell = home.getState('event.doorbell');
    expect(doorbell?.attributes['event_type']).toBe('ring');
    expect(Date.parse(doorbell?.state ?? '')).toBeGreaterThanOrEqual(before);
    expect(events.map((event) => event.event_type)).toContain('demo_doorbell');
  });

  it('clears motion by itself after a while', () => {
    home.triggerDemoEvent('motion');
    expect(stateOf('binary_sensor.living_room_motion')).toBe('on');

    vi.advanceTimersByTime(MOTION_CLEAR_MS);

    expect(stateOf('binary_sensor.living_room_motion')).toBe('off');
  });

  it('clears every hazard and a triggered alarm', () => {
    home.triggerDemoEvent('smoke');
    home.triggerDemoEvent('water');
    home.triggerDemoEvent('intrusion');

    home.triggerDemoEvent('clear');

    expect(stateOf('binary_sensor.kitchen_smoke')).toBe('off');
    expect(stateOf('binary_sensor.bathroom_leak')).toBe('off');
    expect(stateOf('binary_sensor.balcony_door')).toBe('off');
    expect(stateOf('alarm_control_panel.home_security')).toBe('disarmed');
  });

  it('skips a write that changes nothing', () => {
    home.triggerDemoEvent('smoke');
    const raised = home.getState('binary_sensor.kitchen_smoke');
    const count = events.length;

    home.triggerDemoEvent('smoke');

    expect(home.getState('binary_sensor.kitchen_smoke')).toBe(raised);
    // Only the demo_trigger announcement, no state_changed.
    expect(events.length).toBe(count + 1);
  });
});

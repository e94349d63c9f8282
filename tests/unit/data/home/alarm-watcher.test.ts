/**
 * AlarmWatcher on a HomeConnection to a real hub serving the jimpower fixture
 * (smoke, leak, door and motion sensors, an alarm panel) plus a doorbell.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AlarmWatcher } from '@src/data/home/alarm-watcher';
import { HomeConnection } from '@src/data/home/home-connection';
import type { HomeAlarm } from '@src/data/home/home-types';
import { loadFixtureStates, type FixtureState } from '../../../support/fixture-home';
import { startHomeAssistantServer, type HomeAssistantServer } from '../../../support/ha-server';
import { nextEvent, until } from './wait';

const TOKEN = 'alarm-test-token';
const SMOKE = 'binary_sensor.smoke_sensor_158d0001b8ddc7'; // Downstairs Smoke Detector
const LEAK = 'binary_sensor.water_leak_sensor_158d00026e26dc'; // Kitchen Leak Sensor
const FRONT_DOOR = 'binary_sensor.door_window_sensor_158d00022016b2'; // Front Door Sensor
const MOTION = 'binary_sensor.motion_sensor_158d0001e5d118'; // Living Motion Sensor
const PANEL = 'alarm_control_panel.ha_alarm';
const DOORBELL = 'event.front_doorbell';
const LAST_RING = '2025-03-01T08:00:00.000+00:00';

const DOORBELL_STATE: FixtureState = {
  entity_id: DOORBELL,
  state: LAST_RING,
  attributes: {
    event_types: ['ring'],
    event_type: 'ring',
    device_class: 'doorbell',
    friendly_name: 'Entrance doorbell',
  },
};

let server: HomeAssistantServer | null = null;
let connection: HomeConnection | null = null;
let watcher: AlarmWatcher | null = null;

afterEach(async () => {
  watcher?.dispose();
  connection?.stop();
  await server?.dispose();
  watcher = null;
  connection = null;
  server = null;
});

interface Watched {
  hass: HomeAssistantServer;
  home: HomeConnection;
  alarms: HomeAlarm[];
  clears: HomeAlarm[];
  /** Changes an entity on the hub and resolves once the watcher has seen it. */
  set: (entityId: string, state: string, attributes?: Record<string, string>) => Promise<void>;
}

async function watch(changeStates?: (states: FixtureState[]) => void): Promise<Watched> {
  const states = [...loadFixtureStates('jimpower'), DOORBELL_STATE];
  changeStates?.(states);
  const hass = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN, states });
  server = hass;
  const home = new HomeConnection(
    { url: hass.url, token: TOKEN },
    { retryMinMs: 40, retryMaxMs: 160, heartbeatMs: 0 },
  );
  connection = home;
  watcher = new AlarmWatcher(home);
  const alarms: HomeAlarm[] = [];
  const clears: HomeAlarm[] = [];
  watcher.addEventListener('alarm', (event) =>
    alarms.push((event as CustomEvent<HomeAlarm>).detail),
  );
  watcher.addEventListener('clear', (event) =>
    clears.push((event as CustomEvent<HomeAlarm>).detail),
  );
  home.start();
  await nextEvent(home, 'status', () => home.snapshot.status === 'live');
  const set: Watched['set'] = async (entityId, state, attributes) => {
    // The watcher listens before this does, so it has run when this resolves.
    const seen = nextEvent<CustomEvent<{ ids: string[] }>>(home, 'change', (event) =>
      event.detail.ids.includes(entityId),
    );
    hass.setState(entityId, state, attributes);
    await seen;
  };
  return { hass, home, alarms, clears, set };
}

describe('AlarmWatcher', () => {
  it('raises a critical smoke alarm naming the sensor and its room, and clears it at off', async () => {
    const { home, alarms, clears, set } = await watch();

    await set(SMOKE, 'on');

    const lastChanged = home.snapshot.entities.get(SMOKE)?.lastChanged;
    expect(alarms).toEqual([
      {
        key: `${SMOKE}@${lastChanged}`,
        kind: 'smoke',
        entityId: SMOKE,
        name: 'Downstairs Smoke Detector',
        areaName: 'Downstairs',
        at: lastChanged,
        critical: true,
      },
    ]);
    await set(SMOKE, 'off');
    expect(clears.map((alarm) => alarm.key)).toEqual([alarms[0]?.key]);
  });

  it('raises a water leak once per wet period, and keeps it while the sensor is unavailable', async () => {
    const { alarms, clears, set } = await watch();

    await set(LEAK, 'on');
    await set(LEAK, 'on', { battery_level: '80' });
    await set(LEAK, 'unavailable');
    await set(LEAK, 'on');

    expect(alarms.map((alarm) => [alarm.kind, alarm.critical])).toEqual([['moisture', true]]);
    expect(clears).toEqual([]);
  });

  it('ignores a door opening while the house is disarmed', async () => {
    const { alarms, set } = await watch();

    await set(FRONT_DOOR, 'on');

    expect(alarms).toEqual([]);
  });

  it('raises an intrusion when a door opens while armed away', async () => {
    const { home, alarms, set } = await watch();
    await home.callService('alarm_control_panel', 'alarm_arm_away', {}, { entity_id: PANEL });
    await until(() => home.snapshot.entities.get(PANEL)?.state === 'armed_away', 'armed_away');

    await set(FRONT_DOOR, 'on');

    expect(alarms.map((alarm) => [alarm.kind, alarm.entityId, alarm.critical])).toEqual([
      ['intrusion', FRONT_DOOR, true],
    ]);
  });

  it('does not count arming with a door already open, and stands the door down on disarm', async () => {
    const { alarms, clears, set } = await watch();
    await set(FRONT_DOOR, 'on');
    await set(PANEL, 'armed_away');
    expect(alarms).toEqual([]);

    await set(FRONT_DOOR, 'off');
    await set(FRONT_DOOR, 'on');
    expect(alarms.map((alarm) => alarm.entityId)).toEqual([FRONT_DOOR]);
    await set(PANEL, 'disarmed');

    expect(clears.map((alarm) => alarm.entityId)).toEqual([FRONT_DOOR]);
  });

  it('counts motion inside only when nobody should be home', async () => {
    const { alarms, set } = await watch();
    await set(PANEL, 'armed_home');
    await set(MOTION, 'on');
    expect(alarms).toEqual([]);

    await set(MOTION, 'off');
    await set(PANEL, 'armed_away');
    await set(MOTION, 'on');

    expect(alarms.map((alarm) => [alarm.kind, alarm.entityId])).toEqual([['intrusion', MOTION]]);
  });

  it('raises an intrusion when the alarm panel is triggered, cleared when disarmed', async () => {
    const { alarms, clears, set } = await watch();

    await set(PANEL, 'triggered');
    await set(PANEL, 'disarmed');

    expect(alarms.map((alarm) => [alarm.kind, alarm.entityId, alarm.name])).toEqual([
      ['intrusion', PANEL, 'HA Alarm'],
    ]);
    expect(clears.map((alarm) => alarm.key)).toEqual([alarms[0]?.key]);
  });

  it('announces a ring at the door, not critical, but not the ring from before it connected', async () => {
    const { alarms, set } = await watch();
    expect(alarms).toEqual([]);
    const ringAt = '2025-03-01T09:30:00.000+00:00';

    await set(DOORBELL, ringAt);
    // The device dropping off and coming back with the same last ring is not a new ring.
    await set(DOORBELL, 'unavailable');
    await set(DOORBELL, ringAt);

    expect(alarms).toEqual([
      expect.objectContaining({
        kind: 'doorbell',
        entityId: DOORBELL,
        name: 'Entrance doorbell',
        areaName: 'Entrance',
        at: Date.parse(ringAt),
        critical: false,
      }),
    ]);
  });

  it('raises a smoke sensor already on at the first connection, once, across a reconnect', async () => {
    const { hass, home, alarms, set } = await watch((states) => {
      const smoke = states.find((state) => state.entity_id === SMOKE);
      if (smoke) smoke.state = 'on';
    });
    await until(() => alarms.length > 0, 'the alarm for the sensor already on');

    await set(SMOKE, 'on', { battery_level: '40' });
    await hass.stop();
    await nextEvent(home, 'status', () => home.snapshot.status === 'stale');
    await hass.start();
    await nextEvent(home, 'status', () => home.snapshot.status === 'live');

    expect(alarms.map((alarm) => [alarm.kind, alarm.entityId])).toEqual([['smoke', SMOKE]]);
    expect(watcher?.active.map((alarm) => alarm.entityId)).toEqual([SMOKE]);
  });
});

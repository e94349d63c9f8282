/**
 * The demo answers the real Home Assistant client library: home-assistant-js-websocket
 * connects through Node's global WebSocket, which msw/node intercepts, to the
 * demo handler. Nothing leaves the process.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import {
  callService,
  createConnection,
  createLongLivedTokenAuth,
  ERR_INVALID_AUTH,
  getConfig,
  getServices,
  getStates,
  getUser,
  subscribeEntities,
  type Connection,
  type HassEntities,
  type HassEvent,
} from 'home-assistant-js-websocket';
import { DEMO_ENDPOINTS, DEMO_HOME_ASSISTANT_TOKEN } from '@src/demo/endpoints';
import { DEMO_HOME_CODE } from '@src/demo/home-assistant/demo-home';
import { createDemoHome, type DemoHome } from '@src/demo/home-assistant/home-state';
import { createHomeAssistantSocketHandler } from '@src/demo/home-assistant/ws-handler';

const ORIGIN = 'http://127.0.0.1:4173';
const HASS_URL = `${ORIGIN}${DEMO_ENDPOINTS.homeAssistant}`;
const SOCKET_URL = `ws://127.0.0.1:4173${DEMO_ENDPOINTS.homeAssistantSocket}`;

let home: DemoHome;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

let connection: Connection | undefined;

beforeEach(() => {
  home = createDemoHome();
  server.resetHandlers(createHomeAssistantSocketHandler(SOCKET_URL, { home }));
});

afterEach(() => {
  connection?.close();
  connection = undefined;
  home.dispose();
});

async function connect(token = DEMO_HOME_ASSISTANT_TOKEN): Promise<Connection> {
  connection = await createConnection({ auth: createLongLivedTokenAuth(HASS_URL, token) });
  return connection;
}

/** Resolves with the first value `read` returns that `accept` takes. */
function waitFor<T>(
  subscribe: (callback: (value: T) => void) => void,
  accept: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    subscribe((value) => {
      if (accept(value)) resolve(value);
    });
  });
}

describe('home-assistant-js-websocket against the demo', () => {
  it('connects with the demo token at the URL the client derives from the base URL', async () => {
    const conn = await connect();

    expect(conn.connected).toBe(true);
    expect(conn.haVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  it('rejects a wrong token with ERR_INVALID_AUTH', async () => {
    await expect(connect('wrong-token')).rejects.toBe(ERR_INVALID_AUTH);
  });

  it('reads states, config, services and the user with the library helpers', async () => {
    const conn = await connect();

    const [states, config, services, user] = await Promise.all([
      getStates(conn),
      getConfig(conn),
      getServices(conn),
      getUser(conn),
    ]);

    expect(states.length).toBe(home.getStates().length);
    expect(config.location_name).toBe('我的家');
    expect(Object.keys(services)).toContain('alarm_control_panel');
    expect(user.is_admin).toBe(true);
  });

  it('keeps subscribeEntities in step with a callService that changes state', async () => {
    const conn = await connect();
    const latest: { entities?: HassEntities } = {};
    const first = waitFor<HassEntities>(
      (callback) =>
        subscribeEntities(conn, (entities) => {
          latest.entities = entities;
          callback(entities);
        }),
      () => true,
    );
    const initial = await first;
    expect(initial['light.living_room_ceiling']).toMatchObject({
      state: 'on',
      attributes: { brightness: 204, friendly_name: '客厅吸顶灯' },
    });

    const changed = waitFor<HassEntities>(
      (callback) => subscribeEntities(conn, callback),
      (entities) => entities['light.living_room_ceiling']?.state === 'off',
    );
    await callService(conn, 'light', 'turn_off', undefined, {
      entity_id: 'light.living_room_ceiling',
    });
    const after = await changed;

    const light = after['light.living_room_ceiling'];
    expect(light?.attributes['brightness']).toBeNull();
    expect(Date.parse(light?.last_changed ?? '')).toBeGreaterThan(
      Date.parse(initial['light.living_room_ceiling']?.last_changed ?? ''),
    );
    expect(light?.context.user_id).toEqual(expect.any(String));
  });

  it('rejects an alarm call with a wrong code the way Home Assistant does', async () => {
    const conn = await connect();

    const call = callService(
      conn,
      'alarm_control_panel',
      'alarm_arm_away',
      { code: '0000' },
      { entity_id: 'alarm_control_panel.home_security' },
    );

    await expect(call).rejects.toMatchObject({
      code: 'service_validation_error',
      translation_key: 'invalid_code',
    });
    await callService(
      conn,
      'alarm_control_panel',
      'alarm_arm_away',
      { code: DEMO_HOME_CODE },
      { entity_id: 'alarm_control_panel.home_security' },
    );
    expect(home.getState('alarm_control_panel.home_security')?.state).toBe('armed_away');
  });

  it('delivers state_changed events raised by the demo trigger command', async () => {
    const conn = await connect();
    const smoke = waitFor<HassEvent>(
      (callback) => void conn.subscribeEvents<HassEvent>(callback, 'state_changed'),
      (event) => event.data['entity_id'] === 'binary_sensor.kitchen_smoke',
    );
    // Let the subscription's result arrive before raising the smoke.
    await conn.ping();

    await conn.sendMessagePromise({ type: 'hearth_demo/trigger', kind: 'smoke' });

    const event = await smoke;
    expect(event.data['new_state']).toMatchObject({
      state: 'on',
      attributes: { device_class: 'smoke' },
    });
  });

  it('lists registries whose areas and devices match up', async () => {
    const conn = await connect();

    const [areas, devices] = await Promise.all([
      conn.sendMessagePromise<Array<{ area_id: string }>>({ type: 'config/area_registry/list' }),
      conn.sendMessagePromise<Array<{ area_id: string }>>({ type: 'config/device_registry/list' }),
    ]);

    const areaIds = areas.map((area) => area.area_id);
    expect(areaIds).toHaveLength(6);
    expect(devices.every((device) => areaIds.includes(device.area_id))).toBe(true);
  });

  it('serves two clients the same flat', async () => {
    const first = await connect();
    const second = await createConnection({
      auth: createLongLivedTokenAuth(HASS_URL, DEMO_HOME_ASSISTANT_TOKEN),
    });
    try {
      const seen = waitFor<HassEntities>(
        (callback) => subscribeEntities(second, callback),
        (entities) => entities['switch.balcony_washer_plug']?.state === 'on',
      );

      await callService(first, 'switch', 'turn_on', undefined, {
        entity_id: 'switch.balcony_washer_plug',
      });

      expect((await seen)['switch.balcony_washer_plug']?.state).toBe('on');
    } finally {
      second.close();
    }
  });
});

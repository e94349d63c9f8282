/**
 * HomeConnection against a real Home Assistant WebSocket server on loopback
 * (tests/support/ha-server.ts), over IPv4 and IPv6, through the real client
 * library and Node's own WebSocket.
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HomeConnection, HomeServiceError } from '@src/data/home/home-connection';
import type { HomeStatus } from '@src/data/home/home-types';
import { loadFixtureStates } from '../../../support/fixture-home';
import { startHomeAssistantServer, type HomeAssistantServer } from '../../../support/ha-server';
import { nextEvent, sleep, until } from './wait';

const TOKEN = 'llat-test-7f3c9b2e-do-not-log';
const FAST = { retryMinMs: 40, retryMaxMs: 160, connectTimeoutMs: 2_000, heartbeatMs: 0 };
const SECTIONS = loadFixtureStates('sections');

// Everything the code under test prints, to prove the token never appears.
const printed: string[] = [];
const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    printed.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
  }),
);

afterAll(() => {
  expect(printed.join('\n')).not.toContain(TOKEN);
  for (const spy of consoleSpies) spy.mockRestore();
});

let server: HomeAssistantServer | null = null;
let connection: HomeConnection | null = null;

afterEach(async () => {
  connection?.stop();
  connection = null;
  await server?.dispose();
  server = null;
});

async function hub(host: '127.0.0.1' | '::1', token = TOKEN): Promise<HomeAssistantServer> {
  server = await startHomeAssistantServer({
    host,
    token,
    states: SECTIONS,
    // The floor lamp has no room in its name: give it one of its own. The study
    // shutter's device is in the study; its own area (the kitchen) must win.
    entityAreas: { 'light.floor_lamp': 'living_room', 'cover.study_shutter': 'kitchen' },
  });
  return server;
}

function connect(url: string, token = TOKEN): HomeConnection {
  connection = new HomeConnection({ url, token }, FAST);
  connection.start();
  return connection;
}

function statusReaches(home: HomeConnection, status: HomeStatus, timeoutMs = 3_000) {
  return home.snapshot.status === status
    ? Promise.resolve()
    : nextEvent(home, 'status', () => home.snapshot.status === status, timeoutMs).then(() => {});
}

describe.each(['127.0.0.1', '::1'] as const)('HomeConnection to a hub on %s', (host) => {
  it('lists the hub’s areas in registry order and every entity with its area', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);

    await statusReaches(home, 'live');

    const { areas, entities } = home.snapshot;
    expect(areas.map((area) => area.name)).toEqual(['Living room', 'Kitchen', 'Study', 'Outdoor']);
    expect(areas.map((area) => area.id)).toEqual(hass.home.areas.map((area) => area.area_id));
    expect(entities.size).toBe(SECTIONS.length);
    const shutter = entities.get('cover.living_room_garden_shutter');
    expect(shutter).toMatchObject({
      domain: 'cover',
      name: 'Living room garden shutter',
      state: 'open',
      deviceClass: 'shutter',
      areaId: 'living_room', // through its device
    });
    expect(entities.get('light.floor_lamp')?.areaId).toBe('living_room'); // its own
    expect(entities.get('cover.study_shutter')?.areaId).toBe('kitchen'); // own beats device
    expect(entities.get('light.bar_lamp')?.areaId).toBeUndefined();
    expect(entities.get('sensor.living_room_temperature')?.unit).toBe('°C');
    expect(entities.get('sensor.rain')?.lastChanged).toBeGreaterThan(0);
  });

  it('reports a state change on the hub as a change of that entity', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');
    const before = home.snapshot.entities;

    const change = nextEvent<CustomEvent<{ ids: string[] }>>(home, 'change', (event) =>
      event.detail.ids.includes('cover.kitchen_shutter'),
    );
    hass.setState('cover.kitchen_shutter', 'closed', { current_position: 0 });
    await change;

    const shutter = home.snapshot.entities.get('cover.kitchen_shutter');
    expect(shutter?.state).toBe('closed');
    expect(shutter?.attributes['current_position']).toBe(0);
    // Unchanged entities keep their objects, so a screen can skip them.
    expect(home.snapshot.entities.get('light.bar_lamp')).toBe(before.get('light.bar_lamp'));
  });

  it('sends a light.turn_on the hub records with its domain, service, data and target', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');
    const turnedOn = nextEvent(
      home,
      'change',
      () => home.snapshot.entities.get('light.kitchen_spotlights')?.state === 'on',
    );

    await home.callService(
      'light',
      'turn_on',
      { brightness_pct: 40 },
      { entity_id: 'light.kitchen_spotlights' },
    );

    expect(hass.serviceCalls).toEqual([
      {
        domain: 'light',
        service: 'turn_on',
        service_data: { brightness_pct: 40 },
        target: { entity_id: 'light.kitchen_spotlights' },
      },
    ]);
    await turnedOn;
  });

  it('rejects a call the hub refuses with Home Assistant’s code and translation key', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');

    const error = await home
      .callService('light', 'explode', {}, { entity_id: 'light.bar_lamp' })
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(HomeServiceError);
    expect(error).toMatchObject({
      code: 'not_found',
      translationKey: 'service_not_found',
      translationPlaceholders: { domain: 'light', service: 'explode' },
    });
    expect((error as Error).message).toContain('light.explode');
    expect(JSON.stringify(error) + String(error)).not.toContain(TOKEN);
  });

  it('reports a refused token as auth-failed and does not keep trying it', async () => {
    const hass = await hub(host, 'the-real-token');
    const home = connect(hass.url, TOKEN);

    await statusReaches(home, 'auth-failed');
    await sleep(FAST.retryMaxMs * 3);

    expect(home.snapshot.status).toBe('auth-failed');
    expect(hass.authAttempts).toBe(1);
  });

  it('keeps the last states, marked stale since the drop, while the hub is down', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');
    const entities = home.snapshot.entities;
    const droppedAfter = Date.now();

    await hass.stop();
    await statusReaches(home, 'stale');

    expect(home.snapshot.entities).toBe(entities);
    expect(home.snapshot.staleSince).toBeGreaterThanOrEqual(droppedAfter);
    expect(home.snapshot.staleSince).toBeLessThanOrEqual(Date.now());
    await expect(home.callService('light', 'turn_on')).rejects.toMatchObject({
      code: 'not_connected',
    });
  });

  it('comes back live by itself when the hub returns, with what changed meanwhile', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');
    await hass.stop();
    await statusReaches(home, 'stale');
    hass.setState('light.bar_lamp', 'off');
    await sleep(FAST.retryMaxMs); // a few failed attempts in between

    const change = nextEvent<CustomEvent<{ ids: string[] }>>(home, 'change');
    await hass.start();
    await statusReaches(home, 'live');

    expect(home.snapshot.staleSince).toBeUndefined();
    expect((await change).detail.ids).toEqual(['light.bar_lamp']);
    expect(home.snapshot.entities.get('light.bar_lamp')?.state).toBe('off');
  });

  it('reports a hub that is not there yet as unreachable, then goes live once it is', async () => {
    const hass = await hub(host);
    await hass.stop();
    const home = connect(hass.url);

    await statusReaches(home, 'unreachable');
    expect(home.snapshot.entities.size).toBe(0);
    await hass.start();
    await statusReaches(home, 'live');

    expect(home.snapshot.entities.size).toBe(SECTIONS.length);
  });

  it('follows an entity moved to another area in the registry', async () => {
    const hass = await hub(host);
    const home = connect(hass.url);
    await statusReaches(home, 'live');

    const change = nextEvent<CustomEvent<{ ids: string[] }>>(home, 'change');
    hass.setEntityArea('light.bar_lamp', 'study');

    expect((await change).detail.ids).toEqual(['light.bar_lamp']);
    expect(home.snapshot.entities.get('light.bar_lamp')?.areaId).toBe('study');
  });
});

describe('HomeConnection lifecycle', () => {
  it('connects at a socket URL given instead of the base URL', async () => {
    const hass = await hub('127.0.0.1');
    const home = connect(hass.socketUrl);

    await statusReaches(home, 'live');
  });

  it('closes its socket on stop() and reconnects on start()', async () => {
    const hass = await hub('127.0.0.1');
    const home = connect(hass.url);
    await statusReaches(home, 'live');

    home.stop();
    await until(() => hass.openSockets === 0, 'the socket to close');
    expect(home.snapshot.status).toBe('stale');
    await sleep(FAST.retryMaxMs * 2);
    expect(hass.openSockets).toBe(0);

    home.start();
    await statusReaches(home, 'live');
    expect(hass.openSockets).toBe(1);
  });

  it('drops a link that stops answering pings and reconnects', async () => {
    const hass = await hub('127.0.0.1');
    connection = new HomeConnection({ url: hass.url, token: TOKEN }, { ...FAST, heartbeatMs: 100 });
    const home = connection;
    home.start();
    await statusReaches(home, 'live');

    // The hub stops answering without closing the socket, as behind a dead Wi-Fi link.
    hass.setResponding(false);
    await statusReaches(home, 'stale', 2_000);
    hass.setResponding(true);

    await statusReaches(home, 'live');
  });
});

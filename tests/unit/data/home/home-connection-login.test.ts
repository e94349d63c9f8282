/**
 * HomeConnection's login deadline and the pictures it fetches, against the
 * Home Assistant test server (tests/support/ha-server.ts) on loopback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { doorbellCamera } from '@src/data/home/doorbell-camera';
import { HomeConnection, HomeServiceError } from '@src/data/home/home-connection';
import type { HomeStatus } from '@src/data/home/home-types';
import { startHomeAssistantServer, type HomeAssistantServer } from '../../../support/ha-server';
import { nextEvent, sleep } from './wait';

const TOKEN = 'llat-login-test-0b1d-do-not-log';
const FAST = { retryMinMs: 40, retryMaxMs: 160, connectTimeoutMs: 2_000, heartbeatMs: 0 };

let server: HomeAssistantServer | null = null;
let connection: HomeConnection | null = null;

afterEach(async () => {
  connection?.stop();
  connection = null;
  await server?.dispose();
  server = null;
});

function statusReaches(home: HomeConnection, status: HomeStatus, timeoutMs = 3_000) {
  return home.snapshot.status === status
    ? Promise.resolve()
    : nextEvent(home, 'status', () => home.snapshot.status === status, timeoutMs).then(() => {});
}

async function demoHub(): Promise<HomeAssistantServer> {
  // No states: the demo flat, with its doorbell camera.
  server = await startHomeAssistantServer({ host: '127.0.0.1', token: TOKEN });
  return server;
}

describe('a login the hub never answers', () => {
  it('times out as unreachable and keeps retrying, then goes live once the hub answers', async () => {
    const hass = await demoHub();
    // The socket opens and `auth_required` comes, but the hub never answers the login.
    hass.setResponding(false);
    connection = new HomeConnection(
      { url: hass.url, token: TOKEN },
      { ...FAST, authTimeoutMs: 150 },
    );
    const home = connection;
    home.start();

    await statusReaches(home, 'unreachable');
    await sleep(400); // more attempts, each timing out
    expect(home.snapshot.status).toBe('unreachable');
    // Timed-out attempts close their sockets rather than piling them up.
    expect(hass.openSockets).toBeLessThanOrEqual(1);

    hass.setResponding(true);
    await statusReaches(home, 'live');
    expect(home.snapshot.entities.size).toBeGreaterThan(0);
  });
});

describe('pictures from the hub', () => {
  it('fetches a camera snapshot with the token in the header, never in the URL', async () => {
    const hass = await demoHub();
    connection = new HomeConnection({ url: hass.url, token: TOKEN }, FAST);
    const home = connection;
    home.start();
    await statusReaches(home, 'live');
    const access = hass.home.getState('camera.doorbell')?.attributes['access_token'];
    // What Home Assistant puts in entity_picture: its proxy path with the camera's own token.
    hass.setState('camera.doorbell', 'idle', {
      entity_picture: `/api/camera_proxy/camera.doorbell?token=${String(access)}`,
    });
    await nextEvent(home, 'change', () =>
      String(home.snapshot.entities.get('camera.doorbell')?.attributes['entity_picture']).includes(
        'camera_proxy',
      ),
    );
    const picture = home.snapshot.entities.get('camera.doorbell')?.attributes['entity_picture'];

    const blob = await home.fetchPicture(String(picture));

    expect(await blob.text()).toContain('camera.doorbell');
    expect(hass.pictureRequests).toEqual([
      { url: '/api/camera_proxy/camera.doorbell', authorization: `Bearer ${TOKEN}`, status: 200 },
    ]);
  });

  it('refuses a picture on another origin instead of sending it the token', async () => {
    const hass = await demoHub();
    connection = new HomeConnection({ url: hass.url, token: TOKEN }, FAST);

    const error = await connection
      .fetchPicture('http://127.0.0.2:9/api/camera_proxy/camera.doorbell')
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(HomeServiceError);
    expect(error).toMatchObject({ code: 'picture_elsewhere' });
    expect(hass.pictureRequests).toEqual([]);
  });

  it('finds the doorbell’s camera through their shared device in the registry', async () => {
    const hass = await demoHub();
    connection = new HomeConnection({ url: hass.url, token: TOKEN }, FAST);
    connection.start();
    await statusReaches(connection, 'live');

    expect(doorbellCamera(connection.snapshot, 'event.doorbell')?.id).toBe('camera.doorbell');
  });
});

/**
 * A Home Assistant WebSocket API on a real loopback socket, for unit tests
 * (vitest) and end-to-end tests (Playwright's Node side). It speaks through
 * the demo's own protocol session (src/demo/home-assistant/ha-protocol.ts)
 * over a DemoHome, so there is one implementation of the protocol; this file
 * only carries frames between `ws` and that session, and records what clients
 * sent.
 *
 *   const hub = await startHomeAssistantServer({ host: '::1', token: 'secret',
 *     states: loadFixtureStates('jimpower') });
 *   // point sources.home at { url: hub.url, token: 'secret' }
 *   hub.setState('binary_sensor.smoke_sensor_158d0001b8ddc7', 'on');
 *   await hub.stop();  // the hub "dies": sockets cut, port closed
 *   await hub.start(); // back on the same port, same states
 *   await hub.dispose();
 *
 * Without `states` (or `seed`) it serves the demo flat (createDemoHomeSeed).
 *
 * Over HTTP it serves each camera's `entity_picture` path (query ignored) as
 * Home Assistant's camera proxy does: to a request with `Authorization: Bearer
 * <token>`, or with the camera's own `access_token` in `?token=`; 401
 * otherwise. CORS is open, as `cors_allowed_origins` makes it for a portal on
 * another origin. `pictureRequests` records what came.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createDemoHomeSeed, type DemoHomeSeed } from '@src/demo/home-assistant/demo-home';
import { HaProtocolSession } from '@src/demo/home-assistant/ha-protocol';
import type { JsonObject } from '@src/demo/home-assistant/ha-types';
import { DemoHome } from '@src/demo/home-assistant/home-state';
import { seedFromStates, type FixtureSeedOptions, type FixtureState } from './fixture-home';

export interface HomeAssistantServerOptions extends FixtureSeedOptions {
  /** Loopback only. Default 127.0.0.1. */
  host?: '127.0.0.1' | '::1';
  /** The long-lived token clients must present. */
  token: string;
  /** States to serve (a fixture); registries are made up by fixture-home.ts's rule. */
  states?: readonly FixtureState[];
  /** A complete seed instead of `states`. */
  seed?: DemoHomeSeed;
  /** Default: any free port. */
  port?: number;
}

/** A `call_service` command as a client sent it, whether or not the hub accepted it. */
export interface RecordedServiceMessage {
  domain: string;
  service: string;
  service_data?: JsonObject;
  target?: JsonObject;
}

export interface HomeAssistantServer {
  /** Base URL for Hearth's config: `http://127.0.0.1:PORT` or `http://[::1]:PORT`. */
  readonly url: string;
  /** The socket clients open: url with ws: and `/api/websocket`. */
  readonly socketUrl: string;
  readonly port: number;
  /** The hub's state machine, event bus and registries. */
  readonly home: DemoHome;
  readonly serviceCalls: RecordedServiceMessage[];
  readonly pictureRequests: RecordedPictureRequest[];
  /** `auth` messages received so far (to catch retry storms). */
  readonly authAttempts: number;
  /** Sockets open right now. */
  readonly openSockets: number;
  /** Every entity id the hub has, in the seed's order. */
  entityIds(): string[];
  /** Sets an entity's state (and merges attributes) as an integration would. */
  setState(entityId: string, state: string, attributes?: JsonObject): void;
  /** Gives an entity an area of its own (null: follow its device) and fires entity_registry_updated. */
  setEntityArea(entityId: string, areaId: string | null): void;
  /**
   * false: read and drop every client frame without answering, sockets left
   * open (a half-open link, a hub that hangs). true again: answer as before.
   */
  setResponding(responding: boolean): void;
  /** Cuts every socket and closes the port, as a hub that died. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** stop() and stop the home's timers: the end of a test. */
  dispose(): Promise<void>;
}

/** A request for a picture, as received. */
export interface RecordedPictureRequest {
  /** Path and query as requested. */
  url: string;
  /** The Authorization header, if any. */
  authorization?: string;
  /** What the hub answered. */
  status: number;
}

/** The name the end-to-end tests use. */
export type HomeAssistantTestServer = HomeAssistantServer;

const SOCKET_PATH = '/api/websocket';

export async function startHomeAssistantServer(
  options: HomeAssistantServerOptions,
): Promise<HomeAssistantServer> {
  const host = options.host ?? '127.0.0.1';
  const seed =
    options.seed ??
    (options.states ? seedFromStates(options.states, options) : createDemoHomeSeed());
  const home = new DemoHome(seed);
  const serviceCalls: RecordedServiceMessage[] = [];
  const pictureRequests: RecordedPictureRequest[] = [];
  let authAttempts = 0;
  let responding = true;
  let port = options.port ?? 0;
  let http: Server | null = null;

  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (socket: WebSocket) => {
    const session = new HaProtocolSession(
      {
        send: (message) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
        },
        close: () => socket.close(),
      },
      { home, accessToken: options.token },
    );
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        socket.close(1003, 'Binary frames are not supported');
        return;
      }
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.isBuffer(data)
          ? data.toString('utf8')
          : Buffer.from(data).toString('utf8');
      if (!responding) return;
      record(text);
      session.receive(text);
    });
    socket.on('close', () => session.close());
    session.open();
  });

  function record(text: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return;
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      if (typeof message !== 'object' || message === null) continue;
      const { type, domain, service, service_data, target } = message as Record<string, unknown>;
      if (type === 'auth') authAttempts += 1;
      if (type === 'call_service' && typeof domain === 'string' && typeof service === 'string') {
        const call: RecordedServiceMessage = { domain, service };
        if (service_data !== undefined) call.service_data = service_data as JsonObject;
        if (target !== undefined) call.target = target as JsonObject;
        serviceCalls.push(call);
      }
    }
  }

  function servePicture(request: IncomingMessage, response: ServerResponse): void {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://hub');
    const camera = home
      .getStates()
      .find(
        (state) =>
          state.entity_id.startsWith('camera.') &&
          typeof state.attributes['entity_picture'] === 'string' &&
          new URL(state.attributes['entity_picture'], 'http://hub').pathname === url.pathname,
      );
    const authorization = request.headers.authorization;
    const allowed =
      authorization === `Bearer ${options.token}` ||
      (camera !== undefined &&
        url.searchParams.get('token') !== null &&
        url.searchParams.get('token') === camera.attributes['access_token']);
    const status = !camera ? 404 : allowed ? 200 : 401;
    pictureRequests.push({
      url: `${url.pathname}${url.search}`,
      ...(authorization !== undefined ? { authorization } : {}),
      status,
    });
    if (status !== 200 || !camera) {
      response.writeHead(status, cors).end();
      return;
    }
    response
      .writeHead(200, { ...cors, 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' })
      .end(snapshotSvg(camera.entity_id, String(camera.last_updated)));
  }

  async function start(): Promise<void> {
    if (http) return;
    const server = createServer((request, response) => servePicture(request, response));
    server.on('upgrade', (request, socket, head) => {
      const path = new URL(request.url ?? '/', 'http://hub').pathname;
      if (path !== SOCKET_PATH) {
        socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    port = (server.address() as AddressInfo).port;
    http = server;
  }

  async function stop(): Promise<void> {
    const server = http;
    if (!server) return;
    http = null;
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  await start();
  const hostPart = host === '::1' ? '[::1]' : host;

  return {
    url: `http://${hostPart}:${port}`,
    socketUrl: `ws://${hostPart}:${port}${SOCKET_PATH}`,
    port,
    home,
    serviceCalls,
    pictureRequests,
    get authAttempts() {
      return authAttempts;
    },
    get openSockets() {
      return wss.clients.size;
    },
    entityIds() {
      return home.getStates().map((state) => state.entity_id);
    },
    setState(entityId, state, attributes) {
      if (!home.getState(entityId)) throw new Error(`No entity ${entityId} in this home`);
      home.patchState(entityId, attributes ? { state, attributes } : { state });
    },
    setEntityArea(entityId, areaId) {
      const entry = home.entities.find((item) => item.entity_id === entityId);
      if (!entry) throw new Error(`No registry entry for ${entityId}`);
      entry.area_id = areaId;
      home.fireEvent('entity_registry_updated', {
        action: 'update',
        entity_id: entityId,
        changes: { area_id: areaId },
      });
    },
    setResponding(value) {
      responding = value;
    },
    start,
    stop,
    async dispose() {
      await stop();
      wss.close();
      home.dispose();
    },
  };
}

/** A picture that says which camera and state it is from, so a test can tell two apart. */
function snapshotSvg(entityId: string, updated: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">` +
    `<rect width="640" height="360" fill="#35506b"/>` +
    `<text x="24" y="60" font-size="32" fill="#fff">${entityId}</text>` +
    `<text x="24" y="110" font-size="20" fill="#fff">${updated}</text></svg>`
  );
}

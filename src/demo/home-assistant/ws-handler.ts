/**
 * The demo Home Assistant's socket. WebSockets never pass through a service
 * worker, so unlike the rest of the demo backend this part runs in the page,
 * where msw's WebSocket interceptor replaces the page's `WebSocket` class.
 * Each connection to the demo URL gets its own protocol session over one
 * shared demo home.
 */
import { ws, type WebSocketHandler } from 'msw/ws';
import { WebSocketInterceptor } from '@mswjs/interceptors/WebSocket';
import { DEMO_ENDPOINTS, DEMO_HOME_ASSISTANT_TOKEN } from '../endpoints';
import type { DemoTriggerKind } from './demo-triggers';
import { createDemoHome, type DemoHome } from './home-state';
import { serveHomeAssistantClient } from './socket-session';

export interface HomeAssistantSocketOptions {
  /** The flat the sessions share; a fresh one if left out. */
  home?: DemoHome;
  /** The token clients must present; the demo token if left out. */
  accessToken?: string;
}

/**
 * The msw handler answering Home Assistant's WebSocket API at `url`, for
 * `setupServer` (unit tests) or any msw network.
 */
export function createHomeAssistantSocketHandler(
  url: string | RegExp,
  options: HomeAssistantSocketOptions = {},
): WebSocketHandler {
  const home = options.home ?? createDemoHome();
  const accessToken = options.accessToken ?? DEMO_HOME_ASSISTANT_TOKEN;
  return ws
    .link(url)
    .addEventListener('connection', ({ client }) =>
      serveHomeAssistantClient(client, { home, accessToken }),
    );
}

/** The running demo Home Assistant in the page. */
export interface HomeAssistantDemo {
  /** The demo flat, for inspecting state (tests) or raising situations. */
  readonly home: DemoHome;
  /** Raises a demo situation: smoke, a ring at the door, an intrusion… */
  trigger(kind: DemoTriggerKind): void;
  /** Restores the page's WebSocket class and stops the flat's timers. */
  stop(): Promise<void>;
}

/** Host and path, the parts that say "the demo socket" whatever ws/wss or slash. */
function socketKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/$/, '')}`;
}

/**
 * Starts the demo Home Assistant in the page, at DEMO_ENDPOINTS.homeAssistantSocket
 * on `origin` (ws:// for http://, wss:// for https://).
 *
 * It installs msw's WebSocket interceptor by itself, not an msw network:
 * `setupWorker` would register mockServiceWorker.js and take the scope from
 * Hearth's Workbox worker, and `defineNetwork` (msw/experimental) with
 * `ws.link` drags msw's HTTP handling, cookie store and public-suffix list
 * into the page (about 150 kB gzip, against about 10 kB for the interceptor),
 * while HTTP is already answered inside the service worker. Sockets to any
 * other URL (a real Home Assistant) are passed through to the network.
 */
export async function startHomeAssistantDemo(
  origin: string,
  options: HomeAssistantSocketOptions = {},
): Promise<HomeAssistantDemo> {
  const home = options.home ?? createDemoHome();
  const accessToken = options.accessToken ?? DEMO_HOME_ASSISTANT_TOKEN;
  const demoSocket = socketKey(
    new URL(`${origin.replace(/^http/, 'ws')}${DEMO_ENDPOINTS.homeAssistantSocket}`),
  );
  const interceptor = new WebSocketInterceptor();
  interceptor.on('connection', ({ client, server }) => {
    if (socketKey(client.url) === demoSocket)
      serveHomeAssistantClient(client, { home, accessToken });
    else server.connect();
  });
  interceptor.apply();
  return {
    home,
    trigger: (kind) => home.triggerDemoEvent(kind),
    stop: async () => {
      interceptor.dispose();
      home.dispose();
    },
  };
}

/**
 * Opens Home Assistant's WebSocket and logs in, with one deadline over both.
 * The client library's own `createSocket` stops its clock once the socket
 * opens, so a hub that accepts the socket and never answers the `auth`
 * message (a hung Home Assistant, a proxy holding the upgrade) would keep the
 * first attempt pending forever and the screen on "connecting". Here the
 * login must finish within `authTimeoutMs` of the socket opening; otherwise
 * the socket is closed and the attempt fails like an unreachable hub
 * (ERR_CANNOT_CONNECT), so the connection's backoff takes over.
 *
 * Made for long-lived tokens (no refresh) and one try (`setupRetry: 0`): the
 * retrying is HomeConnection's.
 */
import {
  ERR_CANNOT_CONNECT,
  ERR_INVALID_AUTH,
  type ConnectionOptions,
  type HaWebSocket,
} from 'home-assistant-js-websocket';
import { haVersionAtLeast } from './ha-version.js';

export function createAuthSocket(
  options: ConnectionOptions,
  timeouts: { connectTimeoutMs: number; authTimeoutMs: number },
): Promise<HaWebSocket> {
  const auth = options.auth;
  if (!auth) return Promise.reject(ERR_CANNOT_CONNECT);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(auth.wsUrl) as HaWebSocket;
    let settled = false;
    let timer = setTimeout(() => fail(ERR_CANNOT_CONNECT), timeouts.connectTimeoutMs);

    const cleanUp = () => {
      clearTimeout(timer);
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      socket.removeEventListener('error', onClose);
    };
    function fail(reason: number): void {
      if (settled) return;
      settled = true;
      cleanUp();
      socket.close();
      reject(reason);
    }
    function onOpen(): void {
      clearTimeout(timer);
      timer = setTimeout(() => fail(ERR_CANNOT_CONNECT), timeouts.authTimeoutMs);
      socket.send(JSON.stringify({ type: 'auth', access_token: auth?.accessToken }));
    }
    function onMessage(event: MessageEvent): void {
      let message: { type?: unknown; ha_version?: unknown };
      try {
        message = JSON.parse(String(event.data)) as typeof message;
      } catch {
        return;
      }
      if (message.type === 'auth_invalid') {
        fail(ERR_INVALID_AUTH);
      } else if (message.type === 'auth_ok') {
        settled = true;
        cleanUp();
        socket.haVersion = typeof message.ha_version === 'string' ? message.ha_version : '';
        // Home Assistant 2022.9 and later coalesce messages when asked.
        if (haVersionAtLeast(socket.haVersion, 2022, 9)) {
          // As the library does: always id 1, the first message after auth.
          socket.send(
            JSON.stringify({
              type: 'supported_features',
              id: 1,
              features: { coalesce_messages: 1 },
            }),
          );
        }
        resolve(socket);
      }
    }
    function onClose(): void {
      fail(ERR_CANNOT_CONNECT);
    }
    socket.addEventListener('open', onOpen);
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose);
    socket.addEventListener('error', onClose);
  });
}

import type { WebSocketClientHandle } from '@mswjs/interceptors/WebSocket';
import { HaProtocolSession } from './ha-protocol';
import type { DemoHome } from './home-state';

/**
 * Puts one intercepted socket on a protocol session: the client's text frames
 * go in, the session's messages go out as JSON. Shared by the msw handler and
 * the page's interceptor, which hand over the same kind of client connection.
 */
export function serveHomeAssistantClient(
  client: WebSocketClientHandle,
  options: { home: DemoHome; accessToken: string },
): void {
  let closed = false;
  const session = new HaProtocolSession(
    {
      send: (message) => {
        if (!closed) client.send(JSON.stringify(message));
      },
      close: () => {
        closed = true;
        // msw delivers a sent message in a microtask but drops it if the socket is
        // closing by then: let the auth_invalid reach the client first.
        setTimeout(() => client.close(), 0);
      },
    },
    options,
  );
  client.addEventListener('message', (event) => {
    if (typeof event.data === 'string') {
      session.receive(event.data);
      return;
    }
    // Home Assistant speaks JSON text frames only.
    closed = true;
    session.close();
    client.close(1003, 'Binary frames are not supported');
  });
  client.addEventListener('close', () => {
    closed = true;
    session.close();
  });
  session.open();
}

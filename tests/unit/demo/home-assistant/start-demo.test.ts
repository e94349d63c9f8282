/**
 * startHomeAssistantDemo is what the page runs: msw's WebSocket interceptor
 * alone, through defineNetwork, with no service worker. Node 22's global
 * WebSocket stands in for the browser's; the same interceptor patches it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  callService,
  createConnection,
  createLongLivedTokenAuth,
  getStates,
  type Connection,
} from 'home-assistant-js-websocket';
import { DEMO_ENDPOINTS, DEMO_HOME_ASSISTANT_TOKEN } from '@src/demo/endpoints';
import {
  startHomeAssistantDemo,
  type HomeAssistantDemo,
} from '@src/demo/home-assistant/ws-handler';

const ORIGIN = 'http://127.0.0.1:4173';

let demo: HomeAssistantDemo | undefined;
let connection: Connection | undefined;

afterEach(async () => {
  connection?.close();
  connection = undefined;
  await demo?.stop();
  demo = undefined;
});

describe('startHomeAssistantDemo', () => {
  it('answers the Home Assistant client at the demo socket on the page origin', async () => {
    demo = await startHomeAssistantDemo(ORIGIN);

    connection = await createConnection({
      auth: createLongLivedTokenAuth(
        `${ORIGIN}${DEMO_ENDPOINTS.homeAssistant}`,
        DEMO_HOME_ASSISTANT_TOKEN,
      ),
    });
    await callService(connection, 'light', 'turn_on', undefined, {
      entity_id: 'light.kitchen_light',
    });

    const states = await getStates(connection);
    expect(states.find((state) => state.entity_id === 'light.kitchen_light')?.state).toBe('on');
    expect(demo.home.getState('light.kitchen_light')?.state).toBe('on');
  });

  it('lets the page raise a situation through trigger()', async () => {
    demo = await startHomeAssistantDemo(ORIGIN);

    demo.trigger('water');

    expect(demo.home.getState('binary_sensor.bathroom_leak')?.state).toBe('on');
  });

  it('leaves sockets to other addresses alone', async () => {
    demo = await startHomeAssistantDemo(ORIGIN);

    // Nothing listens on the discard port: a passed-through socket reports an
    // error, where an intercepted one would be greeted with auth_required.
    // (msw fires `open` on passed-through sockets too, so open proves nothing.)
    const socket = new WebSocket('ws://127.0.0.1:9/api/websocket');
    const outcome = await new Promise<string>((resolve) => {
      socket.addEventListener('message', () => resolve('message'));
      socket.addEventListener('error', () => resolve('error'));
    });
    socket.close();

    expect(outcome).toBe('error');
  });
});

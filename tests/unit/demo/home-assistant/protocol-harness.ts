import { DEMO_HOME_ASSISTANT_TOKEN } from '@src/demo/endpoints';
import { HaProtocolSession } from '@src/demo/home-assistant/ha-protocol';
import type { HaServerMessage } from '@src/demo/home-assistant/ha-types';
import { createDemoHome, type DemoHome } from '@src/demo/home-assistant/home-state';

/**
 * Drives one protocol session without a socket: records what the server sent,
 * round-trips it through JSON as the wire would, and numbers commands.
 */
export interface Harness {
  home: DemoHome;
  session: HaProtocolSession;
  /** Everything the server sent, parsed back from JSON. */
  sent: Array<Record<string, unknown>>;
  closed: () => boolean;
  /** Sends a command with the next id; returns that id. */
  command: (message: Record<string, unknown>) => number;
  /** The result message answering `id`. */
  resultOf: (id: number) => Record<string, unknown> | undefined;
  /** Event payloads sent for subscription `id`. */
  eventsFor: (id: number) => Array<Record<string, unknown>>;
}

export function createHarness(options: { authenticate?: boolean; home?: DemoHome } = {}): Harness {
  const home = options.home ?? createDemoHome();
  const sent: Array<Record<string, unknown>> = [];
  let closed = false;
  const session = new HaProtocolSession(
    {
      send: (message: HaServerMessage) => {
        sent.push(JSON.parse(JSON.stringify(message)) as Record<string, unknown>);
      },
      close: () => {
        closed = true;
      },
    },
    { home, accessToken: DEMO_HOME_ASSISTANT_TOKEN },
  );
  let nextId = 1;
  const harness: Harness = {
    home,
    session,
    sent,
    closed: () => closed,
    command: (message) => {
      const id = nextId;
      nextId += 1;
      session.receive(JSON.stringify({ id, ...message }));
      return id;
    },
    resultOf: (id) => sent.find((message) => message['id'] === id && message['type'] === 'result'),
    eventsFor: (id) =>
      sent
        .filter((message) => message['id'] === id && message['type'] === 'event')
        .map((message) => message['event'] as Record<string, unknown>),
  };
  session.open();
  if (options.authenticate !== false) {
    session.receive(JSON.stringify({ type: 'auth', access_token: DEMO_HOME_ASSISTANT_TOKEN }));
  }
  return harness;
}

import { compressState, diffState, type EntitiesEvent } from './compressed-state';
import { newContext } from './context-id';
import { DEMO_HA_VERSION, DEMO_USER, demoHomeConfig } from './demo-home';
import { isDemoTriggerKind, DEMO_TRIGGER_KINDS } from './demo-triggers';
import { HaError, validationError } from './ha-error';
import type { HaEvent, HaServerMessage, HaState, JsonObject } from './ha-types';
import type { DemoHome } from './home-state';
import type { ServiceTarget } from './services/service-call';
import { describeServices } from './services/service-descriptions';

/**
 * One client's session of Home Assistant's WebSocket API, without the socket:
 * feed it the client's frames with `receive()` and it answers through the
 * transport. Keeping the wire out makes the protocol testable frame by frame
 * and lets msw (ws-handler.ts) or anything else carry it.
 *
 * Follows homeassistant/components/websocket_api: `auth_required` on open,
 * `auth_ok` or `auth_invalid` (then close), then commands with strictly
 * increasing ids answered by `result` (or `pong`) messages; subscriptions
 * answer with a result, then `event` messages carrying the same id.
 */

export interface HaProtocolTransport {
  send(message: HaServerMessage): void;
  /** End the connection; called once, after the last message was sent. */
  close(): void;
}

export interface HaProtocolOptions {
  home: DemoHome;
  /** The long-lived access token the client must present. */
  accessToken: string;
  haVersion?: string;
}

/** A command frame after its envelope was checked. */
interface Command {
  id: number;
  type: string;
  [key: string]: unknown;
}

type CommandHandler = (command: Command) => void;

/** Home Assistant's wildcard for "every event type". */
const MATCH_ALL = '*';

export class HaProtocolSession {
  private _phase: 'new' | 'auth' | 'command' | 'closed' = 'new';
  private _lastId = 0;
  private readonly _subscriptions = new Map<number, () => void>();
  private readonly _haVersion: string;
  private readonly _handlers: Record<string, CommandHandler>;

  constructor(
    private readonly _transport: HaProtocolTransport,
    private readonly _options: HaProtocolOptions,
  ) {
    this._haVersion = _options.haVersion ?? DEMO_HA_VERSION;
    this._handlers = {
      supported_features: (command) => this._result(command.id, null),
      ping: (command) => this._send({ id: command.id, type: 'pong' }),
      get_states: (command) => this._result(command.id, this._home.getStates()),
      get_config: (command) => this._result(command.id, demoHomeConfig()),
      get_services: (command) => this._result(command.id, describeServices(this._home)),
      'auth/current_user': (command) => this._result(command.id, DEMO_USER),
      subscribe_events: (command) => this._subscribeEvents(command),
      unsubscribe_events: (command) => this._unsubscribeEvents(command),
      subscribe_entities: (command) => this._subscribeEntities(command),
      call_service: (command) => this._callService(command),
      'config/area_registry/list': (command) => this._result(command.id, this._home.areas),
      'config/device_registry/list': (command) => this._result(command.id, this._home.devices),
      'config/entity_registry/list': (command) => this._result(command.id, this._home.entities),
      'hearth_demo/trigger': (command) => this._trigger(command),
    };
  }

  private get _home(): DemoHome {
    return this._options.home;
  }

  /** The socket opened: ask for credentials. */
  open(): void {
    if (this._phase !== 'new') return;
    this._phase = 'auth';
    this._send({ type: 'auth_required', ha_version: this._haVersion });
  }

  /** One text frame from the client. */
  receive(text: string): void {
    if (this._phase === 'closed' || this._phase === 'new') return;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      // Home Assistant drops a connection that sends something other than JSON.
      this._end();
      return;
    }
    if (this._phase === 'auth') {
      this._authenticate(message);
      return;
    }
    // Clients may batch commands into one frame as a JSON array.
    for (const item of Array.isArray(message) ? message : [message]) {
      if (this._phase !== 'command') return;
      this._handle(item);
    }
  }

  /** The socket closed: drop every subscription so the home stops calling us. */
  close(): void {
    this._phase = 'closed';
    for (const unsubscribe of this._subscriptions.values()) unsubscribe();
    this._subscriptions.clear();
  }

  private _authenticate(message: unknown): void {
    if (!isRecord(message) || message['type'] !== 'auth') {
      this._send({
        type: 'auth_invalid',
        message: 'Auth message incorrectly formatted: expected type auth',
      });
      this._end();
      return;
    }
    if (message['access_token'] !== this._options.accessToken) {
      this._send({ type: 'auth_invalid', message: 'Invalid access token or password' });
      this._end();
      return;
    }
    this._phase = 'command';
    this._send({ type: 'auth_ok', ha_version: this._haVersion });
  }

  private _handle(message: unknown): void {
    const id = isRecord(message) ? message['id'] : undefined;
    const type = isRecord(message) ? message['type'] : undefined;
    const validId = typeof id === 'number' && Number.isInteger(id) && id > 0;
    if (!isRecord(message) || !validId || typeof type !== 'string') {
      this._error(
        validId ? id : 0,
        new HaError('invalid_format', 'Message incorrectly formatted.'),
      );
      return;
    }
    const command: Command = { ...message, id, type };
    if (command.id <= this._lastId) {
      this._error(command.id, new HaError('id_reuse', 'Identifier values have to increase.'));
      return;
    }
    this._lastId = command.id;

    const handler = this._handlers[type];
    if (!handler) {
      this._error(command.id, new HaError('unknown_command', 'Unknown command.'));
      return;
    }
    try {
      handler(command);
    } catch (error) {
      this._error(
        command.id,
        error instanceof HaError
          ? error
          : new HaError('unknown_error', error instanceof Error ? error.message : String(error)),
      );
    }
  }

  private _subscribeEvents(command: Command): void {
    const eventType = typeof command['event_type'] === 'string' ? command['event_type'] : MATCH_ALL;
    const unsubscribe = this._home.subscribe((event: HaEvent) => {
      if (eventType === MATCH_ALL || event.event_type === eventType) {
        this._send({ id: command.id, type: 'event', event });
      }
    });
    this._subscriptions.set(command.id, unsubscribe);
    this._result(command.id, null);
  }

  private _unsubscribeEvents(command: Command): void {
    const subscription = command['subscription'];
    const unsubscribe =
      typeof subscription === 'number' ? this._subscriptions.get(subscription) : undefined;
    if (!unsubscribe || typeof subscription !== 'number') {
      throw new HaError('not_found', 'Subscription not found.');
    }
    unsubscribe();
    this._subscriptions.delete(subscription);
    this._result(command.id, null);
  }

  private _subscribeEntities(command: Command): void {
    const filter = stringList(command['entity_ids']);
    const wanted = (entityId: string): boolean => filter.length === 0 || filter.includes(entityId);
    const sendEntities = (event: EntitiesEvent): void =>
      this._send({ id: command.id, type: 'event', event });

    // Listen before taking the snapshot, as Home Assistant does, so no change falls between.
    const unsubscribe = this._home.subscribe((event: HaEvent) => {
      if (event.event_type !== 'state_changed') return;
      const entityId = event.data['entity_id'];
      if (typeof entityId !== 'string' || !wanted(entityId)) return;
      const oldState = event.data['old_state'] as HaState | null;
      const newState = event.data['new_state'] as HaState | null;
      if (newState && oldState) sendEntities({ c: { [entityId]: diffState(oldState, newState) } });
      else if (newState) sendEntities({ a: { [entityId]: compressState(newState) } });
      else sendEntities({ r: [entityId] });
    });
    this._subscriptions.set(command.id, unsubscribe);
    this._result(command.id, null);

    const initial: Record<string, ReturnType<typeof compressState>> = {};
    for (const state of this._home.getStates()) {
      if (wanted(state.entity_id)) initial[state.entity_id] = compressState(state);
    }
    sendEntities({ a: initial });
  }

  private _callService(command: Command): void {
    const { domain, service } = command;
    const serviceData = command['service_data'];
    const target = command['target'];
    if (typeof domain !== 'string' || typeof service !== 'string') {
      throw new HaError('invalid_format', "required key not provided @ data['domain']");
    }
    if (command['return_response'] === true) {
      throw validationError(
        'homeassistant',
        'service_does_not_support_response',
        `An action which does not return responses can't be called with return_response=True`,
        { return_response: 'return_response=True' },
      );
    }
    const context = newContext(DEMO_USER.id);
    this._home.callService(
      {
        domain,
        service,
        service_data: isRecord(serviceData) ? (serviceData as JsonObject) : undefined,
        target: isRecord(target) ? (target as ServiceTarget) : undefined,
      },
      context,
    );
    this._result(command.id, { context });
  }

  private _trigger(command: Command): void {
    const kind = command['kind'];
    if (!isDemoTriggerKind(kind)) {
      throw new HaError(
        'invalid_format',
        `kind must be one of ${DEMO_TRIGGER_KINDS.join(', ')} @ data['kind']`,
      );
    }
    this._home.triggerDemoEvent(kind);
    this._result(command.id, null);
  }

  private _result(id: number, result: unknown): void {
    this._send({ id, type: 'result', success: true, result });
  }

  private _error(id: number, error: HaError): void {
    this._send({ id, type: 'result', success: false, error: error.toBody() });
  }

  private _send(message: HaServerMessage): void {
    if (this._phase === 'closed') return;
    this._transport.send(message);
  }

  /** Server-side close: stop listening, then let the transport end the socket. */
  private _end(): void {
    this.close();
    this._transport.close();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

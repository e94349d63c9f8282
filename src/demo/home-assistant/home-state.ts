import type {
  HaAreaEntry,
  HaContext,
  HaDeviceEntry,
  HaEntityRegistryEntry,
  HaEvent,
  HaState,
  JsonObject,
  JsonValue,
} from './ha-types';
import { createDemoHomeSeed, type DemoHomeSeed, type DemoScriptStep } from './demo-home';
import { newContext } from './context-id';
import { HaError } from './ha-error';
import { findService } from './services/service-registry';
import { resolveTargetEntities, type ServiceTarget } from './services/service-call';
import { attachPowerMeter } from './power-meter';
import { triggerDemoEvent, type DemoTriggerKind } from './demo-triggers';

export type DemoHomeListener = (event: HaEvent) => void;

/** A service call the demo received, kept so tests and the demo can see SOS calls went out. */
export interface RecordedServiceCall {
  domain: string;
  service: string;
  service_data: JsonObject;
  target: ServiceTarget;
  time_fired: string;
  context: HaContext;
}

export interface ServiceRequest {
  domain: string;
  service: string;
  service_data?: JsonObject;
  target?: ServiceTarget;
}

/** What a state change asks for: a new state and/or attributes merged over the old ones. */
export interface StatePatch {
  state?: string;
  attributes?: JsonObject;
}

/**
 * The demo flat while it runs: Home Assistant's state machine, event bus and
 * registries in one place, shared by every socket so two clients see the same
 * flat. Knows nothing about the WebSocket protocol (see ha-protocol.ts).
 */
export class DemoHome {
  readonly areas: readonly HaAreaEntry[];
  readonly devices: readonly HaDeviceEntry[];
  readonly entities: readonly HaEntityRegistryEntry[];
  readonly scripts: Readonly<Record<string, DemoScriptStep[]>>;
  readonly notifyServices: readonly string[];

  private readonly _states = new Map<string, HaState>();
  private readonly _listeners = new Set<DemoHomeListener>();
  private readonly _timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly _memory = new Map<string, JsonValue>();
  private readonly _calls: RecordedServiceCall[] = [];
  private readonly _detachPowerMeter: () => void;

  constructor(seed: DemoHomeSeed = createDemoHomeSeed()) {
    this.areas = seed.areas;
    this.devices = seed.devices;
    this.entities = seed.entities;
    this.scripts = seed.scripts;
    this.notifyServices = seed.notifyServices;
    for (const state of seed.states) this._states.set(state.entity_id, state);
    this._detachPowerMeter = attachPowerMeter(this);
  }

  getStates(): HaState[] {
    return [...this._states.values()];
  }

  getState(entityId: string): HaState | undefined {
    return this._states.get(entityId);
  }

  /** Service calls received so far, oldest first. */
  get serviceCalls(): readonly RecordedServiceCall[] {
    return this._calls;
  }

  /** Listens to every event on the bus; returns the unsubscribe function. */
  subscribe(listener: DemoHomeListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  fireEvent(
    eventType: string,
    data: Readonly<Record<string, unknown>>,
    context: HaContext = newContext(),
  ): void {
    const event: HaEvent = {
      event_type: eventType,
      data,
      origin: 'LOCAL',
      time_fired: new Date().toISOString(),
      context,
    };
    // Copy: a listener may unsubscribe (or subscribe) while we deliver.
    for (const listener of [...this._listeners]) listener(event);
  }

  /**
   * Changes an entity the way an integration writing its state does: nothing
   * happens if state and attributes are unchanged; `last_changed` moves only
   * when the state string changes, `last_updated` on any change; a
   * `state_changed` event carries old and new state.
   */
  patchState(entityId: string, patch: StatePatch, context: HaContext = newContext()): void {
    const old = this._states.get(entityId);
    if (!old) return;
    const state = patch.state ?? old.state;
    const attributes = patch.attributes
      ? { ...old.attributes, ...patch.attributes }
      : old.attributes;
    const stateChanged = state !== old.state;
    if (!stateChanged && sameJson(attributes, old.attributes)) return;

    const now = new Date().toISOString();
    const next: HaState = {
      entity_id: entityId,
      state,
      attributes,
      last_changed: stateChanged ? now : old.last_changed,
      last_updated: now,
      context,
    };
    this._states.set(entityId, next);
    this.fireEvent(
      'state_changed',
      { entity_id: entityId, old_state: old, new_state: next },
      context,
    );
  }

  /**
   * Runs a service the way Home Assistant's service registry does: unknown
   * services fail with `not_found`; a `call_service` event goes on the bus
   * first; entity services act on the resolved targets of their own domain.
   */
  callService(request: ServiceRequest, context: HaContext): unknown {
    const definition = findService(this, request.domain, request.service);
    if (!definition) {
      throw new HaError('not_found', `Service ${request.domain}.${request.service} not found.`, {
        domain: 'homeassistant',
        key: 'service_not_found',
        placeholders: { domain: request.domain, service: request.service },
      });
    }

    const { entity_id, device_id, area_id, ...data } = request.service_data ?? {};
    const target: ServiceTarget = {
      ...targetField('entity_id', entity_id),
      ...targetField('device_id', device_id),
      ...targetField('area_id', area_id),
      ...request.target,
    };
    const serviceData = request.service_data ?? {};
    this._calls.push({
      domain: request.domain,
      service: request.service,
      service_data: serviceData,
      target,
      time_fired: new Date().toISOString(),
      context,
    });
    this.fireEvent(
      'call_service',
      { domain: request.domain, service: request.service, service_data: serviceData },
      context,
    );

    const entityIds = definition.entityService
      ? resolveTargetEntities(this, request.domain, target)
      : [];
    return definition.handler(
      this,
      { domain: request.domain, service: request.service, data, target, context },
      entityIds,
    );
  }

  /** Raises a demo situation (smoke, a ring at the door…) or clears them all. */
  triggerDemoEvent(kind: DemoTriggerKind): void {
    triggerDemoEvent(this, kind);
  }

  /** Runs `task` after `delayMs`, replacing any task already scheduled under `key`. */
  schedule(key: string, delayMs: number, task: () => void): void {
    this.cancel(key);
    this._timers.set(
      key,
      setTimeout(() => {
        this._timers.delete(key);
        task();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this._timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this._timers.delete(key);
  }

  /** Device-side memory that is not an attribute (a light's brightness while off). */
  remember(key: string, value: JsonValue): void {
    this._memory.set(key, value);
  }

  recall(key: string): JsonValue | undefined {
    return this._memory.get(key);
  }

  /** Stops timers (moving curtains…) and listeners, e.g. between tests. */
  dispose(): void {
    for (const timer of this._timers.values()) clearTimeout(timer);
    this._timers.clear();
    this._detachPowerMeter();
    this._listeners.clear();
  }
}

export function createDemoHome(now?: number): DemoHome {
  return new DemoHome(createDemoHomeSeed(now));
}

function targetField(
  key: keyof ServiceTarget,
  value: JsonValue | undefined,
): ServiceTarget | undefined {
  if (typeof value === 'string') return { [key]: value };
  if (Array.isArray(value)) {
    return { [key]: value.filter((item): item is string => typeof item === 'string') };
  }
  return undefined;
}

function sameJson(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

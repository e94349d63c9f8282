import { newContext } from '../context-id';
import type { JsonObject } from '../ha-types';
import type { DemoHome } from '../home-state';
import { requiredString, stringField, type DomainServices, type ServiceCall } from './service-call';

/**
 * script.* and notify.*: what the SOS key calls. Both kinds of call are
 * recorded by the home (DemoHome.serviceCalls); a script also fires Home
 * Assistant's `script_started` event and runs its steps, and a notification
 * fires `demo_notify` so a test or the demo can see it went out.
 */

function runScript(home: DemoHome, entityId: string, call: ServiceCall): void {
  const steps = home.scripts[entityId];
  const state = home.getState(entityId);
  // Mode "single": a script already running is not started again.
  if (!steps || !state || state.state === 'on') return;

  home.patchState(
    entityId,
    { state: 'on', attributes: { last_triggered: new Date().toISOString(), current: 1 } },
    call.context,
  );
  home.fireEvent(
    'script_started',
    { name: state.attributes['friendly_name'] ?? entityId, entity_id: entityId },
    call.context,
  );
  // Steps run in a child context, as Home Assistant links them to the trigger.
  const child = newContext(call.context.user_id, call.context.id);
  try {
    for (const step of steps) home.callService(step, child);
  } finally {
    home.patchState(entityId, { state: 'off', attributes: { current: 0 } }, child);
  }
}

/** `script.<name>` services, one per script entity, plus the generic ones. */
export function scriptServices(home: DemoHome): DomainServices {
  const services: DomainServices = {
    turn_on: {
      entityService: true,
      handler: (h, call, ids) => ids.forEach((id) => runScript(h, id, call)),
    },
    toggle: {
      entityService: true,
      handler: (h, call, ids) => ids.forEach((id) => runScript(h, id, call)),
    },
    // Demo scripts finish within the call, so there is never one to stop.
    turn_off: { entityService: true, handler: () => undefined },
  };
  for (const entityId of Object.keys(home.scripts)) {
    const objectId = entityId.slice('script.'.length);
    services[objectId] = {
      entityService: false,
      handler: (h, call) => runScript(h, entityId, call),
    };
  }
  return services;
}

function sendNotification(home: DemoHome, call: ServiceCall): void {
  const message = requiredString(call, 'message');
  const data = call.data['data'];
  home.fireEvent(
    'demo_notify',
    {
      service: `notify.${call.service}`,
      title: stringField(call, 'title') ?? null,
      message,
      data: typeof data === 'object' && data !== null ? (data as JsonObject) : null,
    },
    call.context,
  );
}

/** `notify.<name>` legacy notify services, one per configured target. */
export function notifyServices(home: DemoHome): DomainServices {
  const services: DomainServices = {};
  for (const name of home.notifyServices) {
    services[name] = {
      entityService: false,
      fields: {
        message: { required: true, example: '有人按下了紧急呼叫' },
        title: { example: '紧急呼叫' },
      },
      handler: sendNotification,
    };
  }
  return services;
}

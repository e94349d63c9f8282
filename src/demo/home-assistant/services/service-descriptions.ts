import type { JsonObject } from '../ha-types';
import type { DemoHome } from '../home-state';
import { demoServices } from './service-registry';

/**
 * `get_services`: the demo's services in Home Assistant's description shape
 * (`HassServices` in home-assistant-js-websocket), so a client can check a
 * service exists before offering it.
 */
export function describeServices(home: DemoHome): Record<string, Record<string, JsonObject>> {
  const described: Record<string, Record<string, JsonObject>> = {};
  for (const [domain, services] of Object.entries(demoServices(home))) {
    const domainDescriptions: Record<string, JsonObject> = {};
    for (const [service, definition] of Object.entries(services)) {
      const fields: JsonObject = {};
      for (const [name, field] of Object.entries(definition.fields ?? {})) {
        const description: JsonObject = { required: field.required ?? false };
        if (field.example !== undefined) description['example'] = field.example;
        fields[name] = description;
      }
      const description: JsonObject = { name: service, description: '', fields };
      if (definition.entityService) description['target'] = { entity: [{ domain: [domain] }] };
      domainDescriptions[service] = description;
    }
    described[domain] = domainDescriptions;
  }
  return described;
}

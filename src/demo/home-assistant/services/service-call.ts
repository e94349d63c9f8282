import type { HaContext, JsonObject, JsonValue } from '../ha-types';
import { HaError } from '../ha-error';
import type { DemoHome } from '../home-state';

/** Where a call is aimed, as `call_service`'s `target` (and legacy `entity_id` in data) say. */
export interface ServiceTarget {
  entity_id?: string | string[];
  device_id?: string | string[];
  area_id?: string | string[];
}

/** A service call on its way to a handler. */
export interface ServiceCall {
  domain: string;
  service: string;
  /** service_data without the targeting keys. */
  data: JsonObject;
  target: ServiceTarget;
  context: HaContext;
}

/**
 * What a handler does with a call. Entity services get the ids already
 * resolved (areas and devices expanded, other domains dropped) as Home
 * Assistant's entity service helper does; others get an empty list.
 */
export type ServiceHandler = (home: DemoHome, call: ServiceCall, entityIds: string[]) => unknown;

/** A service as the demo registers it; `fields` feeds `get_services`. */
export interface ServiceDefinition {
  handler: ServiceHandler;
  /** True when the service acts on entities of its own domain. */
  entityService: boolean;
  fields?: Record<string, { required?: boolean; example?: JsonValue }>;
}

export type DomainServices = Record<string, ServiceDefinition>;

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The entities of `domain` a target names, directly or through an area or a
 * device. An entity's area is its own or, when unset, its device's.
 */
export function resolveTargetEntities(
  home: DemoHome,
  domain: string,
  target: ServiceTarget,
): string[] {
  const wanted = new Set<string>();
  const entityIds = asList(target.entity_id);
  const areaIds = new Set(asList(target.area_id));
  const deviceIds = new Set(asList(target.device_id));
  const deviceArea = new Map(home.devices.map((device) => [device.id, device.area_id]));

  if (entityIds.includes('all')) {
    for (const state of home.getStates()) wanted.add(state.entity_id);
  }
  for (const entityId of entityIds) wanted.add(entityId);
  for (const entry of home.entities) {
    const area = entry.area_id ?? (entry.device_id ? deviceArea.get(entry.device_id) : null);
    if ((area && areaIds.has(area)) || (entry.device_id && deviceIds.has(entry.device_id))) {
      wanted.add(entry.entity_id);
    }
  }
  return [...wanted].filter(
    (entityId) => entityId.startsWith(`${domain}.`) && home.getState(entityId) !== undefined,
  );
}

/** Reads an optional number field, rejecting what Home Assistant's schema would. */
export function numberField(
  call: ServiceCall,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const value = call.data[name];
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < min || number > max) {
    throw new HaError(
      'invalid_format',
      `value must be between ${min} and ${max} for dictionary value @ data['${name}']`,
    );
  }
  return number;
}

/** Reads an optional string field. */
export function stringField(call: ServiceCall, name: string): string | undefined {
  const value = call.data[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new HaError('invalid_format', `expected str for dictionary value @ data['${name}']`);
  }
  return String(value);
}

/** Fails the way Home Assistant's schema does when a required field is missing. */
export function requireKey(call: ServiceCall, name: string): void {
  if (call.data[name] === undefined || call.data[name] === null) {
    throw new HaError('invalid_format', `required key not provided @ data['${name}']`);
  }
}

/** Reads a required string field. */
export function requiredString(call: ServiceCall, name: string): string {
  requireKey(call, name);
  return stringField(call, name) ?? '';
}

/** Reads an optional boolean field. */
export function booleanField(call: ServiceCall, name: string): boolean | undefined {
  const value = call.data[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw new HaError('invalid_format', `expected bool for dictionary value @ data['${name}']`);
  }
  return value;
}

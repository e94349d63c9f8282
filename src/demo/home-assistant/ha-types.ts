/**
 * The shapes Home Assistant puts on its WebSocket API, as the demo backend
 * produces them. Field names follow Home Assistant's own JSON (snake_case) so
 * a real client library reads them unchanged.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Who and what caused a change; Home Assistant threads it through events. */
export interface HaContext {
  id: string;
  parent_id: string | null;
  user_id: string | null;
}

/** One entity's state, as `get_states` and `state_changed` events carry it. */
export interface HaState {
  entity_id: string;
  state: string;
  attributes: JsonObject;
  last_changed: string;
  last_updated: string;
  context: HaContext;
}

/** An event on Home Assistant's bus, as `subscribe_events` forwards it. */
export interface HaEvent {
  event_type: string;
  data: Readonly<Record<string, unknown>>;
  origin: 'LOCAL' | 'REMOTE';
  time_fired: string;
  context: HaContext;
}

/** `config/area_registry/list` entry (Home Assistant 2024.x+ fields). */
export interface HaAreaEntry {
  area_id: string;
  name: string;
  aliases: string[];
  floor_id: string | null;
  icon: string | null;
  labels: string[];
  picture: string | null;
  humidity_entity_id: string | null;
  temperature_entity_id: string | null;
  created_at: number;
  modified_at: number;
}

/** `config/device_registry/list` entry. */
export interface HaDeviceEntry {
  id: string;
  area_id: string | null;
  name: string;
  name_by_user: string | null;
  manufacturer: string;
  model: string;
  model_id: string | null;
  sw_version: string | null;
  hw_version: string | null;
  serial_number: string | null;
  identifiers: [string, string][];
  connections: [string, string][];
  config_entries: string[];
  config_entries_subentries: Record<string, (string | null)[]>;
  primary_config_entry: string;
  configuration_url: string | null;
  disabled_by: string | null;
  entry_type: string | null;
  labels: string[];
  via_device_id: string | null;
  created_at: number;
  modified_at: number;
}

/** `config/entity_registry/list` entry. */
export interface HaEntityRegistryEntry {
  id: string;
  entity_id: string;
  unique_id: string;
  platform: string;
  device_id: string | null;
  area_id: string | null;
  config_entry_id: string;
  config_subentry_id: string | null;
  name: string | null;
  original_name: string | null;
  icon: string | null;
  disabled_by: string | null;
  hidden_by: string | null;
  entity_category: 'config' | 'diagnostic' | null;
  has_entity_name: boolean;
  labels: string[];
  categories: Record<string, string>;
  options: Record<string, JsonObject>;
  translation_key: string | null;
  created_at: number;
  modified_at: number;
}

/** The `error` object of a failed result, as Home Assistant sends it. */
export interface HaErrorBody {
  code: string;
  message: string;
  translation_domain?: string;
  translation_key?: string;
  translation_placeholders?: Record<string, string>;
}

/** Everything the demo server sends down the socket. */
export type HaServerMessage =
  | { type: 'auth_required'; ha_version: string }
  | { type: 'auth_ok'; ha_version: string }
  | { type: 'auth_invalid'; message: string }
  | { id: number; type: 'result'; success: true; result: unknown }
  | { id: number; type: 'result'; success: false; error: HaErrorBody }
  | { id: number; type: 'event'; event: unknown }
  | { id: number; type: 'pong' };

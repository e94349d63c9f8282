/**
 * The household's devices as the portal sees them: Home Assistant's states,
 * joined with its area, device and entity registries, in plain typed shapes.
 * Produced by HomeConnection; read by the My Home screen and the alarm overlay.
 */

/**
 * Where the connection stands, for the screen to explain:
 * - `connecting`: first attempt under way, nothing to show yet;
 * - `live`: connected, entities current;
 * - `stale`: the hub was reached before and the link dropped; entities keep
 *   their last values, `staleSince` says since when; retrying with backoff;
 * - `auth-failed`: the hub refused the token (no retrying until restarted);
 * - `unreachable`: never reached the hub since start; retrying with backoff.
 */
export type HomeStatus = 'connecting' | 'live' | 'stale' | 'auth-failed' | 'unreachable';

/** An area (room) from Home Assistant's area registry. */
export interface HomeArea {
  id: string;
  name: string;
}

/** One entity: its current state joined with what the registries say about it. */
export interface HomeEntity {
  /** The entity id, e.g. `light.living_room_ceiling`. */
  id: string;
  /** The part before the dot: `light`, `binary_sensor`… */
  domain: string;
  /** The name the household gave it (friendly_name), else one made from the id. */
  name: string;
  state: string;
  attributes: Record<string, unknown>;
  /** The entity's own area, else its device's; unset when neither has one. */
  areaId?: string;
  /** The device it belongs to, from the registries (a doorbell and its camera share one). */
  deviceId?: string;
  deviceClass?: string;
  /** `unit_of_measurement`, for sensors. */
  unit?: string;
  /** When the state string last changed, in ms since the epoch (Home Assistant's clock). */
  lastChanged: number;
  /**
   * True when Home Assistant's registry hides the entity or files it as a
   * `config`/`diagnostic` entity: Home Assistant's own dashboards leave these
   * out, and so does groupByArea. Alarms still come from them.
   */
  hidden?: boolean;
}

export interface HomeSnapshot {
  status: HomeStatus;
  /** Areas in registry order. */
  areas: HomeArea[];
  entities: ReadonlyMap<string, HomeEntity>;
  /** When the link dropped (ms since the epoch, this device's clock); set while stale. */
  staleSince?: number;
}

export type AlarmKind = 'smoke' | 'gas' | 'co' | 'moisture' | 'safety' | 'intrusion' | 'doorbell';

/** Something the household must see now, whatever is on screen. */
export interface HomeAlarm {
  /** Entity id and the state's last change: the same alarm always has the same key. */
  key: string;
  kind: AlarmKind;
  entityId: string;
  name: string;
  areaName?: string;
  /** When it happened (ms since the epoch, Home Assistant's clock). */
  at: number;
  /** Everything but the doorbell. */
  critical: boolean;
}

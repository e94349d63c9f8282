/**
 * Turns the home's state changes into alarms for the overlay: smoke, gas,
 * carbon monoxide, water, an electrical safety trip, an intrusion, a ring at
 * the door (see alarm-kinds.ts for what counts).
 *
 * - A hazard sensor that is `on` raises one alarm per on-period, including when
 *   it is already on at the first connection: somebody must see it. `clear`
 *   follows when it reads `off` again (`unavailable`/`unknown` leave it raised).
 * - A door, window or motion sensor raises an intrusion only when it turns on
 *   while the house is armed (arming with a window open is not an intrusion);
 *   disarming clears those alarms.
 * - A panel raises an intrusion while `triggered`.
 * - A doorbell (an `event` entity, device class doorbell) rings each time its
 *   state, the time it fired, changes after the first sight; it is never
 *   critical and never cleared.
 *
 * An alarm's `key` is the entity id and the state's last change, so the
 * overlay can drop an alarm it already shows. Alarms stay raised through a
 * stale link. The current snapshot is checked in a microtask after
 * construction, so listeners added right after `new` hear alarms already on.
 *
 * Events: `alarm` and `clear`, both CustomEvent<HomeAlarm>.
 */
import { classifyAlarm, isCritical, panelArming, type PanelArming } from './alarm-kinds.js';
import type { AlarmKind, HomeAlarm, HomeEntity, HomeSnapshot } from './home-types.js';

/** What the watcher reads: a HomeConnection, or anything with its snapshot and `change` event. */
export interface HomeSnapshotSource extends EventTarget {
  readonly snapshot: HomeSnapshot;
}

/** States that say nothing about the hazard: keep whatever alarm is raised. */
const UNSETTLED = new Set(['unknown', 'unavailable']);

export class AlarmWatcher extends EventTarget {
  private readonly _active = new Map<string, HomeAlarm>();
  /** The last state string seen per entity; absent = not seen yet. */
  private readonly _lastState = new Map<string, string>();
  /** Doorbells: the last state they were seen with, ring times only. */
  private readonly _lastRing = new Map<string, string>();
  private _arming: PanelArming = 'disarmed';
  /** Alarm panels seen: the arming is worked out again only when one of them changes. */
  private readonly _panels = new Set<string>();
  private _disposed = false;

  constructor(private readonly _source: HomeSnapshotSource) {
    super();
    _source.addEventListener('change', this._onChange);
    queueMicrotask(() => {
      if (!this._disposed) this._check([...this._source.snapshot.entities.keys()]);
    });
  }

  /** The alarms raised and not yet cleared, oldest first. */
  get active(): HomeAlarm[] {
    return [...this._active.values()];
  }

  dispose(): void {
    this._disposed = true;
    this._source.removeEventListener('change', this._onChange);
    this._active.clear();
    this._lastState.clear();
    this._lastRing.clear();
  }

  private readonly _onChange = (event: Event): void => {
    const ids = (event as CustomEvent<{ ids?: string[] }>).detail?.ids ?? [];
    this._check(ids);
  };

  private _check(ids: readonly string[]): void {
    const snapshot = this._source.snapshot;
    // A big home sends dozens of sensor changes a second: scanning every entity for the
    // panels on each of them took a throttled TV's main thread for nothing.
    const arming = this._panelsMayHaveChanged(ids, snapshot) ? panelArming(snapshot) : this._arming;
    const armingChanged = arming !== this._arming;
    this._arming = arming;
    for (const id of ids) this._checkEntity(id, snapshot, arming);
    if (!armingChanged) return;
    // Disarming (or going from away to home) stands down the sensors that no longer count.
    for (const alarm of [...this._active.values()]) {
      const entity = snapshot.entities.get(alarm.entityId);
      if (alarm.kind !== 'intrusion' || entity?.domain !== 'binary_sensor') continue;
      if (classifyAlarm(entity, arming) === null) this._clear(alarm.entityId);
    }
  }

  /** Whether `ids` (none: unknown) can include a panel, remembering the panels among them. */
  private _panelsMayHaveChanged(ids: readonly string[], snapshot: HomeSnapshot): boolean {
    let changed = ids.length === 0;
    for (const id of ids) {
      const isPanel = snapshot.entities.get(id)?.domain === 'alarm_control_panel';
      if (!isPanel && !this._panels.has(id)) continue;
      changed = true;
      if (isPanel) this._panels.add(id);
      else this._panels.delete(id);
    }
    return changed;
  }

  private _checkEntity(id: string, snapshot: HomeSnapshot, arming: PanelArming): void {
    const entity = snapshot.entities.get(id);
    const previousState = this._lastState.get(id);
    if (!entity) {
      this._lastState.delete(id);
      this._lastRing.delete(id);
      this._clear(id);
      return;
    }
    this._lastState.set(id, entity.state);
    const kind = classifyAlarm(entity, arming);

    if (entity.domain === 'event') {
      this._checkDoorbell(entity, kind, previousState === undefined, snapshot);
      return;
    }
    if (kind) {
      if (this._active.has(id)) return;
      const turnedOn = previousState !== entity.state;
      if (kind === 'intrusion' && entity.domain === 'binary_sensor' && !turnedOn) return;
      this._raise(entity, kind, snapshot, entity.lastChanged);
    } else if (!UNSETTLED.has(entity.state)) {
      this._clear(id);
    }
  }

  private _checkDoorbell(
    entity: HomeEntity,
    kind: AlarmKind | null,
    firstSight: boolean,
    snapshot: HomeSnapshot,
  ): void {
    if (firstSight) {
      // The last ring before we connected is history, not a visitor.
      this._lastRing.set(entity.id, entity.state);
      return;
    }
    // unknown/unavailable in between keep the last ring, so a device coming back is not a ring.
    if (kind !== 'doorbell' || this._lastRing.get(entity.id) === entity.state) return;
    this._lastRing.set(entity.id, entity.state);
    const firedAt = Date.parse(entity.state);
    this._raise(entity, kind, snapshot, Number.isFinite(firedAt) ? firedAt : entity.lastChanged);
  }

  private _raise(entity: HomeEntity, kind: AlarmKind, snapshot: HomeSnapshot, at: number): void {
    const alarm: HomeAlarm = {
      key: `${entity.id}@${entity.lastChanged}`,
      kind,
      entityId: entity.id,
      name: entity.name,
      at,
      critical: isCritical(kind),
    };
    const areaName = snapshot.areas.find((area) => area.id === entity.areaId)?.name;
    if (areaName !== undefined) alarm.areaName = areaName;
    if (kind !== 'doorbell') this._active.set(entity.id, alarm);
    this.dispatchEvent(new CustomEvent<HomeAlarm>('alarm', { detail: alarm }));
  }

  private _clear(id: string): void {
    const alarm = this._active.get(id);
    if (!alarm) return;
    this._active.delete(id);
    this.dispatchEvent(new CustomEvent<HomeAlarm>('clear', { detail: alarm }));
  }
}

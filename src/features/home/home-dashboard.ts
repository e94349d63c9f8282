/**
 * <hearth-home-dashboard>: the home by room. A line on top says whether the
 * hub is live, stale (connection lost: last known states, kept but marked) or
 * unreachable / refusing the token, in words. Under it the air and energy
 * readings, then one row of tiles per room. OK on a light, switch, fan or a
 * plain curtain asks the hub at once and shows the expected state; a refusal
 * rolls the tile back and says why. Curtains with stop or position, air
 * conditioning, the alarm panel and locks open a dialog of controls
 * (home-controls.ts); unlocking asks for the household PIN.
 *
 * Drawing: each tile is its own element (home-tile.ts). The hub's changes are
 * gathered and drawn together in a frame at most ten times a second, never in
 * the frame that shows a key press (frame-batch.ts); then only the tiles of
 * the changed entities are given their new state. Rooms are grouped and sorted
 * again only when that can change (dashboard-layout.ts).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import { householdPinService } from '../../data/household-pin/pin-lock.js';
import type { HomeControl } from '../../data/home/entity-controls.js';
import type { HomeChangeDetail, HomeConnection } from '../../data/home/home-connection.js';
import type { HomeServiceError } from '../../data/home/home-service-error.js';
import type { HomeEntity, HomeSnapshot } from '../../data/home/home-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { focusStyles } from '../../ui/focus-styles.js';
import '../../ui/hearth-dialog.js';
import { alarmHistoryEvents } from './alarm-history.js';
import { alarmHistoryList } from './alarm-history-list.js';
import { DashboardLayout } from './dashboard-layout.js';
import { dashboardStyles } from './dashboard-styles.js';
import { entityStateText } from './entity-text.js';
import { readingWarning } from './environment-readings.js';
import { FrameBatch } from './frame-batch.js';
import type { HearthHomeControls, HomeCallDetail, LockIntent } from './home-controls.js';
import './home-controls.js';
import { householdHomeService } from '../../data/home/household-home.js';
import type { HearthHomeTile } from './home-tile.js';
import './home-tile.js';
import { statusText } from './status-text.js';
import { refusalText, tileActivation } from './tile-activation.js';
import { emit } from '../../ui/hearth-events.js';

type Expected = HomeControl['expected'];

@customElement('hearth-home-dashboard')
export class HearthHomeDashboard extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _problem = '';
  @state() private _dialog: { id: string; intent: LockIntent } | null = null;
  private _home: HomeConnection | null = null;
  /** Entity id → what is shown while the hub has not answered yet. */
  private _pending = new Map<string, Expected>();
  private _layout = new DashboardLayout();
  /** The tiles drawn for each entity (a sensor can be both a reading and a room tile). */
  private _tiles = new Map<string, HearthHomeTile[]>();
  private _batch = new FrameBatch((ids, structure) => this._flush(ids, structure));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._home = this.services.get(householdHomeService);
    this._home?.addEventListener('change', this._onChange);
    this._home?.addEventListener('status', this._onStatus);
    alarmHistoryEvents.addEventListener('change', this._onHistory);
    this.addEventListener('hearth-key', this._onKey);
    if (this._home) this._layout.regroup(this._home.snapshot);
  }

  override disconnectedCallback(): void {
    this._home?.removeEventListener('change', this._onChange);
    this._home?.removeEventListener('status', this._onStatus);
    alarmHistoryEvents.removeEventListener('change', this._onHistory);
    this.removeEventListener('hearth-key', this._onKey);
    this._batch.cancel();
    super.disconnectedCallback();
  }

  private _onChange = (event: Event) => {
    const { ids } = (event as CustomEvent<HomeChangeDetail>).detail;
    if (ids.length === 0) this._batch.addStructure();
    else this._batch.add(ids);
  };

  private _onStatus = () => this._batch.addStructure();
  private _onHistory = () => this.requestUpdate();
  /**
   * Using My Home is using the TV: the household PIN's idle clock starts again. The hub's
   * waiting changes are drawn after the frame that shows this press, not in it.
   */
  private _onKey = () => {
    this.services.get(householdPinService).noteActivity();
    this._batch.yieldToInput();
  };

  /** A batch of changes (frame-batch.ts): the changed tiles get their state, or all is regrouped. */
  private _flush(ids: ReadonlySet<string>, structure: boolean): void {
    const snapshot = this._home?.snapshot;
    if (!snapshot) return;
    if (this._layout.needsRegroup(snapshot, ids, structure)) {
      this._layout.regroup(snapshot);
      this.requestUpdate();
      return;
    }
    for (const id of ids) this._refreshTiles(id);
  }

  /** An entity's tiles (and its open dialog) get its current state, pending change included. */
  private _refreshTiles(id: string): void {
    const entity = this._home?.snapshot.entities.get(id);
    if (!entity) return;
    const shown = this._shown(entity);
    for (const tile of this._tiles.get(id) ?? []) {
      tile.entity = shown;
      if (tile.label) tile.warning = this._warningFor(tile.label, shown);
    }
    if (this._dialog?.id === id) {
      const controls = this.renderRoot.querySelector<HearthHomeControls>('hearth-home-controls');
      if (controls) controls.entity = shown;
    }
  }

  private _warningFor(label: string, entity: HomeEntity): string {
    const reading = this._layout.readings.find(
      (r) => r.label === label && r.entity.id === entity.id,
    );
    return reading
      ? readingWarning(reading.kind, entity, this.config.sources.home?.thresholds)
      : '';
  }

  private _shown(entity: HomeEntity): HomeEntity {
    const pending = this._pending.get(entity.id);
    if (!pending) return entity;
    return {
      ...entity,
      state: pending.state ?? entity.state,
      attributes: pending.attributes
        ? { ...entity.attributes, ...pending.attributes }
        : entity.attributes,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After a full draw: which tile elements show which entity.
    const tiles = new Map<string, HearthHomeTile[]>();
    for (const tile of this.renderRoot.querySelectorAll('hearth-home-tile')) {
      const id = tile.entity?.id;
      if (!id) continue;
      const list = tiles.get(id);
      if (list) list.push(tile);
      else tiles.set(id, [tile]);
    }
    this._tiles = tiles;
  }

  override render() {
    const home = this._home;
    const snapshot = home?.snapshot;
    if (!home || !snapshot) return nothing;
    if (this._layout.statusChanged(snapshot)) this._layout.regroup(snapshot);
    const { rooms, readings } = this._layout;
    const stale = snapshot.status !== 'live';
    const current = (entity: HomeEntity) => this._shown(snapshot.entities.get(entity.id) ?? entity);
    const thresholds = this.config.sources.home?.thresholds;
    const text = statusText(snapshot, this.config.timeZone);
    return html`
      ${
        rooms.length === 0 && readings.length === 0
          ? // Nothing else to focus (no hub yet, a refused token): the message takes focus, so
            // the remote still has somewhere to be and a screen reader reads it.
            html`<p
              class="status ${snapshot.status} focusable"
              role="status"
              tabindex="-1"
              ${focusable({ key: 'status' })}
            >
              ${text}
            </p>`
          : html`<p class="status ${snapshot.status}" role="status">${text}</p>`
      }
      ${this._problem ? html`<p class="problem" role="alert">${this._problem}</p>` : nothing}
      <div
        class="scroller"
        ${zone({ id: 'home.rooms', scroll: true })}
        @hearth-home-tile-ok=${this._onTileOk}
      >
        <section class="room">
          <div class="tiles">
            <button
              class="tile sos focusable"
              data-action="sos"
              ${focusable({ key: 'sos' })}
              @click=${() => emit(window, 'hearth-sos')}
            >
              <span class="value">${msg('一键求助', { id: 'home.sos.tile' })}</span>
              <span class="name"
                >${msg('也可以在任何画面长按红色键', { id: 'home.sos.hint' })}</span
              >
            </button>
          </div>
        </section>
        ${
          readings.length
            ? html`<section class="room">
                <h2>${msg('空气和用电', { id: 'home.environment' })}</h2>
                <div class="tiles">
                  ${repeat(
                    readings,
                    (r) => r.kind,
                    (r) => {
                      const entity = current(r.entity);
                      return html`<hearth-home-tile
                        .entity=${entity}
                        .stale=${stale}
                        .label=${r.label}
                        .warning=${readingWarning(r.kind, entity, thresholds)}
                      ></hearth-home-tile>`;
                    },
                  )}
                </div>
              </section>`
            : nothing
        }
        ${repeat(
          rooms,
          (room) => room.area?.id ?? '',
          (room) =>
            html`<section
              class="room"
              ${
                // A zone per room: a move within a room weighs that room's tiles, not the
                // whole home's. No memory: Down into a room lands on the nearest tile.
                // Weighed by the room's own box: a room scrolled out of sight is skipped
                // by the browser (content-visibility), and measuring its tiles to find the
                // next room laid out every such room again on each press that left one.
                zone({ id: `home.room.${room.area?.id ?? '-'}`, memory: false, box: 'element' })
              }
            >
              <h2>${room.area?.name ?? msg('其他', { id: 'home.noArea' })}</h2>
              <div class="tiles">
                ${repeat(
                  room.entities,
                  (entity) => entity.id,
                  (entity) =>
                    html`<hearth-home-tile
                      .entity=${current(entity)}
                      .stale=${stale}
                      .home=${home}
                    ></hearth-home-tile>`,
                )}
              </div>
            </section>`,
        )}
        ${alarmHistoryList(this.config.timeZone)}
      </div>
      ${this._dialogTemplate(snapshot)}
    `;
  }

  private _dialogTemplate(snapshot: HomeSnapshot) {
    const open = this._dialog;
    const entity = open ? snapshot.entities.get(open.id) : undefined;
    if (!open || !entity) return nothing;
    return html`<hearth-dialog
      layer-id="home.controls"
      heading=${entity.name}
      @hearth-dialog-close=${this._closeDialog}
    >
      <hearth-home-controls
        .entity=${this._shown(entity)}
        intent=${open.intent}
        message=${this._problem}
        @hearth-home-call=${this._onCall}
      ></hearth-home-controls>
    </hearth-dialog>`;
  }

  private _closeDialog = (event: Event) => {
    event.stopPropagation();
    this._dialog = null;
    this._problem = '';
  };

  private _onTileOk = (event: CustomEvent<{ id: string }>) => {
    const entity = this._home?.snapshot.entities.get(event.detail.id);
    if (entity) this._activate(entity);
  };

  private _onCall = (event: CustomEvent<HomeCallDetail>) => {
    const { id, control, close } = event.detail;
    const entity = this._home?.snapshot.entities.get(id);
    if (close) this._dialog = null;
    if (entity) void this._run(entity, control);
  };

  /** OK on a tile: one call at once, or the controls (and the PIN) first. */
  private _activate(entity: HomeEntity): void {
    if (this._home?.snapshot.status !== 'live') {
      this._say(msg('现在连不上家庭中枢，稍后再试。', { id: 'home.notNow' }));
      return;
    }
    const activation = tileActivation(
      entity,
      this._shown(entity),
      this.services.get(householdPinService).state === 'unlocked',
    );
    if (activation.kind === 'call') {
      void this._run(entity, activation.control);
    } else if (activation.kind === 'lock') {
      this._dialog = { id: entity.id, intent: activation.intent };
    } else if (activation.kind === 'controls') {
      this._problem = '';
      this._dialog = { id: entity.id, intent: 'unlock' };
    }
  }

  /** Shows the expected state at once, asks the hub, and rolls back with a word if it refuses. */
  private async _run(entity: HomeEntity, control: HomeControl): Promise<void> {
    const home = this._home;
    if (!home) return;
    const id = entity.id;
    this._pending.set(id, control.expected);
    this._refreshTiles(id);
    speechBridge().announce(`${entity.name}, ${entityStateText(this._shown(entity))}`);
    try {
      await home.callService(control.domain, control.service, control.data, { entity_id: id });
      this._problem = '';
    } catch (error) {
      const refusal = error as HomeServiceError;
      // The code and the call's data stay out of the log: a code may be among them.
      console.warn(
        `[hearth:home] ${control.domain}.${control.service} refused: ${refusal.code ?? 'unknown'}`,
      );
      this._say(refusalText(entity.name, refusal));
    } finally {
      if (this._pending.get(id) === control.expected) this._pending.delete(id);
      this._refreshTiles(id);
    }
  }

  private _say(text: string): void {
    this._problem = text;
    speechBridge().announce(text, 'assertive');
  }

  static override styles = [focusStyles, dashboardStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-dashboard': HearthHomeDashboard;
  }
}

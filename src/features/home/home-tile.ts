/**
 * <hearth-home-tile>: one device on the dashboard. Each tile is its own
 * element holding its own entity, so a state change redraws that tile alone
 * instead of the whole dashboard. It draws into its own children (no shadow
 * root): the dashboard's grid and focus styles apply, and the tile button is
 * the grid item (`display: contents`).
 *
 * @fires hearth-home-tile-ok - { id } when the tile is pressed
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HomeConnection } from '../../data/home/home-connection.js';
import type { HomeEntity } from '../../data/home/home-types.js';
import { focusable } from '../../focus/directives.js';
import { emitWith } from '../../ui/hearth-events.js';
import { primaryAction } from './entity-action.js';
import { entityNeedsAttention, entityStateText, tileHasControls } from './entity-text.js';
import './camera-picture.js';

export interface TileOkDetail {
  id: string;
}

@customElement('hearth-home-tile')
export class HearthHomeTile extends LitElement {
  /** The entity as shown: pending (optimistic) state already applied. */
  @property({ attribute: false }) entity!: HomeEntity;
  /** The link is down: the state may be old. */
  @property({ type: Boolean }) stale = false;
  /** A reading tile: its kind ("湿度") instead of the device's name. */
  @property() label = '';
  /** A reading past its threshold, in words ("偏高"); empty when fine. */
  @property() warning = '';
  /** For camera tiles: where the picture comes from. */
  @property({ attribute: false }) home: HomeConnection | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'contents';
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return this.entity !== undefined && super.shouldUpdate(changed);
  }

  override render() {
    const entity = this.entity;
    const text = entityStateText(entity);
    const reading = this.label !== '';
    const controllable = primaryAction(entity) !== null || tileHasControls(entity);
    const attention = entityNeedsAttention(entity) || this.warning !== '';
    const key = reading ? `reading:${entity.id}` : entity.id;
    const value = this.warning ? `${text} · ${this.warning}` : text;
    const camera = entity.domain === 'camera';
    const classes = `tile focusable ${reading ? 'reading' : ''} ${camera ? 'camera' : ''} ${
      attention ? 'attention' : ''
    } ${this.stale ? 'stale' : ''}`;
    const picture = camera
      ? html`<hearth-home-camera-picture
          .home=${this.home}
          .picture=${entity.attributes['entity_picture']}
          .name=${entity.name}
        ></hearth-home-camera-picture>`
      : nothing;
    if (reading || !controllable) {
      // Something to read, not to press (a sensor, a camera): still reachable with the
      // arrows, so every row is whole and the speech bridge can read each value.
      return html`<div
        class=${classes}
        tabindex="-1"
        data-entity=${entity.id}
        ${focusable({ key })}
      >
        ${picture}
        <span class="name">${reading ? this.label : entity.name}</span>
        <span class="value">${value}</span>
      </div>`;
    }
    return html`<button
      class=${classes}
      data-entity=${entity.id}
      aria-label=${`${entity.name}, ${value}`}
      aria-disabled=${this.stale ? 'true' : 'false'}
      ${focusable({ key })}
      @click=${this._ok}
    >
      <span class="name">${entity.name}</span>
      <span class="value">${value}</span>
    </button>`;
  }

  private _ok = () => {
    // Bubbles to the dashboard that holds the tile, inside its shadow root only.
    emitWith(this, 'hearth-home-tile-ok', { bubbles: true }, { id: this.entity.id });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-tile': HearthHomeTile;
  }
  interface HearthEvents {
    /** OK on a tile: the dashboard decides what it does (a PIN first, a dialog, a toggle). */
    'hearth-home-tile-ok': TileOkDetail;
  }
}

/**
 * The home screen: one large tile per enabled area, in the registry's order.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../focus/directives.js';
import { focusStyles, scaled } from '../ui/focus-styles.js';
import type { AreaDefinition } from './area-registry.js';
import { requestNavigation } from './navigation.js';

@customElement('hearth-home')
export class HearthHome extends LitElement {
  @property({ attribute: false }) areas: AreaDefinition[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`
      <h2 class="greeting">${msg('您好，请选择', { id: 'home.greeting' })}</h2>
      <ul
        class="tiles ${this.areas.length > 6 ? 'many' : ''}"
        role="list"
        ${zone({ id: 'home.tiles', scroll: true })}
      >
        ${repeat(
          this.areas,
          (area) => area.id,
          (area) => html`
            <li role="listitem">
              <button
                class="tile focusable"
                data-area=${area.id}
                aria-describedby="desc-${area.id}"
                ${focusable({ key: area.id })}
                @click=${() => this._open(area)}
              >
                <span class="icon" aria-hidden="true">${area.icon()}</span>
                <span class="title">${area.title()}</span>
                <span class="desc" id="desc-${area.id}">${area.description()}</span>
                ${area.badge ? html`<span class="badge">${area.badge.render()}</span>` : nothing}
              </button>
            </li>
          `,
        )}
      </ul>
    `;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A tile's badge is not needed for the first paint: its code loads after.
    if (changed.has('areas')) {
      for (const area of this.areas) {
        if (area.badge) setTimeout(() => void area.badge?.load(), 0);
      }
    }
  }

  private _open(area: AreaDefinition): void {
    const first = area.routes[0];
    if (first) requestNavigation(this, first.path);
  }

  static override styles = [
    focusStyles,
    css`
      /* A column whose tiles scroll when they do not fit (a warning's banner, long
         English words): the focused tile is scrolled into view, never hidden. */
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
      }
      .greeting {
        margin: 24px 0 40px;
        font-size: ${scaled(44)};
        font-weight: 500;
        color: var(--hearth-muted, #bbb);
      }
      .tiles {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        /* Chromium 57–65 know grid gaps only by this name. */
        grid-gap: 48px;
        gap: 48px;
        margin: 0;
        padding: 12px;
        list-style: none;
        min-height: 0;
        overflow-y: auto;
      }
      /* Seven or eight areas: two rows of four, so every tile stays on the screen. */
      .tiles.many {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        grid-gap: 32px;
        gap: 32px;
      }
      /* English descriptions run to four lines in a quarter of the screen: the
         smaller icon and spacing keep both rows on screen at the standard size. */
      .many .tile {
        min-height: 260px;
        padding: 24px 32px;
        gap: 10px;
      }
      :host-context([data-no-flex-gap]) .many .tile > * + * {
        margin-top: 10px;
      }
      .many .icon {
        width: 56px;
        height: 56px;
      }
      .many .title {
        font-size: ${scaled(42)};
      }
      /* Top right of its tile, where a lower edge under a warning banner cannot hide it. */
      .badge {
        position: absolute;
        top: 32px;
        right: 32px;
      }
      .tile {
        position: relative;
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        width: 100%;
        min-height: 300px;
        padding: 40px;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 28px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        text-align: left;
        cursor: pointer;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) .tile > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 16px;
      }
      .tile:focus {
        background: var(--hearth-surface-raised, #2a3038);
      }
      .icon {
        width: 88px;
        height: 88px;
        color: var(--hearth-accent, #e8a33d);
      }
      .icon svg {
        width: 100%;
        height: 100%;
      }
      .title {
        font-size: ${scaled(48)};
        font-weight: 700;
      }
      .desc {
        font-size: ${scaled(28)};
        line-height: 1.4;
        color: var(--hearth-muted, #bbb);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home': HearthHome;
  }
}

/**
 * The bar above every screen: the operator's brand, the clock and the network.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { scaled } from '../ui/focus-styles.js';
import './hearth-clock.js';
import './network-status.js';

@customElement('hearth-top-bar')
export class HearthTopBar extends LitElement {
  @property({ attribute: 'operator-name' }) operatorName = '';
  @property() logo: string | undefined;
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Shanghai';
  /** Title of the current screen, next to the brand. */
  @property({ attribute: 'screen-title' }) screenTitle = '';

  override render() {
    return html`
      <div class="brand">
        ${this.logo ? html`<img class="logo" src=${this.logo} alt="" />` : nothing}
        <span class="name">${this.operatorName}</span>
        ${
          this.screenTitle
            ? html`<span class="sep" aria-hidden="true">·</span>
                <h1 class="screen">${this.screenTitle}</h1>`
            : nothing
        }
      </div>
      <div class="status">
        <slot name="status"></slot>
        <hearth-network-status></hearth-network-status>
        <hearth-clock time-zone=${this.timeZone}></hearth-clock>
      </div>
    `;
  }

  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      justify-content: space-between;
      height: 96px;
      color: var(--hearth-fg, #fff);
    }
    .brand {
      display: flex;
      align-items: center;
      min-width: 0;
      gap: 20px;
    }
    :host-context([data-no-flex-gap]) .brand > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 20px;
    }
    .logo {
      height: 64px;
      max-width: 240px;
      object-fit: contain;
    }
    .name {
      font-size: ${scaled(40)};
      font-weight: 700;
      color: var(--hearth-accent, #e8a33d);
      white-space: nowrap;
    }
    .sep {
      font-size: ${scaled(40)};
      color: var(--hearth-muted, #bbb);
    }
    .screen {
      margin: 0;
      font-size: ${scaled(40)};
      font-weight: 500;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 40px;
    }
    :host-context([data-no-flex-gap]) .status > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 40px;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-top-bar': HearthTopBar;
  }
}

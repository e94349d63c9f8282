/**
 * Online / offline in the top bar, from the browser's own signal. The
 * service-worker layer adds the outbox count next to it.
 */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { scaled } from '../ui/focus-styles.js';

@customElement('hearth-network-status')
export class HearthNetworkStatus extends LitElement {
  @state() private _online = navigator.onLine;
  private _update = () => {
    this._online = navigator.onLine;
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this._update);
    window.addEventListener('offline', this._update);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('online', this._update);
    window.removeEventListener('offline', this._update);
    super.disconnectedCallback();
  }

  override render() {
    const label = this._online
      ? msg('已联网', { id: 'shell.network.online' })
      : msg('网络已断开', { id: 'shell.network.offline' });
    return html`<span class="dot ${this._online ? 'on' : 'off'}" aria-hidden="true"></span
      ><span role="status" data-online=${String(this._online)}>${label}</span>`;
  }

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      font-size: ${scaled(28)};
      color: var(--hearth-fg, #fff);
      gap: 12px;
    }
    :host-context([data-no-flex-gap]) > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-left: 12px;
    }
    .dot {
      width: 18px;
      height: 18px;
      border-radius: 50%;
    }
    .on {
      background: #3ec46d;
    }
    .off {
      background: #e5484d;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-network-status': HearthNetworkStatus;
  }
}

/**
 * "Continue on a phone": a QR code of the operator's mobile page for this
 * service. The address carries the service id and nothing else (no personal
 * data ever goes into a URL), so the phone starts the form afresh.
 *
 * @fires hearth-dialog-close - Back or 关闭
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import QRCode from 'qrcode';
import { focusable } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles } from '../../ui/focus-styles.js';
import '../../ui/hearth-dialog.js';
import { emit } from '../../ui/hearth-events.js';

@customElement('hearth-hand-off-dialog')
export class HearthHandOffDialog extends LitElement {
  @property() url = '';
  @property({ attribute: 'service-title' }) serviceTitle = '';

  @state() private _svg = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('url') || !this.url) return;
    // Generated here from the URL; the SVG text is qrcode's own output, not outside input.
    void QRCode.toString(this.url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => (this._svg = svg),
    );
  }

  override render() {
    return html`<hearth-dialog
      layer-id="services.handoff"
      heading=${msg('用手机继续填写', { id: 'services.detail.handoff' })}
    >
      <div class="body">
        <div class="qr" role="img" aria-label=${msg('二维码', { id: 'services.handoff.qr' })}>
          ${this._svg ? unsafeSVG(this._svg) : nothing}
        </div>
        <p>
          ${msg(
            str`用手机扫描二维码，在手机上办理“${this.serviceTitle}”。电视上的草稿不会传到手机。`,
            {
              id: 'services.handoff.body',
            },
          )}
        </p>
      </div>
      <button
        slot="actions"
        class="button focusable"
        data-action="close"
        ${focusable({ key: 'close', autofocus: true })}
        @click=${() => emit(this, 'hearth-dialog-close')}
      >
        ${msg('关闭', { id: 'services.handoff.close' })}
      </button>
    </hearth-dialog>`;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      .body {
        display: flex;
        align-items: center;
        gap: 40px;
      }
      :host-context([data-no-flex-gap]) .body > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 40px;
      }
      .qr {
        width: 360px;
        height: 360px;
        flex: none;
        background: #fff;
        border-radius: 12px;
      }
      .qr svg {
        width: 100%;
        height: 100%;
      }
      p {
        max-width: 640px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-hand-off-dialog': HearthHandOffDialog;
  }
}

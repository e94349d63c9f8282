/**
 * <hearth-health-video>: how to join a video consultation. A QR code of the
 * link for a phone, always; when the TV may open the link itself (https, or
 * the FHIR server's own origin), a button that opens the room over the whole
 * stage. Back (or the Leave button) closes the room. The room is sandboxed: it
 * may run its call, but not navigate the portal, open windows or start downloads.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import QRCode from 'qrcode';
import type { VideoLink } from '../../data/health/health-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { focusEngine } from '../../focus/focus-singleton.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

@customElement('hearth-health-video')
export class HearthHealthVideo extends LitElement {
  @property({ attribute: false }) link!: VideoLink;
  /** Take focus when shown (the reminder overlay wants its own button first). */
  @property({ type: Boolean, attribute: 'take-focus' }) takeFocus = false;
  @state() private _qr = '';
  @state() private _joined = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('link') && this.link) void this._drawQr(this.link.url);
  }

  override render() {
    if (!this.link) return nothing;
    return html`<div class="panel">
        <div
          class="qr"
          role="img"
          aria-label=${msg('视频诊室链接的二维码', { id: 'health.video.qrLabel' })}
        >
          ${this._qr ? unsafeHTML(this._qr) : nothing}
        </div>
        <div class="side">
          <p>${msg('用手机微信或相机扫码，在手机上进入视频诊室。', { id: 'health.video.scan' })}</p>
          ${
            this.link.openOnTv
              ? html`<p>
                    ${msg('也可以直接在电视上进入（电视需要有摄像头和麦克风）。', { id: 'health.video.tvHint' })}
                  </p>
                  <button
                    class="button focusable"
                    data-action="join"
                    ${focusable({ key: 'join', autofocus: this.takeFocus })}
                    @click=${this._join}
                  >
                    ${msg('在电视上进入诊室', { id: 'health.video.join' })}
                  </button>`
              : nothing
          }
        </div>
      </div>
      ${
        this._joined
          ? html`<div
              class="room"
              ${zone({ id: 'health.video.room', layer: true, trap: true, memory: false })}
            >
              <iframe
                src=${this.link.url}
                title=${msg('视频诊室', { id: 'health.video.room' })}
                tabindex="-1"
                allow="camera; microphone; autoplay; fullscreen"
                sandbox="allow-scripts allow-same-origin allow-forms"
                referrerpolicy="no-referrer"
              ></iframe>
              <button
                class="button focusable leave"
                data-action="leave"
                ${focusable({ key: 'leave', autofocus: true })}
                @click=${this._leave}
              >
                ${msg('离开诊室（返回键）', { id: 'health.video.leave' })}
              </button>
            </div>`
          : nothing
      }`;
  }

  private async _drawQr(url: string): Promise<void> {
    try {
      this._qr = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    } catch {
      this._qr = '';
    }
  }

  private _join = async () => {
    this._joined = true;
    await this.updateComplete;
    focusEngine().focusInitial(this.renderRoot.querySelector('.room') ?? undefined);
  };

  private _leave = () => {
    this._joined = false;
  };

  private _onKey = (event: HearthKeyEvent) => {
    if (this._joined && event.detail.key === 'Back') {
      event.preventDefault();
      this._leave();
    }
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        font-size: ${scaled(32)};
      }
      .panel {
        display: flex;
        align-items: center;
        gap: 48px;
      }
      :host-context([data-no-flex-gap]) .panel > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 48px;
      }
      .qr {
        flex: none;
        width: 360px;
        height: 360px;
        background: #fff;
        border-radius: 16px;
      }
      .qr svg {
        width: 100%;
        height: 100%;
      }
      .side {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .side > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .side p {
        margin: 0;
      }
      .room {
        position: fixed;
        top: 0;
        right: 0;
        bottom: 0;
        left: 0;
        z-index: 150;
        background: #000;
      }
      iframe {
        width: 100%;
        height: 100%;
        border: 0;
      }
      .leave {
        position: absolute;
        top: 54px;
        right: 96px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-health-video': HearthHealthVideo;
  }
}

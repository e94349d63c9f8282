/**
 * <hearth-sos>: holding Red (for the configured seconds) calls for help from
 * any screen, and the screen says what happened: calling, sent, or that it
 * failed and what to do instead. A status panel, not a dialog: it never takes
 * the remote away from someone who may need it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../../config/types.js';
import { DEFAULT_SOS_HOLD_SECONDS } from '../../config/defaults.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { scaled } from '../../ui/focus-styles.js';
import { callForHelp, type HelpResult } from './call-for-help.js';
import type { HearthEvent } from '../../ui/hearth-events.js';

type Phase = 'idle' | 'calling' | HelpResult;
const SHOWN_MS = 15_000;

@customElement('hearth-sos')
export class HearthSos extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;
  @state() private _phase: Phase = 'idle';
  private _holdTimer: ReturnType<typeof setTimeout> | undefined;
  private _hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.addEventListener('hearth-key', this._onKey);
    document.documentElement.addEventListener('hearth-keyup', this._onKeyUp);
    window.addEventListener('hearth-sos', this._onRequest);
  }

  override disconnectedCallback(): void {
    document.documentElement.removeEventListener('hearth-key', this._onKey);
    document.documentElement.removeEventListener('hearth-keyup', this._onKeyUp);
    window.removeEventListener('hearth-sos', this._onRequest);
    clearTimeout(this._holdTimer);
    clearTimeout(this._hideTimer);
    super.disconnectedCallback();
  }

  override render() {
    if (this._phase === 'idle') return nothing;
    return html`<div class="panel ${this._phase}" role="status">${this._text()}</div>`;
  }

  private _text(): string {
    switch (this._phase) {
      case 'calling':
        return msg('正在呼叫家人…', { id: 'home.sos.calling' });
      case 'sent':
        return msg('已经通知家人，请稍候。', { id: 'home.sos.sent' });
      case 'not-configured':
        return msg('求助功能还没有设置，请直接打电话给家人或拨打 120。', {
          id: 'home.sos.notConfigured',
        });
      case 'failed':
        return msg('求助没有发出去，请直接打电话给家人或拨打 120。', { id: 'home.sos.failed' });
      default:
        return '';
    }
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Red' || event.detail.repeat) return;
    const seconds = this.config.sources.home?.sos?.holdSeconds ?? DEFAULT_SOS_HOLD_SECONDS;
    clearTimeout(this._holdTimer);
    this._holdTimer = setTimeout(() => void this._call(), seconds * 1000);
  };

  private _onKeyUp = (event: HearthKeyEvent) => {
    if (event.detail.key === 'Red') clearTimeout(this._holdTimer);
  };

  /** The SOS tile on the dashboard asks through a window event. */
  private _onRequest = () => void this._call();

  private async _call(): Promise<void> {
    if (this._phase === 'calling') return;
    this._show('calling');
    this._show(await callForHelp(this.services));
  }

  private _show(phase: Phase): void {
    this._phase = phase;
    speechBridge().announce(this._text(), 'assertive');
    clearTimeout(this._hideTimer);
    if (phase !== 'calling') this._hideTimer = setTimeout(() => (this._phase = 'idle'), SHOWN_MS);
  }

  static override styles = css`
    :host {
      position: fixed;
      left: 0;
      right: 0;
      top: 54px;
      z-index: 220;
      display: flex;
      justify-content: center;
      pointer-events: none;
    }
    .panel {
      max-width: 1400px;
      padding: 28px 56px;
      border-radius: 24px;
      background: #7a1d1d;
      color: #fff;
      font-size: ${scaled(44)};
      font-weight: 700;
      border: 6px solid #ff6b6b;
    }
    .panel.sent {
      background: #1d5a2c;
      border-color: #5ad07a;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-sos': HearthSos;
  }
  interface WindowEventMap {
    'hearth-sos': HearthEvent<'hearth-sos'>;
  }
  interface HearthEvents {
    /** Someone asked for help (the dashboard's 呼叫求助), as holding Red does. */
    'hearth-sos': null;
  }
}

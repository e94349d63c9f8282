/**
 * Asks for the household PIN and unlocks the portal's lock with it. After
 * three wrong tries the pad waits, counting down on screen.
 *
 * @fires hearth-unlocked - the PIN was right
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { PinLock } from '../../data/household-pin/pin-lock.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { refusalWords, waitWords } from './pin-words.js';
import './pin-pad.js';
import { emit, type HearthEvent } from '../hearth-events.js';

@customElement('hearth-pin-unlock')
export class HearthPinUnlock extends LitElement {
  /** Why the PIN is asked ("健康服务需要家庭密码"). */
  @property() reason = '';
  /** The household PIN (given by the area: ui knows no data store). */
  @property({ attribute: false }) lock!: PinLock;

  @state() private _message = '';
  @state() private _waitUntil = 0;
  private _tick: ReturnType<typeof setInterval> | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._startWaiting(this.lock.waitUntil);
  }

  override disconnectedCallback(): void {
    this._stopTick();
    super.disconnectedCallback();
  }

  override render() {
    const waiting = this._waitUntil > Date.now();
    return html`
      <p class="reason">${this.reason}</p>
      <hearth-pin-pad
        pad-id="pin.unlock"
        length=${this.lock.length}
        prompt=${msg('请输入家庭密码', { id: 'pin.enter' })}
        message=${waiting ? waitWords(this._waitUntil) : this._message}
        ?disabled=${waiting}
        @hearth-pin=${this._try}
      ></hearth-pin-pad>
    `;
  }

  private _try = async (event: HearthEvent<'hearth-pin'>) => {
    // Not disabled meanwhile: digits typed during the check start the next try.
    const result = await this.lock.unlock(event.detail.pin);
    if (result.ok) {
      this._message = '';
      emit(this, 'hearth-unlocked');
      return;
    }
    this._message = refusalWords(result);
    speechBridge().announce(this._message, 'assertive');
    if (result.reason === 'wrong' || result.reason === 'wait') this._startWaiting(result.waitUntil);
  };

  private _startWaiting(until: number): void {
    this._waitUntil = until;
    this._stopTick();
    if (until <= Date.now()) return;
    // Re-render each second for the countdown; stop once the wait is over.
    this._tick = setInterval(() => {
      if (Date.now() >= this._waitUntil) {
        this._stopTick();
        this._message = '';
      }
      this.requestUpdate();
    }, 1000);
  }

  private _stopTick(): void {
    if (this._tick !== null) clearInterval(this._tick);
    this._tick = null;
  }

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
    }
    :host-context([data-no-flex-gap]) > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 12px;
    }
    .reason {
      margin: 0;
      font-size: 30px;
      opacity: 0.85;
      text-align: center;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-pin-unlock': HearthPinUnlock;
  }
}

declare global {
  interface HearthEvents {
    /** The household PIN was right. */
    'hearth-unlocked': null;
  }
}

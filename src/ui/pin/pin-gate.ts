/**
 * Keeps an area behind the household PIN. Before the first unlock its content
 * is not even created (nothing is fetched, nothing shown). Once open, the
 * content stays mounted while the lock closes again after idle time, so a
 * half-filled form survives: a full-screen layer covers it and asks for the
 * PIN. With no PIN set yet, it asks the household to choose one.
 *
 * The content is a render function, not a slot: slotted light DOM would be
 * created (and start fetching) before the PIN is given.
 *
 * @property content - renders the area's screen, called only once unlocked
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { PinLock } from '../../data/household-pin/pin-lock.js';
import { zone } from '../../focus/directives.js';
import { StoreChangeController } from '../event-target-controller.js';
import './pin-setup.js';
import './pin-unlock.js';

@customElement('hearth-pin-gate')
export class HearthPinGate extends LitElement {
  /** Why this area asks for the PIN, in the household's words. */
  @property() reason = '';
  @property({ attribute: false }) content: () => TemplateResult = () => html``;
  /** The household PIN (given by the area: ui knows no data store). */
  @property({ attribute: false }) lock!: PinLock;

  private _follow = new StoreChangeController(this);
  /** The content has been shown once: from now on it stays mounted. */
  private _revealed = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override render() {
    const lock = this.lock;
    this._follow.follow(lock);
    const state = lock.state;
    if (state === 'unlocked') this._revealed = true;
    if (!this._revealed) {
      return html`<div class="ask">${state === 'no-pin' ? this._setup() : this._unlock()}</div>`;
    }
    return html`
      <div class="content" ?inert=${state !== 'unlocked'}>${this.content()}</div>
      ${
        state === 'unlocked'
          ? nothing
          : html`<div
              class="cover"
              role="dialog"
              aria-modal="true"
              aria-label=${msg('已锁定', { id: 'pin.locked' })}
              ${zone({ id: 'pin.cover', layer: true, trap: true, memory: false })}
            >
              ${state === 'no-pin' ? this._setup() : this._unlock()}
            </div>`
      }
    `;
  }

  private _unlock() {
    return html`<hearth-pin-unlock reason=${this.reason} .lock=${this.lock}></hearth-pin-unlock>`;
  }

  private _setup() {
    return html`
      <p class="why">
        ${msg('为了保护家人的隐私，请先设置一个家庭密码。以后进入这里要输入它。', {
          id: 'pin.gate.why',
        })}
      </p>
      <hearth-pin-setup mode="create" .lock=${this.lock}></hearth-pin-setup>
    `;
  }

  private _onKey = () => this.lock.noteActivity();

  static override styles = css`
    :host {
      display: block;
      position: relative;
      height: 100%;
    }
    .content {
      height: 100%;
    }
    .ask,
    .cover {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      height: 100%;
      gap: 12px;
    }
    :host-context([data-no-flex-gap]) .ask > * + *,
    :host-context([data-no-flex-gap]) .cover > * + * {
      /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
      margin-top: 12px;
    }
    /* Opaque: what was on screen (a form, a booking) is not readable behind it. */
    .cover {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      z-index: 50;
      background: var(--hearth-bg, #101418);
    }
    .why {
      max-width: 1100px;
      margin: 0;
      font-size: 32px;
      text-align: center;
      line-height: 1.5;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-pin-gate': HearthPinGate;
  }
}

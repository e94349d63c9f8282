/**
 * <hearth-home-code-pad>: a device's own code (an alarm panel's, a lock's),
 * typed with the remote: the household PIN pad's 3×4 digits and the remote's
 * number keys, shown as dots, 4–8 digits (or exactly the device's length when
 * its code format says so, sent as soon as it is complete), then "确定".
 * The code is held only until it is sent and never logged.
 *
 * @fires hearth-home-code - { code } when confirmed
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { focusStyles } from '../../ui/focus-styles.js';
import { digitDots, digitKeys, digitPadStyles, typedDigit } from '../../ui/pin/digit-pad.js';
import { emit } from '../../ui/hearth-events.js';

export const CODE_MIN = 4;
export const CODE_MAX = 8;

@customElement('hearth-home-code-pad')
export class HearthHomeCodePad extends LitElement {
  @property() prompt = '';
  /** Exactly this many digits (from the code format); 0: 4–8, confirmed with "确定". */
  @property({ type: Number }) length = 0;

  @state() private _digits = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override disconnectedCallback(): void {
    // A half-typed code is not kept for the next time the pad opens.
    this._digits = '';
    super.disconnectedCallback();
  }

  override render() {
    const ready = this.length
      ? this._digits.length === this.length
      : this._digits.length >= CODE_MIN;
    return html`
      <p class="prompt" id="prompt">${this.prompt}</p>
      ${digitDots(this._digits.length, this.length || CODE_MAX)}
      <div class="keys" role="group" aria-labelledby="prompt" ${zone({ id: 'home.code' })}>
        ${digitKeys(this._type, () => (this._digits = this._digits.slice(0, -1)))}
        <button
          class="key focusable word confirm"
          data-key="confirm"
          aria-disabled=${String(!ready)}
          ${focusable({ key: 'confirm' })}
          @click=${this._confirm}
        >
          ${msg('确定', { id: 'home.code.confirm' })}
        </button>
      </div>
    `;
  }

  private _type = (digit: string): void => {
    if (this._digits.length >= (this.length || CODE_MAX)) return;
    this._digits += digit;
    if (this.length && this._digits.length === this.length) this._confirm();
  };

  private _confirm = () => {
    const code = this._digits;
    const ready = this.length ? code.length === this.length : code.length >= CODE_MIN;
    if (!ready) return;
    this._digits = '';
    emit(this, 'hearth-home-code', { code });
  };

  private _onKey = (event: HearthKeyEvent) => {
    const digit = typedDigit(event);
    if (digit) this._type(digit);
  };

  static override styles = [
    focusStyles,
    digitPadStyles,
    css`
      .key[aria-disabled='true'] {
        opacity: 0.4;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-home-code-pad': HearthHomeCodePad;
  }
  interface HTMLElementEventMap {
    'hearth-home-code': CustomEvent<{ code: string }>;
  }
}

declare global {
  interface HearthEvents {
    /** The alarm panel's code, typed in full. */
    'hearth-home-code': { code: string };
  }
}

/**
 * A PIN pad for the remote: a 3×4 grid of digits the arrows reach, plus the
 * remote's own number keys (and a keyboard's) typed straight in. Entered digits
 * show as dots only. When the last digit is entered it fires `hearth-pin` and
 * empties itself for the next try.
 *
 * @fires hearth-pin - { pin } once `length` digits are entered
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { focusStyles, scaled } from '../focus-styles.js';
import { digitDots, digitKeys, digitPadStyles, typedDigit } from './digit-pad.js';
import { emit } from '../hearth-events.js';

@customElement('hearth-pin-pad')
export class HearthPinPad extends LitElement {
  /** Zone id of the pad (focus memory and tests). */
  @property({ attribute: 'pad-id' }) padId = 'pin.pad';
  @property() prompt = '';
  /** What went wrong with the last try, shown under the dots and read aloud. */
  @property() message = '';
  @property({ type: Number }) length = 6;
  /**
   * While waiting after wrong tries the keys do nothing. They stay focusable
   * (the focus engine skips disabled items, and focus must never be lost).
   */
  @property({ type: Boolean }) disabled = false;

  @state() private _digits = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  /** Empties the pad (after a wrong try, or when its step changes). */
  clear(): void {
    this._digits = '';
  }

  override render() {
    return html`
      <p class="prompt" id="prompt">${this.prompt}</p>
      ${digitDots(this._digits.length, this.length)}
      <p class="message" role="alert">${this.message || nothing}</p>
      <div
        class="keys ${this.disabled ? 'waiting' : ''}"
        role="group"
        aria-labelledby="prompt"
        aria-disabled=${String(this.disabled)}
        ${zone({ id: this.padId, trap: false })}
      >
        ${digitKeys(this._type, this._deleteOne)}
        <span class="key spacer" aria-hidden="true"></span>
      </div>
    `;
  }

  private _type = (digit: string): void => {
    if (this.disabled || this._digits.length >= this.length) return;
    this._digits += digit;
    if (this._digits.length < this.length) return;
    const pin = this._digits;
    this._digits = '';
    emit(this, 'hearth-pin', { pin });
  };

  private _deleteOne = () => {
    if (this.disabled) return;
    this._digits = this._digits.slice(0, -1);
  };

  private _onKey = (event: HearthKeyEvent) => {
    const digit = typedDigit(event);
    if (digit) this._type(digit);
  };

  static override styles = [
    focusStyles,
    digitPadStyles,
    css`
      .message {
        min-height: 1.5em;
        margin: 0;
        font-size: ${scaled(32)};
        color: var(--hearth-warning, #ffb4a8);
        text-align: center;
      }
      .waiting .key {
        opacity: 0.4;
      }
      .spacer {
        visibility: hidden;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-pin-pad': HearthPinPad;
  }
}

declare global {
  interface HearthEvents {
    /** All the PIN's digits were typed. */
    'hearth-pin': { pin: string };
  }
}

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
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { focusStyles, scaled } from '../focus-styles.js';

const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

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
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('hearth-key', this._onKey);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('hearth-key', this._onKey);
    super.disconnectedCallback();
  }

  /** Empties the pad (after a wrong try, or when its step changes). */
  clear(): void {
    this._digits = '';
  }

  override render() {
    const deleteLabel = msg('删除', { id: 'pin.delete' });
    return html`
      <p class="prompt" id="prompt">${this.prompt}</p>
      <div
        class="dots"
        role="img"
        aria-label=${msg(str`已输入 ${this._digits.length} 位`, { id: 'pin.entered' })}
      >
        ${Array.from(
          { length: this.length },
          (_, i) => html`<span class="dot ${i < this._digits.length ? 'filled' : ''}"></span>`,
        )}
      </div>
      <p class="message" role="alert">${this.message || nothing}</p>
      <div
        class="keys ${this.disabled ? 'waiting' : ''}"
        role="group"
        aria-labelledby="prompt"
        aria-disabled=${String(this.disabled)}
        ${zone({ id: this.padId, trap: false })}
      >
        ${DIGIT_KEYS.map((digit) => this._key(digit, digit, digit === '5'))}
        <button
          class="key focusable word"
          data-key="delete"
          aria-label=${deleteLabel}
          ${focusable({ key: 'delete' })}
          @click=${this._deleteOne}
        >
          ${deleteLabel}
        </button>
        ${this._key('0', '0', false)}
        <span class="key spacer" aria-hidden="true"></span>
      </div>
    `;
  }

  private _key(digit: string, label: string, autofocus: boolean) {
    return html`<button
      class="key focusable"
      data-key=${digit}
      ${focusable({ key: digit, autofocus })}
      @click=${() => this._type(digit)}
    >
      ${label}
    </button>`;
  }

  private _type(digit: string): void {
    if (this.disabled || this._digits.length >= this.length) return;
    this._digits += digit;
    if (this._digits.length < this.length) return;
    const pin = this._digits;
    this._digits = '';
    this.dispatchEvent(
      new CustomEvent('hearth-pin', { detail: { pin }, bubbles: true, composed: true }),
    );
  }

  private _deleteOne = () => {
    if (this.disabled) return;
    this._digits = this._digits.slice(0, -1);
  };

  private _onKey = (event: HearthKeyEvent) => {
    const match = /^Digit(\d)$/.exec(event.detail.key);
    if (!match?.[1]) return;
    event.preventDefault();
    this._type(match[1]);
  };

  static override styles = [
    focusStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 16px;
        color: var(--hearth-fg, #fff);
      }
      .prompt {
        margin: 0;
        font-size: ${scaled(40)};
        text-align: center;
      }
      .dots {
        display: flex;
        gap: 28px;
      }
      .dot {
        width: 36px;
        height: 36px;
        border-radius: 50%;
        border: 4px solid var(--hearth-fg, #fff);
        box-sizing: border-box;
      }
      .dot.filled {
        background: var(--hearth-fg, #fff);
      }
      .message {
        min-height: 1.5em;
        margin: 0;
        font-size: ${scaled(32)};
        color: var(--hearth-warning, #ffb4a8);
        text-align: center;
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 150px);
        gap: 16px;
      }
      .key {
        height: 88px;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(48)};
      }
      .key.word {
        font-size: ${scaled(32)};
      }
      .key:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
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

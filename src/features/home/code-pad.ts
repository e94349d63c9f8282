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
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

export const CODE_MIN = 4;
export const CODE_MAX = 8;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

@customElement('hearth-home-code-pad')
export class HearthHomeCodePad extends LitElement {
  @property() prompt = '';
  /** Exactly this many digits (from the code format); 0: 4–8, confirmed with "确定". */
  @property({ type: Number }) length = 0;

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
    this._digits = '';
    super.disconnectedCallback();
  }

  override render() {
    const max = this.length || CODE_MAX;
    const ready = this.length
      ? this._digits.length === this.length
      : this._digits.length >= CODE_MIN;
    const deleteLabel = msg('删除', { id: 'pin.delete' });
    return html`
      <p class="prompt" id="prompt">${this.prompt}</p>
      <div
        class="dots"
        role="img"
        aria-label=${msg(str`已输入 ${this._digits.length} 位`, { id: 'pin.entered' })}
      >
        ${Array.from(
          { length: max },
          (_, i) => html`<span class="dot ${i < this._digits.length ? 'filled' : ''}"></span>`,
        )}
      </div>
      <div class="keys" role="group" aria-labelledby="prompt" ${zone({ id: 'home.code' })}>
        ${DIGITS.map((digit) => this._key(digit, digit === '5'))}
        <button
          class="key focusable word"
          data-key="delete"
          aria-label=${deleteLabel}
          ${focusable({ key: 'delete' })}
          @click=${() => (this._digits = this._digits.slice(0, -1))}
        >
          ${deleteLabel}
        </button>
        ${this._key('0', false)}
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

  private _key(digit: string, autofocus: boolean) {
    return html`<button
      class="key focusable"
      data-key=${digit}
      ${focusable({ key: digit, autofocus })}
      @click=${() => this._type(digit)}
    >
      ${digit}
    </button>`;
  }

  private _type(digit: string): void {
    if (this._digits.length >= (this.length || CODE_MAX)) return;
    this._digits += digit;
    if (this.length && this._digits.length === this.length) this._confirm();
  }

  private _confirm = () => {
    const code = this._digits;
    const ready = this.length ? code.length === this.length : code.length >= CODE_MIN;
    if (!ready) return;
    this._digits = '';
    this.dispatchEvent(
      new CustomEvent('hearth-home-code', { detail: { code }, bubbles: true, composed: true }),
    );
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
      }
      .prompt {
        margin: 0;
        font-size: ${scaled(36)};
        text-align: center;
      }
      .dots {
        display: flex;
        gap: 24px;
      }
      .dot {
        width: 30px;
        height: 30px;
        border-radius: 50%;
        border: 4px solid var(--hearth-fg, #fff);
        box-sizing: border-box;
      }
      .dot.filled {
        background: var(--hearth-fg, #fff);
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 150px);
        gap: 14px;
      }
      .key {
        height: 80px;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(44)};
      }
      .key.word {
        font-size: ${scaled(30)};
      }
      .key:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
      }
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

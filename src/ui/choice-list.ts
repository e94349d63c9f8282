/**
 * Options one under the other for the remote: Up/Down between them, OK picks.
 * Single choice is a radio group (OK picks this one); with `multiple` it is a
 * set of checkboxes (OK ticks or unticks). Disabled options are shown but
 * focus passes them by.
 *
 * @property options - `{ value, label, disabled? }[]`
 * @property value - the chosen value (single choice)
 * @property values - the ticked values (multiple)
 * @property multiple - checkboxes instead of radios
 * @property label - the question, shown above and read aloud
 * @property listId - zone id (focus memory and tests), attribute `list-id`
 * @fires hearth-input - { value, values } on every choice the household makes
 *   (single: values is [value]; multiple: value is the option just toggled)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusable, zone } from '../focus/directives.js';
import { focusStyles, scaled } from './focus-styles.js';
import { labelledControlStyles } from './labelled-control-styles.js';
import { emit } from './hearth-events.js';

export interface ChoiceOption {
  value: string;
  label: string;
  disabled?: boolean;
}

@customElement('hearth-choice-list')
export class HearthChoiceList extends LitElement {
  @property({ attribute: false }) options: ChoiceOption[] = [];
  @property() value = '';
  @property({ attribute: false }) values: string[] = [];
  @property({ type: Boolean }) multiple = false;
  @property() label = '';
  @property({ attribute: 'list-id' }) listId = 'choices';

  override render() {
    const firstEnabled = this.options.find((o) => !o.disabled)?.value;
    return html`
      <span class="label" id="label">${this.label}</span>
      <div
        class="options"
        role=${this.multiple ? 'group' : 'radiogroup'}
        aria-labelledby="label"
        ${zone({ id: this.listId })}
      >
        ${this.options.map((option) => {
          const checked = this._isChecked(option.value);
          // Enter the group at the choice already made (else at the first usable option).
          const autofocus = this.multiple ? option.value === firstEnabled : checked;
          return html`<button
            class="option focusable"
            role=${this.multiple ? 'checkbox' : 'radio'}
            data-value=${option.value}
            aria-checked=${String(checked)}
            ?disabled=${option.disabled === true}
            ${option.disabled ? nothing : focusable({ key: option.value, autofocus })}
            @click=${() => this._toggle(option.value)}
          >
            <span class="box ${this.multiple ? 'square' : 'round'}" aria-hidden="true"
              >${checked ? (this.multiple ? '✓' : '●') : ''}</span
            >${option.label}
          </button>`;
        })}
      </div>
    `;
  }

  private _isChecked(value: string): boolean {
    return this.multiple ? this.values.includes(value) : this.value === value;
  }

  private _toggle(value: string): void {
    if (this.multiple) {
      this.values = this.values.includes(value)
        ? this.values.filter((v) => v !== value)
        : [...this.values, value];
      this.value = value;
    } else {
      this.value = value;
      this.values = [value];
    }
    emit(this, 'hearth-input', { value: this.value, values: this.values });
  }

  static override styles = [
    focusStyles,
    labelledControlStyles,
    css`
      .options {
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      :host-context([data-no-flex-gap]) .options > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 14px;
      }
      .option {
        display: flex;
        align-items: center;
        min-width: 480px;
        min-height: 80px;
        padding: 8px 28px;
        text-align: left;
        border: 3px solid var(--hearth-border, transparent);
        border-radius: 16px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(34)};
        gap: 20px;
      }
      :host-context([data-no-flex-gap]) .option > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 20px;
      }
      .option:focus {
        background: var(--hearth-accent, #e8a33d);
        color: var(--hearth-on-accent, #111);
      }
      .option:disabled {
        opacity: 0.4;
      }
      .box {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 44px;
        height: 44px;
        flex: none;
        border: 4px solid currentColor;
        box-sizing: border-box;
        font-size: ${scaled(28)};
      }
      .round {
        border-radius: 50%;
      }
      .square {
        border-radius: 8px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-choice-list': HearthChoiceList;
  }
}

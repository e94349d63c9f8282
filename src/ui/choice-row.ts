/**
 * One setting as a row of choices the remote can reach: Left/Right between
 * the choices, OK picks one. To assistive technology it is a radio group.
 *
 * @fires hearth-choice - { value } when the household picks a choice
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusable, zone } from '../focus/directives.js';
import { buttonStyles } from './button-styles.js';
import { focusStyles, scaled } from './focus-styles.js';
import { emit } from './hearth-events.js';

export interface Choice {
  value: string;
  label: string;
}

@customElement('hearth-choice-row')
export class HearthChoiceRow extends LitElement {
  /** Zone id (focus memory and tests). */
  @property({ attribute: 'row-id' }) rowId = '';
  @property() label = '';
  @property({ attribute: false }) choices: Choice[] = [];
  @property() value = '';

  override render() {
    return html`
      <span class="label" id="label">${this.label}</span>
      <div class="choices" role="radiogroup" aria-labelledby="label" ${zone({ id: this.rowId })}>
        ${this.choices.map(
          (choice) => html`
            <button
              class="button focusable"
              role="radio"
              aria-checked=${String(choice.value === this.value)}
              data-value=${choice.value}
              ${focusable({ key: choice.value, autofocus: choice.value === this.value })}
              @click=${() => this._pick(choice.value)}
            >
              <span class="check" aria-hidden="true">${choice.value === this.value ? '✓' : ''}</span
              >${choice.label}
            </button>
          `,
        )}
      </div>
    `;
  }

  private _pick(value: string): void {
    emit(this, 'hearth-choice', { value });
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        justify-content: space-between;
        padding: 12px 32px;
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        border: 3px solid var(--hearth-border, transparent);
        gap: 48px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 48px;
      }
      .label {
        font-size: ${scaled(36)};
        flex: 0 1 auto;
      }
      .check {
        display: inline-block;
        min-width: 1em;
        margin-right: 8px;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .choices > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 24px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-choice-row': HearthChoiceRow;
  }
}

declare global {
  interface HearthEvents {
    /** One of the row's answers was chosen. */
    'hearth-choice': { value: string };
  }
}

/**
 * The whole application before it is sent: every field by step with what was
 * filled in, problems marked, OK on a row to change it, and "submit".
 *
 * @fires form-edit - { pointer } change this field
 * @fires review-submit - send the application
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { allFields, type FormField, type FormModel } from '../../data/services/form-model.js';
import { getValue } from '../../data/services/json-pointer.js';
import { focusable, zone } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { rowStyles } from './row-styles.js';
import { emit } from '../../ui/hearth-events.js';
import { valueText, type RegionNames } from './value-text.js';

@customElement('hearth-service-review')
export class HearthServiceReview extends LitElement {
  @property({ attribute: false }) model: FormModel | null = null;
  @property({ attribute: false }) data: Record<string, unknown> = {};
  @property({ attribute: false }) problems: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) regionNames: RegionNames = new Map();
  /** The service applied for. */
  @property() serviceTitle = '';
  /** Sending: the submit button waits. */
  @property({ type: Boolean }) busy = false;
  /** Why the last send failed, in words ('' when it did not). */
  @property() failure = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const model = this.model;
    if (!model) return nothing;
    // Focus starts on the first row, at the top: the household passes everything
    // it is about to send on the way down to 确认提交.
    const first = allFields(model).find((field) => field.kind !== 'section')?.pointer;
    return html`
      <header>
        <h2>${this.serviceTitle || model.title}</h2>
        <p class="check">${msg('请核对申请内容', { id: 'services.review.heading' })}</p>
      </header>
      <div class="rows" ${zone({ id: 'services.review.rows', scroll: true })}>
        ${model.steps.map(
          (step) =>
            html`${step.title ? html`<h3>${step.title}</h3>` : nothing}
            ${step.fields.map((field) => this._renderField(field, first))}`,
        )}
      </div>
      ${this.failure ? html`<p class="failure" role="alert">${this.failure}</p>` : nothing}
      <div class="actions" ${zone({ id: 'services.review.actions' })}>
        <button
          class="button focusable"
          data-action="submit"
          aria-disabled=${String(this.busy)}
          ${focusable({ key: 'submit', autofocus: first === undefined })}
          @click=${() => {
            if (!this.busy) emit(this, 'review-submit');
          }}
        >
          ${
            this.busy
              ? msg('正在提交…', { id: 'services.review.sending' })
              : msg('确认提交', { id: 'services.review.submit' })
          }
        </button>
      </div>
    `;
  }

  private _renderField(field: FormField, first: string | undefined): unknown {
    if (field.kind === 'section') {
      return html`<div class="section">
        <h4>${field.label}</h4>
        ${(field.fields ?? []).map((child) => this._renderField(child, first))}
      </div>`;
    }
    const problem = this.problems.get(field.pointer);
    const shown = valueText(field, getValue(this.data, field.pointer), this.regionNames);
    return html`<button
      class="row focusable ${problem ? 'wrong' : ''}"
      data-field=${field.pointer}
      ${focusable({ key: field.pointer, autofocus: field.pointer === first })}
      @click=${() => emit(this, 'form-edit', { pointer: field.pointer })}
    >
      <span class="label">${field.label}</span>
      <span class="value">${shown || '—'}</span>
      ${problem ? html`<span class="problem">⚠ ${problem}</span>` : nothing}
    </button>`;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    rowStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        gap: 12px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 12px;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(40)};
      }
      .check {
        margin: 4px 0 0;
        font-size: ${scaled(28)};
        opacity: 0.85;
      }
      h3,
      h4 {
        margin: 12px 0 4px;
        font-size: ${scaled(30)};
        color: var(--hearth-accent, #e8a33d);
      }
      .rows {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        padding: 12px;
        scroll-padding: 24px;
        gap: 8px;
      }
      :host-context([data-no-flex-gap]) .rows > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 8px;
      }
      .section {
        display: flex;
        flex-direction: column;
        margin-left: 32px;
        gap: 8px;
      }
      :host-context([data-no-flex-gap]) .section > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 8px;
      }
      .row {
        display: grid;
        grid-template-columns: 520px 1fr;
        /* Chromium 57–65 know grid gaps only by this name. */
        grid-gap: 4px 24px;
        gap: 4px 24px;
        padding: 12px 28px;
        font-size: ${scaled(28)};
      }
      .value {
        font-weight: 600;
      }
      .problem,
      .failure {
        grid-column: 2;
        color: var(--hearth-warning, #ffb4a8);
      }
      .failure {
        margin: 0;
        font-size: ${scaled(30)};
      }
      .actions {
        display: flex;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .actions > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-service-review': HearthServiceReview;
  }
}

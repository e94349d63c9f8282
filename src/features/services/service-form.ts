/**
 * One step of an application form: a row per field (its name, what is filled
 * in, and what is wrong with it), OK on a row to edit it, and the buttons to
 * go back a step, on, or to the review. Sections show their fields indented
 * under a heading. The rows never lose what was typed: the screen owns the
 * data and saves it as a draft on every change.
 *
 * @fires form-edit - { pointer } the household wants to edit this field
 * @fires form-toggle - { pointer } OK on a yes/no field flips it
 * @fires form-step - { index } to another step
 * @fires form-next - on from the last step (to the review)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { FormField, FormModel } from '../../data/services/form-model.js';
import { getValue } from '../../data/services/json-pointer.js';
import { focusable, zone } from '../../focus/directives.js';
import { focusEngine } from '../../focus/focus-singleton.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { rowStyles } from './row-styles.js';
import { emit } from '../../ui/hearth-events.js';
import { valueText, type RegionNames } from './value-text.js';
import { styleProperties } from '../../ui/style-properties.js';

@customElement('hearth-service-form')
export class HearthServiceForm extends LitElement {
  @property({ attribute: false }) model: FormModel | null = null;
  @property({ attribute: false }) data: Record<string, unknown> = {};
  /** Words for each field's problem, by pointer (only those shown). */
  @property({ attribute: false }) problems: ReadonlyMap<string, string> = new Map();
  @property({ type: Number }) step = 0;
  /** The service applied for, on every step (the form's own title is often missing). */
  @property() serviceTitle = '';
  @property({ attribute: false }) regionNames: RegionNames = new Map();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const model = this.model;
    const step = model?.steps[this.step];
    if (!model || !step) return nothing;
    const count = model.steps.length;
    const last = this.step === count - 1;
    return html`
      <header>
        <h2>${this.serviceTitle || model.title}</h2>
        <p class="progress">
          ${
            step.title
              ? msg(str`第 ${this.step + 1} 步，共 ${count} 步：${step.title}`, {
                  id: 'services.form.progress',
                })
              : msg(str`第 ${this.step + 1} 步，共 ${count} 步`, {
                  id: 'services.form.progressPlain',
                })
          }
        </p>
      </header>
      <div class="rows" ${zone({ id: `services.form.${step.id}`, scroll: true })}>
        ${step.fields.map((field) => this._renderField(field, 0))}
      </div>
      <div class="actions" ${zone({ id: 'services.form.actions' })}>
        ${
          this.step > 0
            ? html`<button
                class="button focusable"
                data-action="previous"
                ${focusable({ key: 'previous' })}
                @click=${() => emit(this, 'form-step', { index: this.step - 1 })}
              >
                ${msg('上一步', { id: 'services.form.previous' })}
              </button>`
            : nothing
        }
        <button
          class="button focusable"
          data-action="next"
          ${focusable({ key: 'next' })}
          @click=${() => emit(this, 'form-next')}
        >
          ${
            last
              ? msg('检查并提交', { id: 'services.form.review' })
              : msg('下一步', { id: 'services.form.next' })
          }
        </button>
      </div>
    `;
  }

  /**
   * A new step starts at its first row: 下一步 or 上一步 would otherwise stay
   * focused, and the household would press Up through the whole step to reach
   * its first field. The first render keeps the screen's own initial focus.
   */
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('step') || changed.get('step') === undefined) return;
    const first = this.renderRoot.querySelector<HTMLElement>('.rows .row');
    if (first) focusEngine().focus(first);
  }

  private _renderField(field: FormField, depth: number): unknown {
    if (field.kind === 'section') {
      return html`<div
        class="section"
        style=${styleProperties({ 'margin-left': `${depth * 32}px` })}
      >
        <h3>${field.label}</h3>
        ${(field.fields ?? []).map((child) => this._renderField(child, depth + 1))}
      </div>`;
    }
    const value = getValue(this.data, field.pointer);
    const shown = valueText(field, value, this.regionNames);
    const problem = this.problems.get(field.pointer);
    return html`<button
      class="row focusable ${problem ? 'wrong' : ''}"
      data-field=${field.pointer}
      style=${styleProperties({ 'margin-left': `${depth * 32}px` })}
      aria-invalid=${problem ? 'true' : 'false'}
      ${focusable({ key: field.pointer })}
      @click=${() =>
        emit(this, field.kind === 'boolean' ? 'form-toggle' : 'form-edit', {
          pointer: field.pointer,
        })}
    >
      <span class="label"
        >${field.label}${field.required ? html`<span class="required"> *</span>` : nothing}</span
      >
      <span class="value ${shown ? '' : 'blank'}"
        >${shown || msg('未填写，按确定键填写', { id: 'services.form.blank' })}</span
      >
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
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 16px;
      }
      header {
        display: flex;
        align-items: baseline;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) header > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(40)};
      }
      .progress {
        margin: 0;
        font-size: ${scaled(28)};
        opacity: 0.85;
      }
      .rows {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        padding: 12px;
        scroll-padding: 24px;
        gap: 12px;
      }
      :host-context([data-no-flex-gap]) .rows > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 12px;
      }
      .section h3 {
        margin: 12px 0 8px;
        font-size: ${scaled(30)};
        color: var(--hearth-accent, #e8a33d);
      }
      .section {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      :host-context([data-no-flex-gap]) .section > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 12px;
      }
      .row {
        display: grid;
        grid-template-columns: 520px 1fr;
        align-items: center;
        /* Chromium 57–65 know grid gaps only by this name. */
        grid-gap: 4px 24px;
        gap: 4px 24px;
        padding: 16px 28px;
      }
      .label {
        font-size: ${scaled(30)};
      }
      .required {
        color: var(--hearth-warning, #ffb4a8);
      }
      .value {
        font-size: ${scaled(32)};
        font-weight: 600;
      }
      .value.blank {
        font-weight: normal;
        opacity: 0.6;
      }
      .problem {
        grid-column: 2;
        font-size: ${scaled(28)};
        color: var(--hearth-warning, #ffb4a8);
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
    'hearth-service-form': HearthServiceForm;
  }
}

/**
 * Editing one form field with the remote, in a layer over the form: the
 * on-screen keyboard that suits it, the date dials, the region lists or the
 * choices. Every change is sent at once (so the draft keeps every keystroke);
 * 完成, a pick, or Back closes it.
 *
 * @fires form-change - { pointer, value } on every change
 * @fires editor-close - the household is done with this field
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { FormField } from '../../data/services/form-model.js';
import { focusable, zone } from '../../focus/directives.js';
import type { HearthKeyEvent } from '../../focus/key-input.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import type { KeyboardLayout } from '../../ui/keyboard/keyboard-layouts.js';
import type { RegionSource } from '../../ui/region-picker.js';
import '../../ui/choice-list.js';
import '../../ui/date-picker.js';
import '../../ui/keyboard/hearth-keyboard.js';
import '../../ui/region-picker.js';
import './visit-window-editor.js';
import { emit, type HearthEvent } from '../../ui/hearth-events.js';
import { dialogStyles } from '../../ui/overlay-styles.js';

function layoutFor(field: FormField): KeyboardLayout {
  switch (field.keyboard) {
    case 'digits':
      return 'digits';
    case 'id':
      return field.format === 'cn-uscc' ? 'code' : 'id';
    case 'decimal':
    case 'latin':
      return 'latin';
    default:
      return 'pinyin';
  }
}

/** What the keyboard typed, as the schema wants it: a number for numeric fields when it is one. */
function typedValue(field: FormField, text: string): unknown {
  if (text === '') return undefined;
  if (field.kind === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (field.kind === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

@customElement('hearth-field-editor')
export class HearthFieldEditor extends LitElement {
  @property({ attribute: false }) field: FormField | null = null;
  @property({ attribute: false }) value: unknown = undefined;
  /** What is wrong with the value now, in words ('' when nothing). */
  @property() problem = '';
  @property({ attribute: false }) regions: RegionSource | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addEventListener('hearth-key', this._onKey);
  }

  override render() {
    const field = this.field;
    if (!field) return nothing;
    return html`<div class="scrim"></div>
      <section
        class="panel"
        role="dialog"
        aria-modal="true"
        aria-label=${field.label}
        ${zone({ id: `services.editor`, layer: true, trap: true, memory: false })}
      >
        ${field.help ? html`<p class="help">${field.help}</p>` : nothing}
        ${this._renderControl(field)}
        <p class="problem" role="alert">${this.problem || nothing}</p>
      </section>`;
  }

  private _renderControl(field: FormField) {
    const pointer = field.pointer;
    const change = (value: unknown) => emit(this, 'form-change', { pointer, value });
    if (field.format === 'cn-region-code') {
      return html`<hearth-region-picker
        picker-id="services.region"
        label=${field.label}
        .source=${this.regions}
        value=${typeof this.value === 'string' ? this.value : ''}
        @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
          change(event.detail.value);
          this._close();
        }}
      ></hearth-region-picker>`;
    }
    switch (field.kind) {
      case 'choice':
        return html`<hearth-choice-list
          list-id="services.choice"
          label=${field.label}
          .options=${(field.options ?? []).map((o) => ({ value: String(o.value), label: o.label }))}
          value=${this.value === undefined ? '' : String(this.value)}
          @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
            const picked = field.options?.find((o) => String(o.value) === event.detail.value);
            change(picked ? picked.value : event.detail.value);
            this._close();
          }}
        ></hearth-choice-list>`;
      case 'multi-choice':
        return html`<hearth-choice-list
            multiple
            list-id="services.choices"
            label=${field.label}
            .options=${(field.item?.options ?? []).map((o) => ({
              value: String(o.value),
              label: o.label,
            }))}
            .values=${Array.isArray(this.value) ? this.value.map(String) : []}
            @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
              const options = field.item?.options ?? [];
              change(
                (event.detail.values ?? []).map(
                  (v) => options.find((o) => String(o.value) === v)?.value ?? v,
                ),
              );
            }}
          ></hearth-choice-list>
          ${this._doneButton()}`;
      case 'date':
        return html`<hearth-date-picker
            picker-id="services.date"
            label=${field.label}
            value=${typeof this.value === 'string' ? this.value : ''}
            @hearth-input=${(event: HearthEvent<'hearth-input'>) => change(event.detail.value)}
            @hearth-done=${() => this._close()}
          ></hearth-date-picker>
          ${this._doneButton()}`;
      case 'visit-window':
        return html`<hearth-visit-window-editor
          label=${field.label}
          value=${typeof this.value === 'string' ? this.value : ''}
          @hearth-input=${(event: HearthEvent<'hearth-input'>) => {
            change(event.detail.value);
            this._close();
          }}
        ></hearth-visit-window-editor>`;
      case 'list':
        return this._renderList(field, change);
      default:
        return html`<hearth-keyboard
          keyboard-id="services.keyboard"
          layout=${layoutFor(field)}
          label=${field.label}
          maxlength=${field.maxLength ?? 0}
          .value=${this.value === undefined || this.value === null ? '' : String(this.value)}
          @hearth-input=${(event: HearthEvent<'hearth-input'>) =>
            change(typedValue(field, event.detail.value))}
          @hearth-done=${() => this._close()}
        ></hearth-keyboard>`;
    }
  }

  /** A list of short texts: each item removable, a keyboard to add one (完成 adds it). */
  private _renderList(field: FormField, change: (value: unknown) => void) {
    const items = Array.isArray(this.value) ? this.value.map(String) : [];
    const item = field.item;
    return html`<div class="items" ${zone({ id: 'services.list.items' })}>
        ${items.map(
          (text, index) =>
            html`<button
              class="button focusable"
              data-item=${index}
              aria-label=${msg(str`删除“${text}”`, { id: 'services.list.remove' })}
              ${focusable({ key: `item-${index}` })}
              @click=${() => change(items.filter((_, i) => i !== index))}
            >
              ${text} ✕
            </button>`,
        )}
        <button
          class="button focusable"
          data-action="done"
          ${focusable({ key: 'done' })}
          @click=${() => this._close()}
        >
          ${msg('完成', { id: 'services.editor.done' })}
        </button>
      </div>
      <hearth-keyboard
        keyboard-id="services.list.keyboard"
        layout=${item ? layoutFor(item) : 'pinyin'}
        label=${msg('添加一项，按“完成”加入', { id: 'services.list.add' })}
        value=""
        @hearth-done=${(event: HearthEvent<'hearth-done'>) => {
          const text = event.detail.value.trim();
          if (text) change([...items, text]);
          (event.target as HTMLElement & { value: string }).value = '';
        }}
      ></hearth-keyboard>`;
  }

  private _doneButton() {
    return html`<div class="done" ${zone({ id: 'services.editor.actions' })}>
      <button
        class="button focusable"
        data-action="done"
        ${focusable({ key: 'done' })}
        @click=${() => this._close()}
      >
        ${msg('完成', { id: 'services.editor.done' })}
      </button>
    </div>`;
  }

  private _close(): void {
    emit(this, 'editor-close');
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Back' || event.defaultPrevented) return;
    event.preventDefault();
    this._close();
  };

  static override styles = [
    focusStyles,
    buttonStyles,
    dialogStyles,
    css`
      :host {
        z-index: 90;
      }
      .panel {
        display: flex;
        flex-direction: column;
        align-items: center;
        max-width: 1700px;
        padding: 40px 56px;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) .panel > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 16px;
      }
      .help {
        margin: 0;
        font-size: ${scaled(26)};
        opacity: 0.85;
      }
      .problem {
        min-height: 1.4em;
        margin: 0;
        font-size: ${scaled(30)};
        color: var(--hearth-warning, #ffb4a8);
      }
      .items,
      .done {
        display: flex;
        flex-wrap: wrap;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) .items > * + *,
      :host-context([data-no-flex-gap]) .done > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 16px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-field-editor': HearthFieldEditor;
  }
}

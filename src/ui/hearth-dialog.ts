/**
 * A modal dialog for the remote: it opens as a focus layer that owns every key
 * until it closes, and Back closes it like "Cancel".
 *
 * @slot - the message
 * @slot actions - the buttons (each with the focusable() directive)
 * @fires hearth-dialog-close - when Back is pressed inside it
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { zone } from '../focus/directives.js';
import type { HearthKeyEvent } from '../focus/key-input.js';
import { scaled } from './focus-styles.js';
import { dialogStyles } from './overlay-styles.js';
import { emit } from './hearth-events.js';

@customElement('hearth-dialog')
export class HearthDialog extends LitElement {
  /** Zone id of the layer (memory is kept per id). */
  @property({ attribute: 'layer-id' }) layerId = 'dialog';
  @property() heading = '';
  /** `alertdialog` for questions that need an answer now. */
  @property({ attribute: 'dialog-role' }) dialogRole: 'dialog' | 'alertdialog' = 'dialog';

  constructor() {
    super();
    this.addEventListener('hearth-key', this._onKey);
  }

  override render() {
    return html`
      <div class="scrim"></div>
      <section
        class="panel"
        role=${this.dialogRole}
        aria-modal="true"
        aria-labelledby="heading"
        ${zone({ id: this.layerId, layer: true, trap: true, memory: false })}
      >
        <h2 id="heading">${this.heading}</h2>
        <div class="body"><slot></slot></div>
        <div class="actions"><slot name="actions"></slot></div>
      </section>
    `;
  }

  private _onKey = (event: HearthKeyEvent) => {
    if (event.detail.key !== 'Back') return;
    event.preventDefault();
    emit(this, 'hearth-dialog-close');
  };

  static override styles = [
    dialogStyles,
    css`
      :host {
        z-index: 100;
      }
      .panel {
        min-width: 900px;
        max-width: 1300px;
        padding: 56px 64px;
      }
      h2 {
        margin: 0 0 24px;
        font-size: ${scaled(48)};
      }
      .body {
        font-size: ${scaled(32)};
        line-height: 1.5;
        margin-bottom: 48px;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
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
    'hearth-dialog': HearthDialog;
  }
  interface HearthEvents {
    'hearth-dialog-close': null;
  }
}

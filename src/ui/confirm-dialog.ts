/**
 * A question with two answers, for the remote: the safe answer (cancel) is
 * focused first, Back means cancel, and the dialog is a focus layer that owns
 * every key until it closes.
 *
 * @slot - the explanation
 * @fires hearth-cancel - the safe answer, or Back
 * @fires hearth-confirm - the other answer
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { focusable } from '../focus/directives.js';
import { buttonStyles } from './button-styles.js';
import { focusStyles } from './focus-styles.js';
import { emitWith } from './hearth-events.js';
import './hearth-dialog.js';

@customElement('hearth-confirm-dialog')
export class HearthConfirmDialog extends LitElement {
  /** Zone id of the layer. */
  @property({ attribute: 'layer-id' }) layerId = 'confirm';
  @property() heading = '';
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  /** `data-action` of the two buttons, for tests and analytics. */
  @property({ attribute: 'cancel-action' }) cancelAction = 'cancel';
  @property({ attribute: 'confirm-action' }) confirmAction = 'confirm';
  /** While the confirmed action runs: the confirm button is disabled, cancel ignored. */
  @property({ type: Boolean }) busy = false;
  @property({ attribute: 'dialog-role' }) dialogRole: 'dialog' | 'alertdialog' = 'alertdialog';

  override render() {
    return html`
      <hearth-dialog
        layer-id=${this.layerId}
        dialog-role=${this.dialogRole}
        heading=${this.heading}
        @hearth-dialog-close=${this._cancel}
      >
        <slot></slot>
        <button
          slot="actions"
          class="button focusable"
          data-action=${this.cancelAction}
          ${focusable({ key: 'cancel', autofocus: true })}
          @click=${this._cancel}
        >
          ${this.cancelLabel}
        </button>
        <button
          slot="actions"
          class="button focusable"
          data-action=${this.confirmAction}
          ?disabled=${this.busy}
          ${focusable({ key: 'confirm' })}
          @click=${this._confirm}
        >
          ${this.confirmLabel}
        </button>
      </hearth-dialog>
    `;
  }

  private _cancel = () => {
    if (!this.busy) emitWith(this, 'hearth-cancel', {});
  };

  private _confirm = () => {
    emitWith(this, 'hearth-confirm', {});
  };

  static override styles = [focusStyles, buttonStyles];
}

declare global {
  interface HearthEvents {
    /** 取消 or Back; stays on the dialog, for the screen that opened it. */
    'hearth-cancel': null;
    /** 确定; stays on the dialog. */
    'hearth-confirm': null;
  }
  interface HTMLElementTagNameMap {
    'hearth-confirm-dialog': HearthConfirmDialog;
  }
}

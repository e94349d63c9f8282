/**
 * Confirmation before the household's data is wiped from this TV. Cancel is
 * focused first.
 *
 * @fires hearth-reset-cancel
 * @fires hearth-reset-confirm
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles } from '../../ui/focus-styles.js';
import '../../ui/hearth-dialog.js';

@customElement('hearth-reset-dialog')
export class HearthResetDialog extends LitElement {
  @property({ type: Boolean }) busy = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`
      <hearth-dialog
        layer-id="settings.reset"
        dialog-role="alertdialog"
        heading=${msg('清除这台电视上的家庭数据？', { id: 'settings.reset.heading' })}
        @hearth-dialog-close=${this._cancel}
      >
        <p>
          ${msg('设置、未提交的草稿、待发送的申请和缓存的数据都会被删除，无法恢复。', {
            id: 'settings.reset.body',
          })}
        </p>
        <button
          slot="actions"
          class="button focusable"
          data-action="cancel"
          ${focusable({ key: 'cancel', autofocus: true })}
          @click=${this._cancel}
        >
          ${msg('取消', { id: 'common.cancel' })}
        </button>
        <button
          slot="actions"
          class="button focusable"
          data-action="confirm"
          ?disabled=${this.busy}
          ${focusable({ key: 'confirm' })}
          @click=${this._confirm}
        >
          ${
            this.busy
              ? msg('正在清除…', { id: 'settings.reset.busy' })
              : msg('清除', { id: 'settings.reset.confirm' })
          }
        </button>
      </hearth-dialog>
    `;
  }

  private _cancel = () => {
    if (!this.busy) this.dispatchEvent(new CustomEvent('hearth-reset-cancel'));
  };

  private _confirm = () => {
    this.dispatchEvent(new CustomEvent('hearth-reset-confirm'));
  };

  static override styles = [focusStyles, buttonStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-reset-dialog': HearthResetDialog;
  }
}

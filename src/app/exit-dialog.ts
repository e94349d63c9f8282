/**
 * "Leave Hearth?" — the answer to Back on the home screen. Staying is the
 * focused default so a stray press never closes the portal.
 *
 * @fires hearth-exit-stay - the household chose to stay (or pressed Back)
 * @fires hearth-exit-leave - the household chose to leave
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusable } from '../focus/directives.js';
import { buttonStyles } from '../ui/button-styles.js';
import { focusStyles } from '../ui/focus-styles.js';
import '../ui/hearth-dialog.js';

@customElement('hearth-exit-dialog')
export class HearthExitDialog extends LitElement {
  /** Shown after leaving failed: the platform has no way for a page to close itself. */
  @property({ type: Boolean, attribute: 'could-not-leave' }) couldNotLeave = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`
      <hearth-dialog
        layer-id="exit"
        dialog-role="alertdialog"
        heading=${msg('要离开 Hearth 吗？', { id: 'exit.heading' })}
        @hearth-dialog-close=${this._stay}
      >
        <p>${msg('您可以随时从电视的主页回来。', { id: 'exit.body' })}</p>
        ${
          this.couldNotLeave
            ? html`<p role="alert">
                ${msg('这台电视不允许网页自行关闭，请按遥控器上的主页键离开。', {
                  id: 'exit.unsupported',
                })}
              </p>`
            : nothing
        }
        <button
          slot="actions"
          class="button focusable"
          data-action="stay"
          ${focusable({ key: 'stay', autofocus: true })}
          @click=${this._stay}
        >
          ${msg('留下', { id: 'exit.stay' })}
        </button>
        <button
          slot="actions"
          class="button focusable"
          data-action="leave"
          ${focusable({ key: 'leave' })}
          @click=${this._leave}
        >
          ${msg('离开', { id: 'exit.leave' })}
        </button>
      </hearth-dialog>
    `;
  }

  private _stay = () => {
    this.dispatchEvent(new CustomEvent('hearth-exit-stay', { bubbles: true, composed: true }));
  };

  private _leave = () => {
    this.dispatchEvent(new CustomEvent('hearth-exit-leave', { bubbles: true, composed: true }));
  };

  static override styles = [focusStyles, buttonStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-exit-dialog': HearthExitDialog;
  }
}

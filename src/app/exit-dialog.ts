/**
 * "Leave <brand>?" — the answer to Back on the home screen. Staying is the
 * focused default so a stray press never closes the portal.
 *
 * @fires hearth-exit-stay - the household chose to stay (or pressed Back)
 * @fires hearth-exit-leave - the household chose to leave
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import '../ui/confirm-dialog.js';
import { emit } from '../ui/hearth-events.js';

@customElement('hearth-exit-dialog')
export class HearthExitDialog extends LitElement {
  /** Shown after leaving failed: the platform has no way for a page to close itself. */
  @property({ type: Boolean, attribute: 'could-not-leave' }) couldNotLeave = false;

  /** The operator's name for the portal (config operator.name). */
  @property() brand = 'Hearth';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`
      <hearth-confirm-dialog
        layer-id="exit"
        heading=${msg(str`要离开${this.brand}吗？`, { id: 'exit.heading' })}
        cancel-label=${msg('留下', { id: 'exit.stay' })}
        confirm-label=${msg('离开', { id: 'exit.leave' })}
        cancel-action="stay"
        confirm-action="leave"
        @hearth-cancel=${() => this._fire('hearth-exit-stay')}
        @hearth-confirm=${() => this._fire('hearth-exit-leave')}
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
      </hearth-confirm-dialog>
    `;
  }

  private _fire(type: 'hearth-exit-stay' | 'hearth-exit-leave'): void {
    emit(this, type);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-exit-dialog': HearthExitDialog;
  }
}

declare global {
  interface HearthEvents {
    /** The household chose to stay (or pressed Back in the dialog). */
    'hearth-exit-stay': null;
    /** The household chose to leave. */
    'hearth-exit-leave': null;
  }
}

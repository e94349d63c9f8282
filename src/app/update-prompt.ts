/**
 * "A new version of Hearth is ready" — asked only while someone is editing
 * (otherwise the update simply happens). Later keeps what is being typed; the
 * update then waits until the editing is over.
 *
 * @fires hearth-update-accept
 * @fires hearth-update-later
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import '../ui/confirm-dialog.js';
import { emitWith } from '../ui/hearth-events.js';

@customElement('hearth-update-prompt')
export class HearthUpdatePrompt extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<hearth-confirm-dialog
      layer-id="update"
      dialog-role="dialog"
      heading=${msg('Hearth 有新版本', { id: 'update.heading' })}
      cancel-label=${msg('稍后', { id: 'update.later' })}
      confirm-label=${msg('现在更新', { id: 'update.accept' })}
      cancel-action="later"
      confirm-action="update"
      @hearth-cancel=${() => emitWith(this, 'hearth-update-later', {})}
      @hearth-confirm=${() => emitWith(this, 'hearth-update-accept', {})}
    >
      <p>
        ${msg('现在更新会重新打开页面。正在填写的内容已保存，可以稍后再更新。', {
          id: 'update.body',
        })}
      </p>
    </hearth-confirm-dialog>`;
  }
}

declare global {
  interface HearthEvents {
    /** 以后再说: keep this version for now. */
    'hearth-update-later': null;
    /** 现在更新: take the waiting version (the page reloads). */
    'hearth-update-accept': null;
  }
  interface HTMLElementTagNameMap {
    'hearth-update-prompt': HearthUpdatePrompt;
  }
}

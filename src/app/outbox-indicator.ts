/**
 * "2 waiting to send" in the top bar, while anything waits in the outbox.
 * Focusable (Up from the home screen reaches it) and opens the outbox list.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { OutboxController } from './outbox-controller.js';
import { focusable } from '../focus/directives.js';
import { focusStyles, scaled } from '../ui/focus-styles.js';
import { requestNavigation } from './navigation.js';

@customElement('hearth-outbox-indicator')
export class HearthOutboxIndicator extends LitElement {
  private _outbox = new OutboxController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const items = this._outbox.items ?? [];
    const failed = items.filter((i) => i.state === 'failed').length;
    const waiting = items.length - failed;
    if (items.length === 0) return nothing;
    const parts: string[] = [];
    if (waiting > 0) parts.push(msg(str`${waiting} 个等待发送`, { id: 'outbox.indicator' }));
    if (failed > 0) parts.push(msg(str`${failed} 个未送达`, { id: 'outbox.indicator.failed' }));
    const text = parts.join(msg('，', { id: 'outbox.indicator.separator' }));
    return html`<button
      class="indicator focusable ${failed > 0 ? 'failed' : ''}"
      data-outbox-count=${items.length}
      ${focusable({ key: 'outbox' })}
      @click=${() => requestNavigation(this, 'outbox')}
    >
      ${text}
    </button>`;
  }

  static override styles = [
    focusStyles,
    css`
      .indicator {
        padding: 8px 24px;
        border: 3px solid var(--hearth-accent, #e8a33d);
        border-radius: 28px;
        background: transparent;
        color: var(--hearth-fg, #fff);
        font: inherit;
        font-size: ${scaled(28)};
      }
      .indicator.failed {
        border-color: #e5484d;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-outbox-indicator': HearthOutboxIndicator;
  }
}

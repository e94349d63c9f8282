/**
 * The outbox, item by item: what waits to be sent, what is being sent, and
 * what the server refused. Each can be tried again now or given up (after a
 * confirmation: giving up loses what was entered).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { OutboxItemView } from '../data/outbox/outbox-record.js';
import { discardItem, retryItem } from '../data/outbox/outbox-client.js';
import { OutboxController } from './outbox-controller.js';
import { focusable, zone } from '../focus/directives.js';
import { buttonStyles } from '../ui/button-styles.js';
import { focusStyles, scaled } from '../ui/focus-styles.js';
import '../ui/confirm-dialog.js';

@customElement('hearth-outbox')
export class HearthOutbox extends LitElement {
  @state() private _confirmDiscard: OutboxItemView | null = null;
  private _outbox = new OutboxController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const items = this._outbox.items;
    if (items === null) return nothing;
    if (items.length === 0) {
      return html`<p class="empty focusable" tabindex="0" ${focusable({ key: 'empty' })}>
        ${msg('全部已发送，没有等待发送的内容。', { id: 'outbox.empty' })}
      </p>`;
    }
    return html`
      <p class="intro">${msg('联网后会自动发送，每一项只会送达一次。', { id: 'outbox.intro' })}</p>
      <ul class="items" ${zone({ id: 'outbox.items', scroll: true })}>
        ${items.map((item) => this._renderItem(item))}
      </ul>
      ${this._confirmDiscard ? this._renderConfirm(this._confirmDiscard) : nothing}
    `;
  }

  private _renderItem(item: OutboxItemView) {
    return html`<li class="item" data-state=${item.state} ${zone({ id: `outbox.${item.id}` })}>
      <div class="text">
        <span class="label"
          >${item.label || msg('（无法读取的内容）', { id: 'outbox.unreadable' })}</span
        >
        <span class="state">${this._stateText(item)}</span>
      </div>
      <button
        class="button focusable"
        data-action="retry"
        ${focusable({ key: `${item.id}-retry` })}
        @click=${() => void retryItem(item.id)}
      >
        ${msg('立即重试', { id: 'outbox.retry' })}
      </button>
      <button
        class="button focusable"
        data-action="discard"
        ${focusable({ key: `${item.id}-discard` })}
        @click=${() => (this._confirmDiscard = item)}
      >
        ${msg('放弃', { id: 'outbox.discard' })}
      </button>
    </li>`;
  }

  private _stateText(item: OutboxItemView): string {
    if (item.state === 'sending') return msg('正在发送…', { id: 'outbox.state.sending' });
    if (item.state === 'failed') {
      const reason = item.lastError ?? '';
      return msg(str`未送达：服务器拒绝了这项内容（${reason}）`, { id: 'outbox.state.failed' });
    }
    if (item.attempts === 0) return msg('等待联网后发送', { id: 'outbox.state.waiting' });
    const at = new Date(item.nextAttemptAt).toLocaleTimeString(undefined, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    return msg(str`已尝试 ${item.attempts} 次，将在 ${at} 再试`, { id: 'outbox.state.retrying' });
  }

  private _renderConfirm(item: OutboxItemView) {
    const close = () => (this._confirmDiscard = null);
    return html`<hearth-confirm-dialog
      layer-id="outbox.discard"
      heading=${msg('放弃这一项？', { id: 'outbox.discard.heading' })}
      cancel-label=${msg('保留', { id: 'outbox.discard.keep' })}
      confirm-label=${msg('放弃', { id: 'outbox.discard' })}
      cancel-action="keep"
      confirm-action="confirm-discard"
      @hearth-cancel=${close}
      @hearth-confirm=${async () => {
        await discardItem(item.id);
        close();
      }}
    >
      <p>
        ${msg(str`“${item.label}”不会再发送，填写的内容也会删除。`, { id: 'outbox.discard.body' })}
      </p>
    </hearth-confirm-dialog>`;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        font-size: ${scaled(32)};
      }
      .intro,
      .empty {
        color: var(--hearth-muted, #bbb);
      }
      .items {
        list-style: none;
        margin: 0;
        padding: 12px;
        display: flex;
        flex-direction: column;
        max-height: 760px;
        overflow: auto;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .items > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .item {
        display: flex;
        align-items: center;
        padding: 24px 32px;
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        border: 3px solid var(--hearth-border, transparent);
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .item > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 24px;
      }
      .item[data-state='failed'] {
        border-color: #e5484d;
      }
      .text {
        flex: 1;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      :host-context([data-no-flex-gap]) .text > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 8px;
      }
      .label {
        font-weight: 600;
      }
      .state {
        color: var(--hearth-muted, #bbb);
        font-size: ${scaled(28)};
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-outbox': HearthOutbox;
  }
}

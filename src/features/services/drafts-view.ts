/**
 * The drafts kept on this TV, newest first: OK carries on where the household
 * stopped; the ✕ beside each throws it away.
 *
 * @fires draft-resume - { serviceId }
 * @fires draft-discard - { serviceId }
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { DraftSummary } from '../../data/services/drafts.js';
import { focusable, zone } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { listPageStyles, rowStyles } from './row-styles.js';
import { emit } from '../../ui/hearth-events.js';

@customElement('hearth-service-drafts')
export class HearthServiceDrafts extends LitElement {
  @property({ attribute: false }) drafts: readonly DraftSummary[] = [];
  @property({ attribute: false }) titles: ReadonlyMap<string, string> = new Map();
  @property() timeZone = 'Asia/Shanghai';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`
      <h2>${msg('草稿箱', { id: 'services.drafts.heading' })}</h2>
      <div class="list" ${zone({ id: 'services.drafts.list', scroll: true })}>
        ${
          this.drafts.length === 0
            ? html`<p class="empty" tabindex="-1" ${focusable({ key: 'empty', autofocus: true })}>
                ${msg('没有未提交的草稿', { id: 'services.drafts.none' })}
              </p>`
            : this.drafts.map((draft, index) => this._renderDraft(draft, index === 0))
        }
      </div>
    `;
  }

  private _renderDraft(draft: DraftSummary, first: boolean) {
    const title = this.titles.get(draft.serviceId) ?? draft.serviceId;
    const saved = new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', {
      timeZone: this.timeZone,
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(draft.updatedAt));
    return html`<div class="draft">
      <button
        class="row focusable"
        data-draft=${draft.serviceId}
        ${focusable({ key: draft.serviceId, autofocus: first })}
        @click=${() => emit(this, 'draft-resume', { serviceId: draft.serviceId })}
      >
        <span class="title">${title}</span>
        <span class="when"
          >${msg(str`保存于 ${saved}，填到第 ${draft.stepIndex + 1} 步`, {
            id: 'services.drafts.saved',
          })}</span
        >
      </button>
      <button
        class="button focusable"
        data-discard=${draft.serviceId}
        aria-label=${msg(str`删除“${title}”的草稿`, { id: 'services.drafts.discard' })}
        ${focusable({ key: `discard-${draft.serviceId}` })}
        @click=${() => emit(this, 'draft-discard', { serviceId: draft.serviceId })}
      >
        ✕
      </button>
    </div>`;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    rowStyles,
    listPageStyles,
    css`
      .list {
        display: flex;
        flex-direction: column;
        overflow-y: auto;
        padding: 12px;
        gap: 12px;
      }
      :host-context([data-no-flex-gap]) .list > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 12px;
      }
      .draft {
        display: flex;
        align-items: stretch;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) .draft > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 16px;
      }
      .row {
        flex: 1;
        display: flex;
        flex-direction: column;
        padding: 18px 28px;
        gap: 6px;
      }
      :host-context([data-no-flex-gap]) .row > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 6px;
      }
      .title {
        font-size: ${scaled(32)};
        font-weight: 600;
      }
      .when {
        opacity: 0.8;
      }
      .empty {
        outline: none;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-service-drafts': HearthServiceDrafts;
  }
}

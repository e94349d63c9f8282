/**
 * "My applications": each one with its receipt number, where it stands and
 * the gateway's latest message, newest first. The one just sent is shown at
 * the top as its receipt. Statuses are asked for again on "refresh".
 *
 * @fires applications-refresh - ask the gateway for the latest statuses
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Application } from '../../data/services/application-types.js';
import { focusable, zone } from '../../focus/directives.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { listPageStyles, rowStyles } from './row-styles.js';
import { emit } from '../../ui/hearth-events.js';
import { statusShown } from './status-words.js';
import { formatDateTime } from '../../i18n/date-time-format.js';
import { h23Clock } from '../../i18n/h23-clock.js';

/** What the receipt says of an application still waiting to be sent. */
function queuedWords(application: Application): string {
  // The gateway is down or slow while the TV is online: "the network is down"
  // beside a green 已联网 would be wrong, and no help.
  return application.queuedBecause === 'gateway'
    ? msg('办理系统暂时没有响应。申请已保存在这台电视上，会自动再次提交', {
        id: 'services.receipt.gatewayDown',
      })
    : msg('网络断开，申请已保存在这台电视上，联网后会自动提交', {
        id: 'services.receipt.queued',
      });
}

@customElement('hearth-service-applications')
export class HearthServiceApplications extends LitElement {
  @property({ attribute: false }) applications: readonly Application[] = [];
  /** Service titles by id, in the household's language. */
  @property({ attribute: false }) titles: ReadonlyMap<string, string> = new Map();
  /** The application just sent: shown first, as a receipt. */
  @property({ attribute: 'just-sent' }) justSent = '';
  @property({ type: Boolean }) refreshing = false;
  @property() timeZone = 'Asia/Shanghai';
  /** When the outbox next tries each queued application, by outbox id (ms since epoch). */
  @property({ attribute: false }) nextTries: ReadonlyMap<string, number> = new Map();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const sent = this.applications.find((application) => application.id === this.justSent);
    return html`
      ${sent ? this._renderReceipt(sent) : nothing}
      <div class="head" ${zone({ id: 'services.applications.actions' })}>
        <h2>${msg('我的申请', { id: 'services.applications' })}</h2>
        <button
          class="button focusable"
          data-action="refresh"
          aria-disabled=${String(this.refreshing)}
          ${focusable({ key: 'refresh', autofocus: true })}
          @click=${() => emit(this, 'applications-refresh')}
        >
          ${
            this.refreshing
              ? msg('正在查询…', { id: 'services.applications.refreshing' })
              : msg('刷新办理进度', { id: 'services.applications.refresh' })
          }
        </button>
      </div>
      <div class="list" ${zone({ id: 'services.applications.list', scroll: true })}>
        ${
          this.applications.length === 0
            ? html`<p class="empty">
                ${msg('还没有提交过申请', { id: 'services.applications.none' })}
              </p>`
            : this.applications.map((application) => this._renderRow(application))
        }
      </div>
    `;
  }

  private _renderReceipt(application: Application) {
    const queued = application.state === 'queued';
    const nextTry = application.outboxId ? this.nextTries.get(application.outboxId) : undefined;
    return html`<section class="receipt" role="status">
      <h2>
        ${queued ? queuedWords(application) : msg('申请已提交', { id: 'services.receipt.sent' })}
      </h2>
      ${
        queued && application.queuedBecause === 'gateway' && nextTry !== undefined
          ? html`<p class="next-try">
              ${msg(str`下次自动提交：${this._clock(nextTry)}`, { id: 'services.receipt.nextTry' })}
            </p>`
          : nothing
      }
      ${
        application.receipt
          ? html`<p class="number">
              ${msg('受理编号', { id: 'services.receipt.number' })}
              <strong data-receipt>${application.receipt}</strong>
            </p>`
          : nothing
      }
    </section>`;
  }

  private _renderRow(application: Application) {
    const title = this.titles.get(application.serviceId) ?? application.serviceId;
    const when = application.updatedAt ?? application.submittedAt;
    const status = statusShown(application);
    return html`<button
      class="row focusable"
      data-application=${application.id}
      data-state=${application.state}
      data-status=${application.status ?? ''}
      ${focusable({ key: application.id })}
    >
      <span class="title">${title}</span>
      <span class="status" data-stage=${status.stage ?? 'unknown'}>${status.words}</span>
      <span class="receipt-no"
        >${
          application.receipt
            ? msg(str`受理编号 ${application.receipt}`, { id: 'services.applications.receipt' })
            : msg('尚无受理编号', { id: 'services.applications.noReceipt' })
        }</span
      >
      <span class="when">${this._time(when)}</span>
      ${application.message ? html`<span class="message">${application.message}</span>` : nothing}
    </button>`;
  }

  /** "14:05" in the portal's time zone. */
  private _clock(at: number): string {
    // h23Clock(): engines before Chromium 73 ignore hourCycle and would print "下午2:05".
    return formatDateTime(at, document.documentElement.lang || 'zh-CN', this.timeZone, {
      hour: '2-digit',
      minute: '2-digit',
      ...h23Clock(),
    });
  }

  private _time(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', {
      timeZone: this.timeZone,
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }).format(date);
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    rowStyles,
    listPageStyles,
    css`
      .receipt {
        padding: 24px 32px;
        border-radius: 20px;
        border: 3px solid var(--hearth-accent, #e8a33d);
        background: var(--hearth-surface-raised, #2a3038);
      }
      .next-try {
        margin: 12px 0 0;
        font-size: ${scaled(30)};
      }
      .number {
        margin: 12px 0 0;
        font-size: ${scaled(32)};
      }
      .number strong {
        font-size: ${scaled(48)};
        letter-spacing: 0.05em;
        margin-left: 16px;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 32px;
      }
      :host-context([data-no-flex-gap]) .head > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 32px;
      }
      .list {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        display: flex;
        flex-direction: column;
        padding: 12px;
        scroll-padding: 24px;
        gap: 12px;
      }
      :host-context([data-no-flex-gap]) .list > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 12px;
      }
      .row {
        display: grid;
        grid-template-columns: 1fr auto;
        /* Chromium 57–65 know grid gaps only by this name. */
        grid-gap: 6px 24px;
        gap: 6px 24px;
        padding: 18px 28px;
      }
      .title {
        font-size: ${scaled(32)};
        font-weight: 600;
      }
      .status {
        font-size: ${scaled(30)};
        color: var(--hearth-accent, #e8a33d);
      }
      /* The words say it; the colour only helps a glance (green done, red not). */
      .status[data-stage='accepted'],
      .status[data-stage='processing'] {
        color: #7cc4ff;
      }
      .status[data-stage='completed'] {
        color: #6fd08c;
      }
      .status[data-stage='rejected'],
      .status[data-stage='refused'] {
        color: #ff8a80;
      }
      .status[data-stage='returned'] {
        color: #ffd166;
      }
      .status[data-stage='cancelled'],
      .status[data-stage='withdrawn'],
      .status[data-stage='unknown'] {
        color: inherit;
      }
      .message {
        grid-column: 1 / -1;
        opacity: 0.85;
      }
      .when,
      .receipt-no {
        opacity: 0.8;
      }
      .empty {
        opacity: 0.8;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-service-applications': HearthServiceApplications;
  }
}

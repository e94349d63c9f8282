/**
 * 社区: the way to 报修和上门服务, the parcels waiting in lockers (pickup codes large), then the
 * property manager's notices, newest first, unread ones marked; OK opens a
 * notice (and marks it read), Back returns to the list, on the notice just
 * read, before the router leaves the area (ui/screen-stack.ts). Notices are plain text (the feed's HTML reduced to words).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import { requestNavigation } from '../../app/navigation.js';
import type { HearthConfig } from '../../config/types.js';
import type { CommunityNotice } from '../../data/community/notice.js';
import type { NoticeFeed } from '../../data/community/notice-feed.js';
import { focusable, zone } from '../../focus/directives.js';
import { focusEngine, speechBridge } from '../../focus/focus-singleton.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { ScreenStack } from '../../ui/screen-stack.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import { visuallyHiddenStyles } from '../../ui/visually-hidden-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { noticeFeedService, parcelFeedService } from './community-feeds.js';
import { parcelStyles, renderParcels } from './parcel-cards.js';
import { noticeTime } from './notice-time.js';

@customElement('hearth-community')
export class HearthCommunity extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

  /** The list, and the notice open on it. */
  private readonly _screens = new ScreenStack<{ notice?: string }>(this, [{}], {
    // Back to the row of the notice just read, not to the top of the list.
    changed: () => void this.updateComplete.then(() => this._focusReturnRow()),
  });
  /** Re-render when the notices or the parcels change. */
  private readonly _noticeChanges = new StoreChangeController(this);
  private readonly _parcelChanges = new StoreChangeController(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Follow both feeds (made on first use, so here rather than in the constructor). */
  protected override willUpdate(): void {
    this._noticeChanges.follow(this.services.get(noticeFeedService) ?? undefined);
    this._parcelChanges.follow(this.services.get(parcelFeedService) ?? undefined);
  }

  override render() {
    const feed = this.services.get(noticeFeedService);
    const notices = feed?.notices() ?? [];
    const id = this._screens.top?.notice;
    const open = id === undefined ? null : notices.find((n) => n.id === id);
    if (open) return this._renderNotice(open);
    const parcels = this.services.get(parcelFeedService);
    return html`${this._renderServices()}${renderParcels(
      parcels?.parcels() ?? [],
      this.config.timeZone,
      parcels?.lastError != null,
    )}${feed ? this._renderNotices(feed) : nothing}`;
  }

  /** The way to 报修和上门服务, where the operator has a catalogue of them. */
  private _renderServices() {
    if (!this.config.sources.community?.catalogUrl) return nothing;
    return html`<div class="actions" ${zone({ id: 'community.actions' })}>
      <button
        class="button focusable"
        data-action="community-services"
        ${focusable({ key: 'services' })}
        @click=${() => requestNavigation(this, 'community/services')}
      >
        ${msg('报修和上门服务', { id: 'community.services' })}
      </button>
    </div>`;
  }

  private _renderNotices(feed: NoticeFeed) {
    const notices = feed.notices();
    if (notices.length === 0) {
      const words = !feed.loaded
        ? msg('正在载入物业通知…', { id: 'community.loading' })
        : feed.lastError
          ? msg('物业通知暂时无法载入，稍后会自动再试。', { id: 'community.unavailable' })
          : msg('目前没有物业通知。', { id: 'community.none' });
      return html`<p class="empty focusable" tabindex="0" ${focusable({ key: 'empty' })}>
        ${words}
      </p>`;
    }
    const unread = feed.unreadCount();
    return html`
      <h2>
        ${msg('物业通知', { id: 'community.notices' })}
        ${
          unread
            ? html`<span class="count"
                >${msg(str`${unread} 条未读`, { id: 'community.unread' })}</span
              >`
            : nothing
        }
      </h2>
      ${
        feed.lastError
          ? html`<p class="problem" role="status">
              ${msg('物业通知暂时无法更新，显示的是上次收到的内容。', { id: 'community.stale' })}
            </p>`
          : nothing
      }
      <ul class="notices" ${zone({ id: 'community.notices', scroll: true })}>
        ${notices.map((notice, i) => this._row(notice, feed.isRead(notice.id), i === 0))}
      </ul>
    `;
  }

  private _row(notice: CommunityNotice, read: boolean, first: boolean) {
    return html`<li>
      <button
        class="notice focusable ${read ? 'read' : 'unread'} ${notice.urgent ? 'urgent' : ''}"
        data-notice=${notice.id}
        ${focusable({ key: notice.id, autofocus: first })}
        @click=${() => this._show(notice)}
      >
        <span class="dot" aria-hidden="true"></span>
        <span class="title">${notice.title}</span>
        <span class="meta">
          ${read ? nothing : html`<span class="visually-hidden">${msg('未读', { id: 'community.unreadOne' })}</span>`}
          ${notice.categories.join(' · ')} ${noticeTime(notice.updated, this.config.timeZone)}
        </span>
      </button>
    </li>`;
  }

  private _renderNotice(notice: CommunityNotice) {
    return html`<article
      class="open focusable"
      tabindex="0"
      aria-labelledby="notice-title"
      ${zone({ id: 'community.notice', scroll: true })}
      ${focusable({ key: `open-${notice.id}`, autofocus: true })}
    >
      <h2 id="notice-title">${notice.title}</h2>
      <p class="meta">
        ${notice.categories.join(' · ')} ${noticeTime(notice.updated, this.config.timeZone)}
      </p>
      <p class="text">${notice.text}</p>
      <p class="hint">${msg('按返回键回到通知列表。', { id: 'community.backHint' })}</p>
    </article>`;
  }

  private _show(notice: CommunityNotice): void {
    this._screens.push({ notice: notice.id }, notice.id);
    this.services.get(noticeFeedService)?.markRead(notice.id);
    speechBridge().announce(`${notice.title}。${notice.text}`);
  }

  private _focusReturnRow(): void {
    const was = this._screens.returnKey;
    if (this._screens.top?.notice !== undefined || was === undefined) return;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('[data-notice]');
    const row = [...rows].find((r) => r.dataset.notice === was);
    if (row) focusEngine().focus(row);
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    parcelStyles,
    visuallyHiddenStyles,
    css`
      /* A column: the parcels and the heading keep their height, the notices scroll in the rest. */
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
        font-size: ${scaled(32)};
      }
      h2 {
        margin: 0 0 16px;
        font-size: ${scaled(40)};
      }
      .actions {
        margin-bottom: 24px;
      }
      .count {
        margin-left: 16px;
        font-size: ${scaled(28)};
        font-weight: normal;
        color: var(--hearth-accent, #e8a33d);
      }
      .notices {
        list-style: none;
        margin: 0;
        padding: 12px;
        flex: 1 1 auto;
        min-height: 0;
        overflow-y: auto;
        box-sizing: border-box;
        scroll-padding: 24px;
      }
      .notices li + li {
        margin-top: 16px;
      }
      .notice {
        display: grid;
        grid-template-columns: 32px 1fr auto;
        align-items: center;
        width: 100%;
        padding: 20px 28px;
        border: 0;
        border-radius: 14px;
        background: var(--hearth-surface, #1f252c);
        color: var(--hearth-fg, #fff);
        font: inherit;
        text-align: left;
      }
      .dot {
        width: 16px;
        height: 16px;
        border-radius: 50%;
      }
      .unread .dot {
        background: var(--hearth-accent, #e8a33d);
      }
      .unread .title {
        font-weight: bold;
      }
      .urgent {
        border-left: 14px solid #e0a000;
      }
      .meta {
        color: var(--hearth-muted, #bbb);
        font-size: ${scaled(26)};
      }
      .notice .meta {
        margin-left: 24px;
      }
      .open {
        display: block;
        max-width: 1500px;
        max-height: 100%;
        overflow-y: auto;
        padding: 32px 40px;
        border-radius: 18px;
        background: var(--hearth-surface, #1f252c);
        box-sizing: border-box;
      }
      .text {
        white-space: pre-line;
        line-height: 1.6;
      }
      .hint,
      .empty,
      .problem {
        color: var(--hearth-muted, #bbb);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-community': HearthCommunity;
  }
}

/** The 社区 tile's counts: unread notices and parcels waiting (nothing when neither). */
import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import { StoreChangeController } from '../../ui/event-target-controller.js';
import { scaled } from '../../ui/focus-styles.js';
import { noticeFeedService, parcelFeedService } from './community-feeds.js';

@customElement('hearth-community-unread')
export class HearthCommunityUnread extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

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
    const unread = this.services.get(noticeFeedService)?.unreadCount() ?? 0;
    const parcels = this.services.get(parcelFeedService)?.parcels().length ?? 0;
    const counts = [
      unread ? msg(str`${unread} 条未读`, { id: 'community.unread' }) : '',
      parcels ? msg(str`${parcels} 个快递待取`, { id: 'community.parcelsWaiting' }) : '',
    ].filter(Boolean);
    if (counts.length === 0) return nothing;
    return html`${counts.map((count) => html`<span class="badge">${count}</span>`)}`;
  }

  static override styles = css`
    /* One pill a count, stacked at the tile's top right, clear of its icon. */
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
    }
    .badge + .badge {
      margin-top: 8px;
    }
    .badge {
      white-space: nowrap;
      display: inline-block;
      padding: 4px 16px;
      border-radius: 999px;
      background: var(--hearth-accent, #e8a33d);
      color: #111;
      font-size: ${scaled(26)};
      font-weight: bold;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-community-unread': HearthCommunityUnread;
  }
}

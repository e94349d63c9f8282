/**
 * The property manager's news over any screen, in the strip at the foot: an
 * urgent notice (a category the operator names, such as 停水) or a parcel that
 * has just arrived in a locker, with its pickup code large. Each shows for a
 * minute and is read aloud once; after that the notice stays marked in the
 * list until opened, and the parcel stays in 社区 until the list says it was
 * collected (which also takes its banner away at once). A warning's banner
 * goes first, then notices, then parcels (ui/banner-space.ts).
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../../config/types.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { bannerShown, bannerSpace, claimBanner, releaseBanner } from '../../ui/banner-space.js';
import { scaled } from '../../ui/focus-styles.js';
import { noticeFeedService, parcelFeedService } from './community-feeds.js';
import { spokenCode } from './spoken-code.js';

const OWNER = 'community';
const NOTICE_PRIORITY = 10;
const PARCEL_PRIORITY = 5;
/** How long each banner stays over the screen. */
const BANNER_MS = 60_000;

interface Shown {
  key: string;
  priority: number;
  content: () => TemplateResult;
  speech: () => string;
  /** What happens once it has had its minute. */
  done: () => void;
}

@customElement('hearth-community-banner')
export class HearthCommunityBanner extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;

  @state() private _shown: Shown | null = null;
  @state() private _mayShow = false;
  /** When each banner first showed: it shows for BANNER_MS, once. */
  private readonly _since = new Map<string, number>();
  private readonly _announced = new Set<string>();
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _onFeed = () => this._refresh();
  private _onSpace = () => {
    this._mayShow = this._shown !== null && bannerShown() === OWNER;
    this._announce();
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.services.get(noticeFeedService)?.addEventListener('change', this._onFeed);
    this.services.get(parcelFeedService)?.addEventListener('change', this._onFeed);
    bannerSpace.addEventListener('change', this._onSpace);
    this._refresh();
  }

  override disconnectedCallback(): void {
    this.services.get(noticeFeedService)?.removeEventListener('change', this._onFeed);
    this.services.get(parcelFeedService)?.removeEventListener('change', this._onFeed);
    bannerSpace.removeEventListener('change', this._onSpace);
    clearTimeout(this._timer);
    releaseBanner(OWNER);
    super.disconnectedCallback();
  }

  override render() {
    const shown = this._shown;
    if (!shown || !this._mayShow) return nothing;
    return html`<div class="banner" role="status" data-banner=${shown.key}>
      ${shown.content()}
    </div>`;
  }

  /** What may show, most important first. */
  private _candidates(): Shown[] {
    const notices = this.services.get(noticeFeedService);
    const parcels = this.services.get(parcelFeedService);
    return [
      ...(notices?.urgentUnread() ?? []).map((notice) => ({
        key: `notice:${notice.id}`,
        priority: NOTICE_PRIORITY,
        content: () =>
          html`<strong>${msg('物业紧急通知', { id: 'community.urgent' })}</strong>
            <span>${notice.title}</span>
            <span class="where">${msg('详见“社区”', { id: 'community.seeArea' })}</span>`,
        speech: () =>
          msg(str`物业紧急通知：${notice.title}。${notice.text}`, {
            id: 'community.urgentSpoken',
          }),
        done: () => undefined,
      })),
      ...(parcels?.unseen() ?? []).map((parcel) => ({
        key: `parcel:${parcel.id}`,
        priority: PARCEL_PRIORITY,
        content: () =>
          html`<strong>${msg('快递到了', { id: 'community.parcelArrived' })}</strong>
            <span>${parcel.locker}</span>
            <span class="code-label">${msg('取件码', { id: 'community.pickupCode' })}</span>
            <span class="code">${parcel.code}</span>`,
        speech: () =>
          msg(str`快递到了，${parcel.locker}，取件码 ${spokenCode(parcel.code)}`, {
            id: 'community.parcelSpoken',
          }),
        done: () => parcels?.markSeen(parcel.id),
      })),
    ];
  }

  private _refresh(): void {
    const now = Date.now();
    const candidates = this._candidates();
    // A banner whose minute is over is done with (a parcel is then only in the list).
    for (const candidate of candidates) {
      const since = this._since.get(candidate.key);
      if (since !== undefined && now - since >= BANNER_MS) candidate.done();
    }
    const shown =
      candidates.find((candidate) => {
        const since = this._since.get(candidate.key) ?? now;
        return now - since < BANNER_MS;
      }) ?? null;
    if (shown && !this._since.has(shown.key)) this._since.set(shown.key, now);
    this._shown = shown;
    clearTimeout(this._timer);
    if (shown) {
      claimBanner(OWNER, shown.priority);
      const left = BANNER_MS - (now - (this._since.get(shown.key) ?? now));
      this._timer = setTimeout(() => this._refresh(), left + 50);
    } else releaseBanner(OWNER);
    this._mayShow = shown !== null && bannerShown() === OWNER;
    this._announce();
  }

  /** Read aloud once, when it first shows on screen (not while a warning holds the strip). */
  private _announce(): void {
    const shown = this._shown;
    if (!shown || !this._mayShow || this._announced.has(shown.key)) return;
    this._announced.add(shown.key);
    speechBridge().announce(shown.speech(), 'assertive');
  }

  static override styles = css`
    :host {
      position: absolute;
      left: 0;
      right: 0;
      bottom: 0;
      z-index: 70;
      pointer-events: none;
    }
    .banner {
      display: flex;
      align-items: center;
      box-sizing: border-box;
      height: 112px;
      padding: 0 64px;
      background: #3a2e05;
      border-top: 8px solid #e0a000;
      color: #fff;
      font-size: ${scaled(36)};
    }
    .banner > * + * {
      margin-left: 24px;
    }
    .where,
    .code-label {
      margin-left: auto;
      color: #f2d98c;
      font-size: ${scaled(28)};
    }
    .code {
      font-size: ${scaled(56)};
      font-weight: bold;
      letter-spacing: 0.15em;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-community-banner': HearthCommunityBanner;
  }
}

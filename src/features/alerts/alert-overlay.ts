/**
 * Early warnings over whatever is on screen. A severe, imminent warning takes
 * the whole screen as an alertdialog layer (every key is its own until OK),
 * sounds a tone and is read aloud; a moderate one is a banner across the top.
 * Lesser ones only appear in the list of warnings.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { HearthConfig } from '../../config/types.js';
import type { CapAlert, CapInfo } from '../../data/alerts/cap-types.js';
import { alertLevel, presentationOf } from '../../data/alerts/alert-level.js';
import { pickInfo } from '../../data/alerts/pick-info.js';
import { beginInterruption, endInterruption } from '../../data/interruptions.js';
import { focusable, zone } from '../../focus/directives.js';
import { speechBridge } from '../../focus/focus-singleton.js';
import { getLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { AlarmKeys } from '../../ui/alarm-keys.js';
import { acknowledge, acknowledged, alertFeed, alertKey } from './alert-service.js';
import { playWarningTone } from '../../ui/warning-tone.js';
import { levelColour } from './level-colour.js';
import { h23Clock } from '../../i18n/h23-clock.js';
import { styleProperties } from '../../ui/style-properties.js';
import { claimBanner, releaseBanner } from '../../ui/banner-space.js';

/** A warning's banner goes before any other (a notice's waits). */
const WARNING_BANNER_PRIORITY = 100;

/** How long a moderate warning's banner stays on screen. */
const BANNER_MS = 30_000;

interface Shown {
  alert: CapAlert;
  info: CapInfo;
}

@customElement('hearth-alert-overlay')
export class HearthAlertOverlay extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @property({ attribute: false }) config!: HearthConfig;
  @state() private _takeover: Shown | null = null;
  @state() private _banner: Shown | null = null;
  private _announced = new Set<string>();
  private _bannerSince = new Map<string, number>();
  private _bannerTimer: ReturnType<typeof setTimeout> | undefined;
  private _onChange = () => this._refresh();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    alertFeed(this.services)?.addEventListener('change', this._onChange);
    this._refresh();
  }

  override disconnectedCallback(): void {
    alertFeed(this.services)?.removeEventListener('change', this._onChange);
    releaseBanner('alerts');
    super.disconnectedCallback();
  }

  override updated(): void {
    // While a banner shows, screens keep their bottom rows (buttons) above it.
    if (this._banner) claimBanner('alerts', WARNING_BANNER_PRIORITY);
    else releaseBanner('alerts');
  }

  override render() {
    return html`${this._banner ? this._renderBanner(this._banner) : nothing}
    ${this._takeover ? this._renderTakeover(this._takeover) : nothing}`;
  }

  private _renderTakeover({ alert, info }: Shown) {
    const colour = levelColour(alertLevel(info));
    return html`<div class="scrim"></div>
      <section
        class="takeover"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="event"
        aria-describedby="headline instruction"
        style=${styleProperties({ '--level': colour })}
        data-identifier=${alert.identifier}
        @hearth-key=${this._keys.onKey}
        ${zone({ id: 'alert.takeover', layer: true, trap: true, memory: false })}
      >
        <header class="level"><h2 id="event">${info.event}</h2></header>
        <p id="headline" class="headline">${info.headline ?? ''}</p>
        ${
          info.instruction
            ? html`<p id="instruction" class="instruction">${info.instruction}</p>`
            : nothing
        }
        <p class="meta">${this._meta(info)}</p>
        <button
          class="button focusable"
          data-action="acknowledge"
          ${focusable({ key: 'ack', autofocus: true })}
          @click=${() => this._acknowledge(alert)}
        >
          ${msg('我知道了', { id: 'alerts.acknowledge' })}
        </button>
      </section>`;
  }

  private _renderBanner({ info }: Shown) {
    const colour = levelColour(alertLevel(info));
    return html`<div class="banner" role="status" style=${styleProperties({ '--level': colour })}>
      <strong>${info.event}</strong> ${info.headline ?? ''}
    </div>`;
  }

  private _meta(info: CapInfo): string {
    const parts = [info.senderName ?? ''];
    if (info.expires) {
      const until = new Intl.DateTimeFormat(getLocale(), {
        timeZone: this.config.timeZone,
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        ...h23Clock(),
      }).format(new Date(info.expires));
      parts.push(msg(str`有效至 ${until}`, { id: 'alerts.until' }));
    }
    return parts.filter(Boolean).join(' · ');
  }

  /** Back, Home, channel keys…: nothing leaves a warning but OK, once it can have been seen. */
  private readonly _keys = new AlarmKeys();

  private _acknowledge(alert: CapAlert): void {
    acknowledge(alert);
    this._refresh();
  }

  private _refresh(): void {
    const feed = alertFeed(this.services);
    if (!feed) return;
    const done = acknowledged();
    const shown = feed
      .current()
      .filter((alert) => !done.has(alertKey(alert)))
      .map((alert) => ({ alert, info: pickInfo(alert, getLocale() === 'en' ? 'en' : 'zh-CN') }))
      .filter((s): s is Shown => s.info !== null);
    const before = this._takeover;
    this._takeover = shown.find((s) => presentationOf(s.info) === 'takeover') ?? null;
    if (this._takeover && (!before || alertKey(before.alert) !== alertKey(this._takeover.alert))) {
      this._keys.shown();
    }
    // A banner shows for a while and then stays only in the list, so it never
    // sits for hours over what the household is doing.
    const now = Date.now();
    this._banner =
      shown.find((s) => {
        if (presentationOf(s.info) !== 'banner') return false;
        const key = alertKey(s.alert);
        const since = this._bannerSince.get(key) ?? now;
        this._bannerSince.set(key, since);
        return now - since < BANNER_MS;
      }) ?? null;
    clearTimeout(this._bannerTimer);
    if (this._banner) this._bannerTimer = setTimeout(() => this._refresh(), BANNER_MS);
    // Video and sound elsewhere pause while a warning holds the screen.
    if (this._takeover) beginInterruption('alert-takeover');
    else endInterruption('alert-takeover');
    const loud = this._takeover;
    if (loud && !this._announced.has(alertKey(loud.alert))) {
      this._announced.add(alertKey(loud.alert));
      playWarningTone();
      const words = [loud.info.event, loud.info.headline, loud.info.instruction].filter(Boolean);
      speechBridge().announce(words.join('。'), 'assertive');
    }
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      :host {
        position: fixed;
        top: 0;
        right: 0;
        bottom: 0;
        left: 0;
        z-index: 200;
        pointer-events: none;
      }
      .scrim,
      .takeover,
      .banner {
        pointer-events: auto;
      }
      .scrim {
        position: absolute;
        top: 0;
        right: 0;
        bottom: 0;
        left: 0;
        background: rgba(0, 0, 0, 0.85);
      }
      .takeover {
        position: absolute;
        top: 54px;
        right: 96px;
        bottom: 54px;
        left: 96px;
        display: flex;
        flex-direction: column;
        padding: 0 64px 56px;
        border: 8px solid var(--level);
        border-radius: 28px;
        background: var(--hearth-surface-raised, #2a3038);
        color: var(--hearth-fg, #fff);
        overflow: auto;
        gap: 24px;
      }
      :host-context([data-no-flex-gap]) .takeover > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 24px;
      }
      .level {
        margin: 0 -64px;
        padding: 32px 64px;
        background: var(--level);
        color: #111;
      }
      h2 {
        margin: 0;
        font-size: ${scaled(64)};
      }
      .headline {
        margin: 0;
        font-size: ${scaled(44)};
        font-weight: 700;
      }
      .instruction {
        margin: 0;
        font-size: ${scaled(36)};
        line-height: 1.5;
      }
      .meta {
        margin: 0;
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #bbb);
      }
      .takeover .button {
        align-self: flex-start;
        margin-top: auto;
      }
      .banner {
        position: absolute;
        left: 96px;
        right: 96px;
        bottom: 60px;
        padding: 16px 32px;
        border-left: 16px solid var(--level);
        border-radius: 12px;
        background: var(--hearth-surface-raised, #2a3038);
        color: var(--hearth-fg, #fff);
        font-size: ${scaled(32)};
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-alert-overlay': HearthAlertOverlay;
  }
}

/**
 * The list of warnings: those in force for the household first, then past
 * ones. Each is a focusable row (read aloud when read-aloud is on).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { servicesContext, type ShellServices } from '../../app/shell-services.js';
import { consume } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import type { HearthConfig } from '../../config/types.js';
import type { CapAlert } from '../../data/alerts/cap-types.js';
import { alertLevel } from '../../data/alerts/alert-level.js';
import { pickInfo } from '../../data/alerts/pick-info.js';
import { focusable, zone } from '../../focus/directives.js';
import { getLocale } from '../../i18n/localization.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';
import { alertFeed, alertKey } from './alert-service.js';
import { levelColour } from './level-colour.js';
import { styleProperties } from '../../ui/style-properties.js';

@customElement('hearth-alert-list')
export class HearthAlertList extends LitElement {
  @consume({ context: servicesContext })
  services!: ShellServices;

  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _tick = 0;
  private _onChange = () => this._tick++;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    alertFeed(this.services)?.addEventListener('change', this._onChange);
  }

  override disconnectedCallback(): void {
    alertFeed(this.services)?.removeEventListener('change', this._onChange);
    super.disconnectedCallback();
  }

  override render() {
    const feed = alertFeed(this.services);
    const current = feed?.current() ?? [];
    const currentKeys = new Set(current.map(alertKey));
    const past = (feed?.history() ?? []).filter((a) => !currentKeys.has(alertKey(a)));
    if (current.length === 0 && past.length === 0) {
      return html`<p class="empty focusable" tabindex="0" ${focusable({ key: 'empty' })}>
        ${msg('目前没有预警信息。', { id: 'alerts.none' })}
      </p>`;
    }
    return html`<ul class="alerts" ${zone({ id: 'alerts.list', scroll: true })}>
      ${
        current.length
          ? html`<li class="section">${msg('正在生效', { id: 'alerts.current' })}</li>`
          : nothing
      }
      ${current.map((a) => this._row(a, true))}
      ${past.length ? html`<li class="section">${msg('以往的预警', { id: 'alerts.past' })}</li>` : nothing}
      ${past.slice(0, 30).map((a) => this._row(a, false))}
    </ul>`;
  }

  private _row(alert: CapAlert, inForce: boolean) {
    const info = pickInfo(alert, getLocale() === 'en' ? 'en' : 'zh-CN');
    if (!info) return nothing;
    return html`<li
      class="alert focusable ${inForce ? 'current' : 'past'}"
      tabindex="-1"
      style=${styleProperties({ '--level': levelColour(alertLevel(info)) })}
      ${focusable({ key: `${alertKey(alert)}|${alert.sent}` })}
    >
      <strong>${info.event}</strong>
      <span>${info.headline ?? ''}</span>
      ${info.instruction && inForce ? html`<span class="instruction">${info.instruction}</span>` : nothing}
    </li>`;
  }

  static override styles = [
    focusStyles,
    css`
      :host {
        display: block;
        height: 100%;
        font-size: ${scaled(32)};
      }
      .alerts {
        list-style: none;
        margin: 0;
        padding: 12px;
        display: flex;
        flex-direction: column;
        max-height: 100%;
        overflow-y: auto;
        box-sizing: border-box;
        scroll-padding: 24px;
        gap: 16px;
      }
      :host-context([data-no-flex-gap]) .alerts > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 16px;
      }
      .section {
        color: var(--hearth-muted, #bbb);
        font-size: ${scaled(28)};
        margin-top: 8px;
      }
      .alert {
        display: flex;
        flex-direction: column;
        padding: 20px 28px;
        border-left: 14px solid var(--level);
        border-radius: 14px;
        background: var(--hearth-surface, #1f252c);
        gap: 6px;
      }
      :host-context([data-no-flex-gap]) .alert > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-top: 6px;
      }
      .alert.past {
        opacity: 0.75;
      }
      .instruction {
        color: var(--hearth-muted, #bbb);
      }
      .empty {
        color: var(--hearth-muted, #bbb);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-alert-list': HearthAlertList;
  }
}

/**
 * About this TV: what an operator's support line asks for — version, platform,
 * where the configuration came from, language, time zone and enabled areas.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext, runtimeContext, type RuntimeInfo } from '../../app/contexts.js';
import { requestNavigation } from '../../app/navigation.js';
import { redactUrl } from '../../config/redact.js';
import type { HearthConfig } from '../../config/types.js';
import { zone, focusable } from '../../focus/directives.js';
import { getLocale } from '../../i18n/localization.js';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

@customElement('hearth-settings-about')
export class HearthSettingsAbout extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  @consume({ context: runtimeContext })
  runtime!: RuntimeInfo;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /**
   * A config.json holding tokens must be served with Cache-Control: no-store, or
   * the tokens stay in the engine's HTTP cache (docs/security.md): say so here,
   * where an operator's support line looks.
   */
  private _cachingText(): string {
    const { cacheControl, tokensInFile } = this.runtime.configCaching;
    const shown = cacheControl ?? msg('服务器未设置', { id: 'about.configCaching.none' });
    if (!tokensInFile || /(^|[\s,])no-store($|[\s,])/i.test(cacheControl ?? '')) return shown;
    return msg(
      str`⚠ ${shown}：文件里有访问令牌，服务器应当用 Cache-Control: no-store 提供它，否则令牌会留在电视的缓存里`,
      { id: 'about.configCaching.unsafe' },
    );
  }

  override render() {
    const rows: [string, string][] = [
      [msg('运营商', { id: 'about.operator' }), this.config.operator.name],
      [msg('版本', { id: 'about.version' }), this.runtime.version],
      [
        msg('运行方式', { id: 'about.mode' }),
        this.runtime.demo
          ? msg('演示（内置演示数据）', { id: 'about.mode.demo' })
          : msg('正式', { id: 'about.mode.production' }),
      ],
      [msg('电视平台', { id: 'about.platform' }), this.runtime.platform],
      [msg('配置文件', { id: 'about.config' }), redactUrl(this.runtime.configUrl)],
      [msg('配置文件缓存', { id: 'about.configCaching' }), this._cachingText()],
      [msg('语言', { id: 'settings.language' }), getLocale()],
      [msg('时区', { id: 'about.timeZone' }), this.config.timeZone],
      [msg('已启用的功能', { id: 'about.features' }), this.config.features.join(', ')],
    ];
    return html`
      <dl
        class="facts focusable"
        tabindex="0"
        aria-label=${msg('关于本机', { id: 'settings.about.title' })}
        ${zone({ id: 'about' })}
        ${focusable({ key: 'facts', autofocus: true })}
      >
        ${rows.map(
          ([term, value]) =>
            html`<div class="row">
              <dt>${term}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${
        this.config.sources.services && this.config.features.includes('services')
          ? html`<div class="actions" ${zone({ id: 'about.actions' })}>
              <button
                class="button focusable"
                data-action="catalogue-diagnostics"
                ${focusable({ key: 'catalogue-diagnostics' })}
                @click=${() => requestNavigation(this, 'settings/about/services')}
              >
                ${msg('服务目录诊断', { id: 'diagnostics.title' })}
              </button>
            </div>`
          : nothing
      }
      <p class="hint">${msg('按返回键回到设置。', { id: 'about.hint' })}</p>
    `;
  }

  static override styles = [
    focusStyles,
    buttonStyles,
    css`
      .actions {
        margin-top: 24px;
      }
      :host {
        display: block;
      }
      .facts {
        margin: 0;
        padding: 32px 40px;
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
        max-width: 1500px;
      }
      .row {
        display: flex;
        padding: 10px 0;
        font-size: ${scaled(32)};
        gap: 40px;
      }
      :host-context([data-no-flex-gap]) .row > * + * {
        /* Engines before Chromium 84 have no flex gap (see src/app/dom-polyfills.ts). */
        margin-left: 40px;
      }
      dt {
        flex: 0 0 360px;
        color: var(--hearth-muted, #bbb);
      }
      dd {
        margin: 0;
        word-break: break-all;
      }
      .hint {
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #bbb);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-settings-about': HearthSettingsAbout;
  }
}

/**
 * For the operator (Settings → About → 服务目录诊断): the service catalogue read
 * afresh, and every problem in it by JSON pointer — why the catalogue cannot be
 * used at all, or which services were left out and why — the way the config
 * error screen lists a bad config's fields. The household sees only "N 项服务
 * 暂时无法显示" in the theme; this page says what to fix. Nothing here is
 * personal: a catalogue is public.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { configContext } from '../../app/contexts.js';
import { redactUrl } from '../../config/redact.js';
import type { HearthConfig } from '../../config/types.js';
import {
  loadCatalog,
  type CatalogProblem,
  type CatalogResult,
  type SkippedService,
} from '../../data/services/catalog.js';
import { pickText } from '../../data/services/localized.js';
import { focusable, zone } from '../../focus/directives.js';
import { getLocale } from '../../i18n/localization.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

function reasonWords(reason: SkippedService['reason']): string {
  switch (reason) {
    case 'contract':
      return msg('不符合服务目录约定', { id: 'diagnostics.reason.contract' });
    case 'unknown-category':
      return msg('所属主题不存在', { id: 'diagnostics.reason.category' });
    case 'duplicate-id':
      return msg('服务编号重复', { id: 'diagnostics.reason.duplicate' });
    case 'form-schema':
      return msg('表单定义无法使用', { id: 'diagnostics.reason.formSchema' });
    case 'unsafe-schema':
      return msg('表单的校验规则可能让电视卡住', { id: 'diagnostics.reason.unsafe' });
  }
}

/** "/services/3/form/schema/properties/name · required · {"missingProperty":"type"}" */
function problemLine(problem: CatalogProblem): string {
  const params = Object.keys(problem.params).length > 0 ? JSON.stringify(problem.params) : '';
  return [problem.pointer || '/', problem.code, params].filter(Boolean).join(' · ');
}

@customElement('hearth-catalogue-diagnostics')
export class HearthCatalogueDiagnostics extends LitElement {
  @consume({ context: configContext })
  config!: HearthConfig;

  @state() private _result: CatalogResult | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const url = this.config.sources.services?.catalogUrl;
    if (url) void loadCatalog(url, { fresh: true }).then((result) => (this._result = result));
  }

  override render() {
    const url = this.config.sources.services?.catalogUrl;
    const result = this._result;
    return html`
      <p class="source">
        ${msg(str`服务目录：${url ? redactUrl(url) : '—'}`, { id: 'diagnostics.catalog' })}
      </p>
      <div class="list" ${zone({ id: 'diagnostics.list', scroll: true })}>
        ${
          !url
            ? this._entry('none', msg('没有配置服务目录', { id: 'diagnostics.noCatalog' }), [])
            : result === null
              ? html`<p class="loading" role="status">
                  ${msg('正在读取服务目录…', { id: 'diagnostics.loading' })}
                </p>`
              : this._renderResult(result)
        }
      </div>
    `;
  }

  private _renderResult(result: CatalogResult) {
    if (!result.ok) {
      return this._entry(
        'catalog',
        msg('整个服务目录无法使用', { id: 'diagnostics.catalogUnusable' }),
        result.problems,
      );
    }
    const shown = result.catalog.services.length;
    const summary = msg(str`${shown} 项服务可以办理，${result.skipped.length} 项未显示`, {
      id: 'diagnostics.summary',
    });
    return html`${this._entry('summary', summary, [])}
    ${result.skipped.map((skip) =>
      this._entry(
        `service-${skip.index}`,
        `${pickText(skip.title, getLocale() === 'en' ? 'en' : 'zh-CN', skip.id ?? '')} (/services/${skip.index}) — ${reasonWords(skip.reason)}`,
        skip.problems,
      ),
    )}`;
  }

  /** One focusable block, so the remote scrolls through them one at a time. */
  private _entry(key: string, heading: string, problems: readonly CatalogProblem[]) {
    return html`<section
      class="entry focusable"
      tabindex="-1"
      data-entry=${key}
      ${focusable({ key, autofocus: key === 'summary' || key === 'catalog' || key === 'none' })}
    >
      <h3>${heading}</h3>
      ${
        problems.length > 0
          ? html`<ul>
              ${problems.map((problem) => html`<li data-pointer=${problem.pointer}>${problemLine(problem)}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    focusStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100%;
      }
      .source {
        margin: 0 0 16px;
        font-size: ${scaled(28)};
        color: var(--hearth-muted, #bbb);
        word-break: break-all;
      }
      .list {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        padding: 12px;
        scroll-padding: 24px;
      }
      .entry {
        margin: 0 0 16px;
        padding: 20px 28px;
        border-radius: 20px;
        background: var(--hearth-surface, #1f252c);
      }
      h3 {
        margin: 0;
        font-size: ${scaled(32)};
      }
      ul {
        margin: 12px 0 0;
        padding-left: 32px;
      }
      li {
        font-family: monospace;
        font-size: ${scaled(26)};
        word-break: break-all;
        padding: 2px 0;
      }
      .loading {
        font-size: ${scaled(30)};
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'hearth-catalogue-diagnostics': HearthCatalogueDiagnostics;
  }
}
